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

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Door codes never reach a channel.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsJsonRedactorTest {

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
    void theCodeStoredExampleLosesItsCode() {
        String frame = Examples.text("notification.intercom.code.store.json");
        String data = JsonParser.parseString(frame).getAsJsonObject().get("data").getAsString();
        assertTrue(data.contains("482913"), "the example carries the code");
        String redacted = VmsJsonRedactor.redact(data);
        assertFalse(redacted.contains("482913"), redacted);
        assertTrue(redacted.contains("Courier"), redacted);
    }

    @Test
    void unreadableJsonBecomesAnEmptyObject() {
        assertEquals("{}", VmsJsonRedactor.redact("{\"code\":\"123"));
        assertEquals("{}", VmsJsonRedactor.redact("not json at all {"));
    }

    @Test
    void scalarsAndArraysPassUnchanged() {
        assertEquals("[1,2]", VmsJsonRedactor.redact("[1,2]"));
        assertEquals("\"text\"", VmsJsonRedactor.redact("\"text\""));
    }
}
