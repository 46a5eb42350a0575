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
package org.openhab.binding.vms.internal.console;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.api.event.VmsDecodeResult;
import org.openhab.binding.vms.internal.api.event.VmsDroppedMessage;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.api.event.VmsEventEnvelope;
import org.openhab.binding.vms.internal.api.event.VmsUnknownMessage;
import org.openhab.core.io.console.Console;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Prints what {@link VmsEventDecoder} made of a message for the console's {@code decode}: the kind and record, or
 * why it was dropped; JSON only without door codes (the records mask them in their own text).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class DecodePrinter {

    private final Console console;

    DecodePrinter(Console console) {
        this.console = console;
    }

    /**
     * A whole Pusher frame is taken as it is; anything else (e.g. a message copied from {@code events} or a log) as
     * the {@code data} of a {@code UserPush} frame, under which the decoder accepts either envelope.
     */
    static String asFrame(String json) {
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (parsed.isJsonObject() && parsed.getAsJsonObject().has("event")) {
                return json;
            }
        } catch (JsonParseException e) {
            return json; // the decoder says what is wrong with it
        }
        JsonObject frame = new JsonObject();
        frame.addProperty("event", VmsEventDecoder.USER_PUSH);
        frame.addProperty("data", json);
        return frame.toString();
    }

    void print(VmsDecodeResult result) {
        VmsEventEnvelope envelope = result.envelope();
        if (result instanceof VmsEvent event) {
            console.println("Decoded: " + event.kind() + " (wire type " + envelope.wireType() + ", Pusher event "
                    + envelope.pusherEvent() + ")");
            console.println("Record: " + event);
            console.println("JSON: " + envelope.json().redacted());
        } else if (result instanceof VmsDroppedMessage dropped) {
            VmsUnknownMessage unknown = dropped.unknownMessage();
            if (unknown != null) {
                console.println("Unknown type '" + unknown.wireType() + "': counted as dropped; the account fires "
                        + "account-event UNKNOWN_MESSAGE with this on account-event-data"
                        + (unknown.withinBound() ? ":" : " (no: larger than " + VmsUnknownMessage.MAX_JSON_CHARS
                                + " characters, only counted)"));
                if (unknown.withinBound()) {
                    console.println(unknown.redactedJson());
                }
            } else {
                console.println("Dropped (" + dropped.reason() + "): " + dropped.detail());
            }
        }
    }
}
