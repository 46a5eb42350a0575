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

import static org.junit.jupiter.api.Assertions.*;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.simulator.pusher.PusherSignatures;

/**
 * {@code POST broadcasting/auth}: who may join which channel, and the signature.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ChannelAuthRouteTest extends LoggedInTestBase {

    private HttpResponse<String> auth(String form) throws Exception {
        return client().postForm("broadcasting/auth", token, form);
    }

    @Test
    void signatureOfTheExampleMatchesTheExampleFile() throws Exception {
        HttpResponse<String> response = auth("socket_id=129847.5532861&channel_name=private-user.42");

        assertEquals(200, response.statusCode());
        assertEquals(VmsExamples.json("rest/broadcasting-auth.response"), VmsTestClient.object(response));
        assertEquals(VmsExamples.json("pusher/client.subscribe").getAsJsonObject("data").get("auth").getAsString(),
                VmsTestClient.object(response).get("auth").getAsString());
    }

    @Test
    void tokenChannelIsAllowedAndSignedWithTheBackendSecret() throws Exception {
        String channel = "private-token." + SimulatedVms.ACCESS_TOKEN_ID;
        HttpResponse<String> response = auth("socket_id=1234.5678&channel_name=" + channel);

        assertEquals(200, response.statusCode());
        assertEquals(PusherSignatures.auth("vms-app-key", "example-secret", "1234.5678", channel),
                VmsTestClient.object(response).get("auth").getAsString());
    }

    @Test
    void percentEncodedFormIsDecodedBeforeSigning() throws Exception {
        String form = "socket_id=" + URLEncoder.encode("1234.5678", StandardCharsets.UTF_8) + "&channel_name="
                + URLEncoder.encode("private-user.42", StandardCharsets.UTF_8).replace(".", "%2E");

        HttpResponse<String> response = auth(form);

        assertEquals(200, response.statusCode());
        assertEquals(PusherSignatures.auth("vms-app-key", "example-secret", "1234.5678", "private-user.42"),
                VmsTestClient.object(response).get("auth").getAsString());
    }

    @Test
    void foreignOrUnknownChannelsAre403() throws Exception {
        for (String channel : new String[] { "private-user.43", "private-user.420", "private-token.other",
                "private-token." + SimulatedVms.ACCESS_TOKEN_ID + "x", "presence-user.42", "user.42", "" }) {
            assertEquals(403, auth("socket_id=1.2&channel_name=" + channel).statusCode(), channel);
        }
    }

    @Test
    void missingSocketIdOrChannelIs403() throws Exception {
        assertEquals(403, auth("channel_name=private-user.42").statusCode());
        assertEquals(403, auth("socket_id=1.2").statusCode());
        assertEquals(403, auth("").statusCode());
    }

    @Test
    void signatureKnownVector() {
        assertEquals("vms-app-key:b385bee3289c69fee50536f978fb4c5228405498edec407e307e611a0e7044dc",
                PusherSignatures.auth("vms-app-key", "example-secret", "129847.5532861", "private-user.42"));
    }
}
