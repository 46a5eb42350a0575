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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.testsupport.SharedHttpClient;
import org.openhab.binding.vms.simulator.http.LoopbackHttpServer;
import org.openhab.binding.vms.simulator.http.RecordedRequest;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;

/**
 * A real loopback HTTP server and a real, started Jetty client per test; a {@link VmsRestClient} between them.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class RestTestBase {

    static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.example.signature";
    static final String API = "/api/v1/";

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<LoopbackHttpServer> server = resources.opened(LoopbackHttpServer::new);
    private final Opened<HttpClient> httpClient = SharedHttpClient.opened(resources);
    private final Opened<VmsRestClient> client = resources.opened(() -> new VmsRestClient(httpClient(), config()));

    /** The client's settings; tests may override (e.g. a short timeout). */
    VmsRestConfig config() {
        return VmsRestConfig.of(server().baseUrl() + "/").withTimeout(Duration.ofSeconds(5));
    }

    LoopbackHttpServer server() {
        return server.get();
    }

    HttpClient httpClient() {
        return httpClient.get();
    }

    VmsRestClient client() {
        return client.get();
    }

    /** A client that already holds {@link #TOKEN}. */
    VmsRestClient loggedIn() {
        client().setAccessToken(TOKEN);
        return client();
    }

    static String example(String name) {
        try (InputStream in = RestTestBase.class.getResourceAsStream("/vms-examples/" + name)) {
            assertNotNull(in, "example " + name + " missing on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    RecordedRequest onlyRequest(String method, String path) {
        List<RecordedRequest> requests = server().requests(method, path);
        assertEquals(1, requests.size(), () -> "requests to " + method + " " + path + ": " + server().requests());
        return requests.get(0);
    }

    /** Runs the call, expects a {@link VmsApiException} of the reason, and checks that no secret leaked into it. */
    static VmsApiException expectFailure(VmsApiException.Reason reason, Executable call, String... secrets) {
        VmsApiException e = assertThrows(VmsApiException.class, call);
        assertEquals(reason, e.getReason(), () -> "message was: " + e.getMessage());
        assertNoSecrets(e, secrets);
        return e;
    }

    static void assertNoSecrets(VmsApiException e, String... secrets) {
        String message = String.valueOf(e.getMessage());
        String serverMessage = String.valueOf(e.getServerMessage());
        assertFalse(message.contains(TOKEN), () -> "token leaked: " + message);
        assertFalse(serverMessage.contains(TOKEN), () -> "token leaked: " + serverMessage);
        for (String secret : secrets) {
            assertFalse(message.contains(secret), () -> "secret leaked: " + message);
            assertFalse(serverMessage.contains(secret), () -> "secret leaked: " + serverMessage);
        }
    }
}
