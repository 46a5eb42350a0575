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
package org.openhab.binding.vms.simulator.soketi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.simulator.pusher.PusherSignatures;

/**
 * The signatures against the reference values in Pusher's own documentation and the protocol examples, so a
 * signing bug shows up here and not only as a request that soketi refuses.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class PusherReferenceVectorsTest {

    // the app of Pusher's authentication documentation
    private static final String DOC_KEY = "278d425bdf160c739803";
    private static final String DOC_SECRET = "7ad3773142a6692b25b8";

    @Test
    void channelAuthMatchesPusherDocumentation() {
        assertEquals(DOC_KEY + ":58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4",
                PusherSignatures.auth(DOC_KEY, DOC_SECRET, "1234.1234", "private-foobar"));
    }

    @Test
    void channelAuthMatchesTheProtocolExample() throws IOException {
        // the example's auth signs 129847.5532861:private-user.42 with key vms-app-key and secret example-secret
        String expected = Examples.json("pusher/client.subscribe.json").getAsJsonObject("data").get("auth")
                .getAsString();
        assertEquals(expected,
                PusherSignatures.auth("vms-app-key", "example-secret", "129847.5532861", "private-user.42"));
    }

    @Test
    void httpApiSignatureMatchesPusherDocumentation() {
        String body = "{\"name\":\"foo\",\"channels\":[\"project-3\"],\"data\":\"{\\\"some\\\":\\\"data\\\"}\"}";
        String query = new PusherRequestSigner(DOC_KEY, DOC_SECRET).signedQuery("POST", "/apps/3/events", body,
                1353088179L);
        assertEquals("auth_key=278d425bdf160c739803&auth_timestamp=1353088179&auth_version=1.0"
                + "&body_md5=ec365a775a4cd0599faeb73354201b6f"
                + "&auth_signature=da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c", query);
    }

    @Test
    void getRequestsCarryNoBodyDigest() {
        String query = new PusherRequestSigner("key", "secret").signedQuery("GET", "/apps/1/channels", null, 10L);
        String signed = "GET\n/apps/1/channels\nauth_key=key&auth_timestamp=10&auth_version=1.0";
        assertEquals("auth_key=key&auth_timestamp=10&auth_version=1.0&auth_signature="
                + PusherSignatures.hmacSha256Hex("secret", signed), query);
    }
}
