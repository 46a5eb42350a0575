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
package org.openhab.binding.vms.simulator.pusher;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

/**
 * Checks the signer against the protocol's example, whose {@code auth} is a real signature.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class PusherSignaturesTest {

    private static final String SOCKET_ID = "129847.5532861";
    private static final String CHANNEL = "private-user.42";
    private static final String SECRET = "example-secret";
    private static final String APP_KEY = "vms-app-key";

    @Test
    void authMatchesTheExampleChannelAuthResponse() throws IOException {
        String expected = JsonParser.parseString(example("/vms-examples/rest/broadcasting-auth.response.json"))
                .getAsJsonObject().get("auth").getAsString();

        assertEquals(expected, PusherSignatures.auth(APP_KEY, SECRET, SOCKET_ID, CHANNEL));
    }

    @Test
    void authMatchesTheExampleSubscribeFrame() throws IOException {
        String expected = JsonParser.parseString(example("/vms-examples/pusher/client.subscribe.json"))
                .getAsJsonObject().getAsJsonObject("data").get("auth").getAsString();

        assertTrue(PusherSignatures.isValid(APP_KEY, SECRET, SOCKET_ID, CHANNEL, expected));
    }

    @Test
    void signatureIsLowerCaseHexOf32Bytes() {
        assertTrue(PusherSignatures.signature(SECRET, SOCKET_ID, CHANNEL).matches("[0-9a-f]{64}"));
    }

    @Test
    void anyDifferenceInvalidatesTheSignature() {
        String good = PusherSignatures.auth(APP_KEY, SECRET, SOCKET_ID, CHANNEL);

        assertFalse(PusherSignatures.isValid(APP_KEY, "other-secret", SOCKET_ID, CHANNEL, good));
        assertFalse(PusherSignatures.isValid(APP_KEY, SECRET, "129847.5532862", CHANNEL, good));
        assertFalse(PusherSignatures.isValid(APP_KEY, SECRET, SOCKET_ID, "private-user.43", good));
        assertFalse(PusherSignatures.isValid("other-key", SECRET, SOCKET_ID, CHANNEL, good));
        assertFalse(PusherSignatures.isValid(APP_KEY, SECRET, SOCKET_ID, CHANNEL, good.toUpperCase()));
        assertFalse(PusherSignatures.isValid(APP_KEY, SECRET, SOCKET_ID, CHANNEL, null));
    }

    private static String example(String path) throws IOException {
        try (InputStream in = PusherSignaturesTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
