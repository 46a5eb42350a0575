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
package org.openhab.binding.vms.cli.raw;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.event.VmsEventEnvelope;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent;
import org.openhab.binding.vms.internal.api.event.VmsJsonRedactor;
import org.openhab.binding.vms.internal.api.event.VmsUnknownMessage;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One decoded socket event as one line of JSON:
 *
 * <pre>
 * {"kind":"FAVORITE_ADDED","group":"APP","event":"FavoriteAdded","wireType":"camera.store_favorite",
 *  "channel":"private-user.42","pusherEvent":"App\\Events\\UserPush","notificationId":null,"subject":null,
 *  "status":null,"fields":{...decoded record...},"raw":{...inner JSON as received...}}
 * </pre>
 *
 * {@code raw} is the frame's inner JSON parsed back into JSON (so it nests instead of being an escaped string), or,
 * when it is not JSON, {@code null} with its length in {@code rawChars}. Door codes are masked in both
 * {@code fields} and {@code raw}. A message of a type the binding does not know is a line of kind
 * {@value #UNKNOWN_KIND} with its {@code wireType} and {@code raw}; its {@code group}, {@code event} are null and its
 * {@code fields} empty.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class EventJsonLine {

    // the decoder refuses more; anything it refused is not parsed again here
    private static final int MAX_RAW_CHARS = 1 << 20;
    /** The kind of a line for a message whose type the binding does not know. */
    public static final String UNKNOWN_KIND = "UNKNOWN";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private EventJsonLine() {
    }

    public static String of(VmsEvent event) {
        return GSON.toJson(json(event));
    }

    /**
     * A message of a type the decoder does not know, as a line of kind {@value #UNKNOWN_KIND} with its wire type,
     * no group, event or fields, and its raw JSON (door codes masked).
     */
    public static String of(VmsUnknownMessage message) {
        return GSON.toJson(json(message));
    }

    static JsonObject json(VmsEvent event) {
        return json(event.kind().name(), event instanceof VmsIntercomEvent ? "INTERCOM" : "APP",
                event.getClass().getSimpleName(), event.envelope(),
                event instanceof Record record ? RecordJson.fields(record) : new JsonObject());
    }

    static JsonObject json(VmsUnknownMessage message) {
        return json(UNKNOWN_KIND, null, null, message.envelope(), new JsonObject());
    }

    private static JsonObject json(String kind, @Nullable String group, @Nullable String eventName,
            VmsEventEnvelope envelope, JsonObject fields) {
        JsonObject line = new JsonObject();
        line.addProperty("kind", kind);
        line.addProperty("group", group);
        line.addProperty("event", eventName);
        line.addProperty("wireType", envelope.wireType());
        line.addProperty("channel", envelope.channel());
        line.addProperty("pusherEvent", envelope.pusherEvent());
        line.addProperty("notificationId", envelope.notificationId());
        line.addProperty("subject", envelope.subject());
        line.addProperty("status", envelope.status());
        line.add("fields", fields);
        JsonElement raw = parseRaw(envelope);
        line.add("raw", raw);
        if (raw.isJsonNull()) {
            line.addProperty("rawChars", envelope.rawJson().length());
        }
        return line;
    }

    private static JsonElement parseRaw(VmsEventEnvelope envelope) {
        String text = envelope.rawJson();
        if (text.isBlank() || text.length() > MAX_RAW_CHARS) {
            return JsonNull.INSTANCE;
        }
        JsonElement parsed = parse(text);
        if (parsed != null && parsed.isJsonPrimitive() && parsed.getAsJsonPrimitive().isString()) {
            // inner JSON sent as a JSON string holding JSON (the decoder unwraps it once, so do we)
            JsonElement inner = parse(parsed.getAsString());
            parsed = inner != null && (inner.isJsonObject() || inner.isJsonArray()) ? inner : parsed;
        }
        return parsed == null ? JsonNull.INSTANCE : VmsJsonRedactor.mask(parsed);
    }

    private static @Nullable JsonElement parse(String text) {
        try {
            return JsonParser.parseString(text);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }
}
