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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.rest.dto.VmsWsUrl;
import org.openhab.binding.vms.internal.api.socket.VmsChannelAuthorizer;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.http.RecordedRequest;

/**
 * Headers of normal calls, {@code wsurl} and channel authorisation ({@code broadcasting/auth}).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsRestClientSocketTest extends RestTestBase {

    private static final String AUTH = "vms-app-key:b385bee3289c69fee50536f978fb4c5228405498edec407e307e611a0e7044dc";

    @Test
    void normalCallsSendTheProtocolHeadersButNeverXSocketId() throws Exception {
        server().route("GET", API + "wsurl", HttpReply.json(200, example("rest/wsurl.response.json")));

        loggedIn().getSocketSettings();

        RecordedRequest request = onlyRequest("GET", API + "wsurl");
        assertEquals("Bearer " + TOKEN, request.header("Authorization"));
        assertEquals("application/json", request.header("Accept"));
        assertEquals("application/json", request.header("Content-Type"));
        assertEquals("en", request.header("hl"));
        assertEquals(VmsRestConfig.DEFAULT_CLIENT_NAME, request.header("X-Client"));
        assertEquals(VmsRestConfig.DEFAULT_CLIENT_VERSION, request.header("X-Version"));
        assertEquals(VmsRestConfig.DEFAULT_USER_AGENT, request.header("User-Agent"));
        assertNull(request.header("X-Socket-ID"));
        assertNull(request.header("X-UUID"), "no device id unless configured");
        assertEquals("", request.body());
    }

    @Test
    void configuredHeaderValuesAreSent() throws Exception {
        VmsRestClient custom = new VmsRestClient(httpClient(),
                VmsRestConfig.of(server().baseUrl() + "/api/v1/").withLanguage("ru").withClient("ios", "24.03.0.0")
                        .withUserAgent("openHAB/4.3 VMS").withDeviceUuid("0f8e-uuid"));
        custom.setAccessToken(TOKEN);
        server().route("GET", API + "wsurl", HttpReply.json(200, example("rest/wsurl.response.json")));

        custom.getSocketSettings();

        RecordedRequest request = onlyRequest("GET", API + "wsurl");
        assertEquals("ru", request.header("hl"));
        assertEquals("ios", request.header("X-Client"));
        assertEquals("24.03.0.0", request.header("X-Version"));
        assertEquals("openHAB/4.3 VMS", request.header("User-Agent"));
        assertEquals("0f8e-uuid", request.header("X-UUID"));
    }

    @Test
    void wsurlReadsUrlAndAppKeyOnly() throws Exception {
        server().route("GET", API + "wsurl", HttpReply.json(200, example("rest/wsurl.response.json")));

        VmsWsUrl settings = loggedIn().getSocketSettings();

        assertEquals(new VmsWsUrl("wss://example.com/pusher", "vms-app-key"), settings);
    }

    @Test
    void wsurlWithoutTheAndroidExtras() throws Exception {
        server().route("GET", API + "wsurl",
                HttpReply.json(200, "{\"ws_url\":\"wss://example.com:443\",\"app_key\":\"k\",\"port\":\"443\"}"));

        assertEquals(new VmsWsUrl("wss://example.com:443", "k"), loggedIn().getSocketSettings());
    }

    @Test
    void channelAuthSendsOnlyTokenAndForm() throws Exception {
        server().route("POST", API + "broadcasting/auth",
                HttpReply.json(200, example("rest/broadcasting-auth.response.json")));

        String auth = loggedIn().authorize("129847.5532861", "private-user.42");

        assertEquals(AUTH, auth);
        RecordedRequest request = onlyRequest("POST", API + "broadcasting/auth");
        assertEquals("Bearer " + TOKEN, request.header("Authorization"));
        assertTrue(String.valueOf(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded"),
                String.valueOf(request.header("Content-Type")));
        assertEquals(Map.of("socket_id", "129847.5532861", "channel_name", "private-user.42"), form(request.body()));
        assertNull(request.header("hl"));
        assertNull(request.header("X-Client"));
        assertNull(request.header("X-Version"));
        assertNull(request.header("X-Socket-ID"));
    }

    @Test
    void channelAuthEncodesFormValues() throws Exception {
        server().route("POST", API + "broadcasting/auth", HttpReply.json(200, "{\"auth\":\"k:sig\"}"));

        loggedIn().authorize("1.2", "private-token.a b&c=d");

        assertEquals("private-token.a b&c=d",
                form(onlyRequest("POST", API + "broadcasting/auth").body()).get("channel_name"));
    }

    @Test
    void channelAuthAccepts201() throws Exception {
        server().route("POST", API + "broadcasting/auth",
                HttpReply.json(201, example("rest/broadcasting-auth.response.json")));

        assertEquals(AUTH, loggedIn().authorize("129847.5532861", "private-user.42"));
    }

    @Test
    void channelAuthWithoutAuthFieldFails() {
        server().route("POST", API + "broadcasting/auth", HttpReply.json(200, "{\"channel_data\":null}"));

        expectFailure(Reason.MALFORMED_RESPONSE, () -> loggedIn().authorize("129847.5532861", "private-user.42"));
    }

    @Test
    void channelAuthWithOtherSuccessStatusFails() {
        server().route("POST", API + "broadcasting/auth", HttpReply.empty(204));

        VmsApiException e = expectFailure(Reason.UNEXPECTED_STATUS,
                () -> loggedIn().authorize("129847.5532861", "private-user.42"));
        assertEquals(204, e.getHttpStatus());
    }

    @Test
    void channelAuthForbidden() {
        server().route("POST", API + "broadcasting/auth", HttpReply.json(403, "{\"message\":\"\"}"));

        VmsApiException e = expectFailure(Reason.FORBIDDEN,
                () -> loggedIn().authorize("129847.5532861", "private-user.43"));
        assertTrue(e.getMessage().contains("private-user.43"), e.getMessage());
    }

    @Test
    void channelAuthWithRevokedToken() {
        server().route("POST", API + "broadcasting/auth", HttpReply.json(401, "{\"message\":\"Unauthenticated.\"}"));

        expectFailure(Reason.TOKEN_INVALID, () -> loggedIn().authorize("129847.5532861", "private-user.42"));
    }

    @Test
    void clientIsUsableAsTheSocketsChannelAuthorizer() throws Exception {
        server().route("POST", API + "broadcasting/auth",
                HttpReply.json(200, example("rest/broadcasting-auth.response.json")));
        VmsChannelAuthorizer authorizer = loggedIn();
        VmsChannelAuthorizer byReference = loggedIn()::authorize;

        assertEquals(AUTH, authorizer.authorize("129847.5532861", "private-user.42"));
        assertEquals(AUTH, byReference.authorize("129847.5532861", "private-user.42"));
    }

    @Test
    void parallelCallsShareOneClient() throws Exception {
        server().route("GET", API + "wsurl", HttpReply.json(200, example("rest/wsurl.response.json")));
        server().route("POST", API + "broadcasting/auth",
                HttpReply.json(200, example("rest/broadcasting-auth.response.json")));
        VmsRestClient client = loggedIn();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                results.add(pool.submit(() -> n % 2 == 0 ? client.getSocketSettings().appKey()
                        : client.authorize("1." + n, "private-user.42")));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(i % 2 == 0 ? "vms-app-key" : AUTH, results.get(i).get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(24, server().requests().size());
        assertTrue(server().requests().stream().allMatch(r -> ("Bearer " + TOKEN).equals(r.header("Authorization"))));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> result = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            result.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return result;
    }
}
