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

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.event.VmsEventEnvelope;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent;
import org.openhab.binding.vms.internal.api.event.VmsDroppedMessage;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.simulator.vms.ExampleFrame;
import org.openhab.binding.vms.simulator.vms.VmsExamples;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The JSON line of one decoded event: envelope, decoded fields, raw JSON, masking, odd input.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class EventJsonLineTest {

    private final VmsEventDecoder decoder = new VmsEventDecoder();

    @Test
    void everyExampleGivesOneLineOfValidJson() {
        for (String name : VmsExamples.APPLICATION_FRAMES) {
            ExampleFrame frame = VmsExamples.frame(name);
            String line = EventJsonLine.of(decoded(frame.event(), frame.channel(), frame.data()));
            assertFalse(line.contains("\n"), name);
            JsonObject json = JsonParser.parseString(line).getAsJsonObject();
            assertNotEquals("UNKNOWN", json.get("kind").getAsString(), name);
            assertEquals(frame.channel(), json.get("channel").getAsString(), name);
            assertEquals(frame.event(), json.get("pusherEvent").getAsString(), name);
            // raw is the inner JSON itself, not an escaped string
            assertEquals(JsonParser.parseString(frame.data()).getAsJsonObject().keySet(),
                    json.getAsJsonObject("raw").keySet(), name);
        }
    }

    @Test
    void instantsAndNestedRecordsArePrintedAsJson() {
        ExampleFrame frame = VmsExamples.frame("user-push.analytic_case_license_plate_event_created");
        JsonObject json = EventJsonLine.json(decoded(frame.event(), frame.channel(), frame.data()));
        JsonObject event = json.getAsJsonObject("fields").getAsJsonObject("event");
        assertTrue(event.get("createdAtInstant").getAsString().endsWith("Z"), event.toString());
        assertTrue(event.get("camera").isJsonObject(), event.toString());
        assertEquals("ANALYTIC_LICENSE_PLATE", json.getAsJsonObject("fields").get("kind").getAsString());
    }

    @Test
    void doorCodesAreMaskedAlsoAsNumbersAndInDoubleEncodedJson() {
        String data = "{\"intercom_code\":{\"id\":1,\"code\":654321,\"intercom\":{\"id\":301}},"
                + "\"id\":\"n1\",\"type\":\"intercom.code.store\"}";
        String twice = new JsonPrimitive(data).toString();

        for (String payload : new String[] { data, twice }) {
            VmsEvent event = decoded(VmsEventDecoder.NOTIFICATION, "private-user.42", payload);
            String line = EventJsonLine.of(event);
            assertFalse(line.contains("654321"), line);
            JsonObject json = JsonParser.parseString(line).getAsJsonObject();
            assertEquals("INTERCOM_CODE_STORED", json.get("kind").getAsString());
            assertEquals("***", json.getAsJsonObject("raw").getAsJsonObject("intercom_code").get("code").getAsString());
        }
    }

    @Test
    void rawTextThatIsNotJsonIsPrintedAsItsLength() {
        // the decoder drops such a message; an event made by hand can still carry one
        VmsEvent event = new VmsAppEvent.PermissionsUpdated(new VmsEventEnvelope(VmsEventDecoder.USER_PUSH,
                "private-user.42", "permissions_updated", "{\"data\": [1, 2", null, null, null));
        JsonObject json = JsonParser.parseString(EventJsonLine.of(event)).getAsJsonObject();
        assertEquals("PERMISSIONS_UPDATED", json.get("kind").getAsString());
        assertTrue(json.get("raw").isJsonNull());
        assertEquals(14, json.get("rawChars").getAsInt());
    }

    @Test
    void malformedAndUnknownMessagesNeverBecomeALine() {
        // the connection delivers decoded events only; what the decoder drops keeps its raw JSON for the count
        VmsDroppedMessage malformed = assertInstanceOf(VmsDroppedMessage.class,
                decoder.decode(VmsEventDecoder.USER_PUSH, "private-user.42", "{\"data\": [1, 2"));
        assertEquals(VmsDroppedMessage.Reason.MALFORMED, malformed.reason());
        assertEquals(14, malformed.envelope().rawJson().length());
        VmsDroppedMessage unknown = assertInstanceOf(VmsDroppedMessage.class, decoder.decode(
                VmsEventDecoder.USER_PUSH, "private-user.42", "{\"data\":{\"type\":\"brand_new_thing\"}}"));
        assertEquals(VmsDroppedMessage.Reason.UNKNOWN_TYPE, unknown.reason());
        assertEquals("brand_new_thing", unknown.envelope().wireType());
    }

    private VmsEvent decoded(String eventName, String channel, String data) {
        return assertInstanceOf(VmsEvent.class, decoder.decode(eventName, channel, data));
    }
}
