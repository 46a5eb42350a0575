/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.vms.simulator.vms;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * How the simulator writes JSON: keys with null values are kept (envelope A needs {@code "subject": null}) and
 * nothing is HTML-escaped, like the server's encoder.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsWire {

    public static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    /** Pusher event names of the two envelopes (docs/protocol.md, "Pusher events"). */
    public static final String TOKEN_PUSH = "App\\Events\\TokenPush";
    public static final String USER_PUSH = "App\\Events\\UserPush";
    public static final String NOTIFICATION = "Illuminate\\Notifications\\Events\\BroadcastNotificationCreated";

    private VmsWire() {
    }

    public static String toJson(JsonElement element) {
        return GSON.toJson(element);
    }

    /**
     * The message type of an inner JSON: {@code type} of envelope B or {@code data.type} of envelope A; null if it
     * has neither or is not JSON.
     */
    public static @Nullable String innerType(String dataJson) {
        try {
            JsonElement parsed = JsonParser.parseString(dataJson);
            if (!parsed.isJsonObject()) {
                return null;
            }
            JsonObject object = parsed.getAsJsonObject();
            JsonElement type = object.get("type");
            if (type != null && type.isJsonPrimitive()) {
                return type.getAsString();
            }
            JsonElement inner = object.get("data");
            if (inner != null && inner.isJsonObject()) {
                JsonElement innerType = inner.getAsJsonObject().get("type");
                if (innerType != null && innerType.isJsonPrimitive()) {
                    return innerType.getAsString();
                }
            }
            return null;
        } catch (JsonParseException e) {
            return null;
        }
    }
}
