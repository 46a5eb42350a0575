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
package org.openhab.binding.vms.internal.handler;

import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Prepares a message's JSON for a channel: removes door codes (the {@code code} of a visitor code, and of an
 * activation code) at any depth, because item states end up in logs, persistence and UIs.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsJsonRedactor {

    /** Keys whose values open a door. */
    private static final Set<String> SECRET_KEYS = Set.of("code");

    private VmsJsonRedactor() {
    }

    /** Whether a JSON key holds a secret (a door code); the main job masks the same keys. */
    public static boolean isSecretKey(String key) {
        return SECRET_KEYS.contains(key);
    }

    /** The JSON without secrets; {@code {}} when it cannot be read (rather than passing on text we cannot clean). */
    public static String redact(String json) {
        try {
            JsonElement element = JsonParser.parseString(json);
            strip(element); // the decoder has bounded the depth already
            return element.toString();
        } catch (JsonParseException | IllegalStateException e) {
            return "{}";
        }
    }

    private static void strip(JsonElement element) {
        if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            SECRET_KEYS.forEach(object::remove);
            for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
                strip(entry.getValue());
            }
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(VmsJsonRedactor::strip);
        }
    }
}
