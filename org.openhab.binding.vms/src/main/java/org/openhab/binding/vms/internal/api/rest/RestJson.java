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
package org.openhab.binding.vms.internal.api.rest;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Parsing of REST bodies into Gson trees (field access then goes through the lenient {@code VmsJsonFields}). A body
 * that is not JSON of the expected shape becomes {@link Reason#MALFORMED_RESPONSE}; the body itself never appears in
 * the message (the login answer carries the token).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class RestJson {

    private RestJson() {
    }

    /** @return the parsed body, or null when it is empty or not JSON */
    static @Nullable JsonElement parseQuietly(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonElement element = JsonParser.parseString(body);
            return element.isJsonNull() ? null : element;
        } catch (JsonParseException | StackOverflowError e) {
            // StackOverflowError: absurdly deep nesting from a broken or hostile server must not kill the caller
            return null;
        }
    }

    /** @return the body as a JSON object; with a Laravel resource wrapper {@code {"data": {...}}} removed */
    static JsonObject parseObject(String body, String action) throws VmsApiException {
        JsonElement element = parseQuietly(body);
        if (element == null || !element.isJsonObject()) {
            throw malformed(action, element == null ? "not JSON" : "not a JSON object");
        }
        return unwrapData(element.getAsJsonObject());
    }

    /** @return the parsed body (object or array) */
    static JsonElement parseElement(String body, String action) throws VmsApiException {
        JsonElement element = parseQuietly(body);
        if (element == null || !(element.isJsonObject() || element.isJsonArray())) {
            throw malformed(action, element == null ? "not JSON" : "neither a JSON object nor an array");
        }
        return element;
    }

    /**
     * Laravel API resources may wrap a single model as {@code {"data": {...}}}. The SDKs decode the model directly,
     * so the wrapper is only removed when the outer object has nothing but {@code data} (and perhaps meta keys) and no
     * {@code id} of its own.
     */
    static JsonObject unwrapData(JsonObject object) {
        JsonElement data = object.get("data");
        if (data != null && data.isJsonObject() && !object.has("id")) {
            return data.getAsJsonObject();
        }
        return object;
    }

    static VmsApiException malformed(String action, String problem) {
        return new VmsApiException(Reason.MALFORMED_RESPONSE,
                "The VMS server sent an unusable answer, could not " + action + " (" + problem + ")");
    }
}
