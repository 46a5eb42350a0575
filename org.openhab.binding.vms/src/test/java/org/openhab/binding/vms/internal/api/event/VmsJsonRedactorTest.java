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
package org.openhab.binding.vms.internal.api.event;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Door codes never reach a channel, nor the command line tool's output; the channels' JSON is what Gson writes for
 * the message without its codes, whether it is written from the decoder's tree or, later, from the text.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsJsonRedactorTest {

    private static final String CODE_STORED = "notification.intercom.code.store.json";

    @Test
    void removesCodesAtAnyDepthAndKeepsTheRest() {
        String json = "{\"intercom_code\":{\"id\":77,\"code\":\"482913\",\"title\":\"Courier\"},"
                + "\"list\":[{\"code\":1234},{\"container_code\":\"MSCU1234565\"}],\"code\":\"99\",\"type\":\"x\"}";
        String redacted = VmsJsonRedactor.redact(json);
        assertFalse(redacted.contains("482913"), redacted);
        assertFalse(redacted.contains("1234,") || redacted.contains(":1234}"), redacted);
        assertFalse(redacted.contains("\"99\""), redacted);
        JsonObject object = JsonParser.parseString(redacted).getAsJsonObject();
        assertEquals("Courier", object.getAsJsonObject("intercom_code").get("title").getAsString());
        assertEquals(77, object.getAsJsonObject("intercom_code").get("id").getAsInt());
        assertEquals("MSCU1234565",
                object.getAsJsonArray("list").get(1).getAsJsonObject().get("container_code").getAsString());
        assertEquals("x", object.get("type").getAsString());
    }

    @Test
    void aCodeHoldingAnObjectGoesAsAWhole() {
        String redacted = VmsJsonRedactor.redact("{\"code\":{\"value\":\"482913\"},\"id\":1}");
        assertEquals("{\"id\":1}", redacted);
    }

    @Test
    void theCodeStoredExampleLosesItsCode() {
        String data = ExampleFrames.load(CODE_STORED).data();
        assertTrue(data.contains("482913"), "the example carries the code");
        String redacted = VmsJsonRedactor.redact(data);
        assertFalse(redacted.contains("482913"), redacted);
        assertTrue(redacted.contains("Courier"), redacted);
    }

    @Test
    void dataSentAsAStringHoldingJsonIsUnwrappedBeforeRedacting() {
        String data = ExampleFrames.load(CODE_STORED).data();
        String twice = new JsonPrimitive(data).toString();

        String fromText = VmsJsonRedactor.redact(twice);
        assertFalse(fromText.contains("482913"), fromText);
        assertEquals(VmsJsonRedactor.redact(data), fromText);
        if (new VmsEventDecoder().decode(VmsEventDecoder.NOTIFICATION, "private-user.42",
                twice) instanceof VmsEvent event) {
            assertEquals(fromText, event.envelope().json().redacted());
        } else {
            fail("the decoder unwraps data sent twice encoded");
        }
    }

    /** What the binding sent before the redactor wrote the decoder's tree: Gson's text of the stripped tree. */
    @Test
    void everyExampleGivesGsonsTextOfTheMessageWithoutCodesFromTreeAndFromText() {
        VmsEventDecoder decoder = new VmsEventDecoder();
        for (String name : ExampleFrames.APPLICATION_FRAMES) {
            ExampleFrames.Frame frame = ExampleFrames.load(name);
            JsonElement stripped = JsonParser.parseString(frame.data());
            strip(stripped);
            String expected = stripped.toString();

            assertEquals(expected, VmsJsonRedactor.redact(frame.data()), name);
            if (decoder.decode(frame.event(), frame.channel(), frame.data()) instanceof VmsEvent event) {
                VmsMessageJson json = event.envelope().json();
                VmsMessageJson kept = json.detached(); // taken before: holds the text only
                assertEquals(expected, json.redacted(), name);
                assertEquals(expected, kept.redacted(), name);
                assertEquals(frame.data(), json.raw(), name);
            } else {
                fail(name + " did not decode");
            }
        }
    }

    /** The redactor writes JSON itself; every escape and number form must come out as Gson writes it. */
    @Test
    void writesWhatGsonWritesForAnyText() {
        StringBuilder everyChar = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            if (!Character.isSurrogate(c)) {
                everyChar.append(c);
            }
        }
        String text = "{\"s\":\"quote \\\" backslash \\\\ slash \\/ tab \\t nl \\n <html> & 'x' = é \\u2028 \\u2029 😀\","
                + "\"n\":[0,-0,1.50,1e5,-2.5E-3,12345678901234567890,0.000],\"b\":[true,false,null],"
                + "\"nested\":{\"\\u0001key\":{\"\":[[],{}]}}}";
        JsonObject object = JsonParser.parseString(text).getAsJsonObject();
        object.addProperty("all", everyChar.toString());
        object.addProperty("double", 1.0);
        object.addProperty("long", Long.MIN_VALUE);
        object.addProperty("char", 'c');

        assertEquals(object.toString(), VmsJsonRedactor.redact(object));
        assertEquals(object.toString(), VmsJsonRedactor.redact(text.replace("}}}", "}}," + //
                "\"all\":" + new JsonPrimitive(everyChar.toString()) + ",\"double\":1.0,\"long\":" + Long.MIN_VALUE
                + ",\"char\":\"c\"}")));
    }

    @Test
    void unreadableJsonBecomesAnEmptyObject() {
        assertEquals("{}", VmsJsonRedactor.redact("{\"code\":\"123"));
        assertEquals("{}", VmsJsonRedactor.redact("not json at all {"));
        assertEquals("{}", VmsMessageJson.of("{\"code\":").redacted());
    }

    @Test
    void scalarsAndArraysPassUnchanged() {
        assertEquals("[1,2]", VmsJsonRedactor.redact("[1,2]"));
        assertEquals("\"text\"", VmsJsonRedactor.redact("\"text\""));
        assertEquals("[1.50,null,true,\"<\"]", VmsJsonRedactor.redact("[1.50, null, true, \"\\u003c\"]"));
    }

    @Test
    void maskingReplacesEveryCodeInACopy() {
        JsonObject original = JsonParser
                .parseString("{\"code\":\"1\",\"a\":[{\"code\":2}],\"b\":{\"code\":{\"x\":\"3\"},\"keep\":4}}")
                .getAsJsonObject();
        String before = original.toString();

        JsonElement masked = VmsJsonRedactor.mask(original);

        assertEquals("{\"code\":\"***\",\"a\":[{\"code\":\"***\"}],\"b\":{\"code\":\"***\",\"keep\":4}}",
                masked.toString());
        assertEquals(before, original.toString(), "the argument is not changed");
    }

    @Test
    void whatIsNestedTooDeeplyToBeCheckedIsNotShown() {
        JsonObject root = new JsonObject();
        JsonObject current = root;
        for (int i = 0; i < SafeJson.MAX_DEPTH + 5; i++) {
            JsonObject next = new JsonObject();
            current.add("n", next);
            current = next;
        }
        current.addProperty("code", "482913");
        JsonArray array = new JsonArray();
        array.add(root);

        assertFalse(VmsJsonRedactor.redact(array).contains("482913"));
        assertFalse(VmsJsonRedactor.mask(array).toString().contains("482913"));
    }

    private static void strip(JsonElement element) {
        if (element instanceof JsonObject object) {
            object.remove("code");
            for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
                strip(entry.getValue());
            }
        } else if (element instanceof JsonArray array) {
            array.forEach(VmsJsonRedactorTest::strip);
        }
    }
}
