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

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.testsupport.SharedHttpClient;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.http.LoopbackHttpServer;
import org.openhab.binding.vms.simulator.http.RecordedRequest;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;

/**
 * Credentials and the token go only to the configured server: end to end with two real servers on two loopback
 * addresses (127.0.0.1 is the configured VMS, 127.0.0.2 another host; Linux routes all of 127/8 to loopback), the
 * VMS redirecting every kind of request to the other host. The Jetty client itself would follow redirects (its
 * default); the REST client turns that off per request, so the other host receives nothing at all.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsRestClientOriginTest {

    private static final String TOKEN = "origin-test-token-0123456789";
    private static final String PASSWORD = "origin-test-password";
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<LoopbackHttpServer> vms = resources
            .opened(() -> new LoopbackHttpServer(InetAddress.getByName("127.0.0.1"), null));
    private final Opened<LoopbackHttpServer> otherHost = resources
            .opened(() -> new LoopbackHttpServer(InetAddress.getByName("127.0.0.2"), null));
    private final Opened<HttpClient> httpClient = SharedHttpClient.opened(resources);

    @BeforeEach
    void start() {
        for (String method : METHODS) {
            otherHost.get().route(method, "/*", HttpReply.json(200, "{}"));
        }
        assertTrue(httpClient.get().isFollowRedirects(), "the shared client follows redirects unless told otherwise");
    }

    @ParameterizedTest
    @ValueSource(ints = { 301, 302, 303, 307, 308 })
    void aRedirectedRequestDoesNotTakeTheTokenToAnotherHost(int status) {
        redirectEverythingTo(status, otherHost.get().baseUrl());
        VmsRestClient client = client();
        client.setAccessToken(TOKEN);

        VmsApiException e = assertThrows(VmsApiException.class, client::getCurrentUser);

        assertEquals(Reason.UNEXPECTED_STATUS, e.getReason(), e.getMessage());
        assertEquals(List.of(), otherHost.get().requests(), "the other host received nothing");
        RecordedRequest sent = vms.get().requests().get(0);
        assertEquals("Bearer " + TOKEN, sent.header("Authorization"), "the token went to the configured server");
        assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
    }

    @Test
    void aRedirectedLoginDoesNotTakeThePasswordToAnotherHost() {
        // 307 and 308 tell a client to repeat the POST with its body: with a redirect-following client, the password
        redirectEverythingTo(307, otherHost.get().baseUrl());

        VmsApiException e = assertThrows(VmsApiException.class, () -> client().login("jane@example.com", PASSWORD));

        assertEquals(List.of(), otherHost.get().requests(), "the other host received nothing");
        assertTrue(vms.get().requests().get(0).body().contains(PASSWORD), "the login went to the configured server");
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
    }

    @Test
    void aRedirectedChannelAuthorisationDoesNotTakeTheTokenToAnotherHost() {
        redirectEverythingTo(307, otherHost.get().baseUrl());
        VmsRestClient client = client();
        client.setAccessToken(TOKEN);

        assertThrows(VmsApiException.class, () -> client.authorize("123.456", "private-user.42"));

        assertEquals(List.of(), otherHost.get().requests(), "the other host received nothing");
        assertEquals(1, vms.get().requests("POST", "/api/v1/broadcasting/auth").size());
    }

    @Test
    void aRedirectWithinTheSameServerIsNotFollowedEither() {
        // the path may change the meaning of a request; a redirect is never followed, wherever it points
        redirectEverythingTo(302, vms.get().baseUrl() + "/moved");
        VmsRestClient client = client();
        client.setAccessToken(TOKEN);

        assertThrows(VmsApiException.class, client::getCurrentUser);

        assertEquals(1, vms.get().requests().size());
    }

    private void redirectEverythingTo(int status, String target) {
        for (String method : METHODS) {
            vms.get().route(method, "/*",
                    request -> HttpReply.empty(status).withHeader("Location", target + request.path()));
        }
    }

    private VmsRestClient client() {
        return new VmsRestClient(httpClient.get(),
                VmsRestConfig.of(vms.get().baseUrl()).withTimeout(Duration.ofSeconds(5)));
    }
}
