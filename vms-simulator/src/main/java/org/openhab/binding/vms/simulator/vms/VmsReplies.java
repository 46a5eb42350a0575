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

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.simulator.http.HttpReply;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The simulator's answers, with Laravel's error bodies ({@code {"message": ...}}, plus {@code errors} on 422).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsReplies {

    private VmsReplies() {
    }

    public static HttpReply ok(JsonElement body) {
        return HttpReply.json(200, VmsWire.toJson(body));
    }

    public static HttpReply status(int status, JsonElement body) {
        return HttpReply.json(status, VmsWire.toJson(body));
    }

    public static HttpReply statusOk() {
        JsonObject body = new JsonObject();
        body.addProperty("status", "ok");
        return ok(body);
    }

    public static HttpReply noContent() {
        return HttpReply.empty(204);
    }

    public static HttpReply message(int status, String message) {
        JsonObject body = new JsonObject();
        body.addProperty("message", message);
        return status(status, body);
    }

    public static HttpReply unauthenticated() {
        return message(401, "Unauthenticated.");
    }

    public static HttpReply forbidden() {
        return message(403, "This action is unauthorized.");
    }

    public static HttpReply notFound() {
        return message(404, "Not Found");
    }

    public static HttpReply methodNotAllowed(String method) {
        return message(405, "The " + method + " method is not supported for this route.");
    }

    /** 422 with one message per field. */
    public static HttpReply invalid(int status, Map<String, String> fieldErrors) {
        JsonObject body = new JsonObject();
        body.addProperty("message", fieldErrors.values().stream().findFirst().orElse("The given data was invalid."));
        JsonObject errors = new JsonObject();
        fieldErrors.forEach((field, text) -> {
            JsonArray list = new JsonArray();
            List.of(text).forEach(list::add);
            errors.add(field, list);
        });
        body.add("errors", errors);
        return status(status, body);
    }
}
