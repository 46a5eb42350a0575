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

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;

/**
 * Login, session limit, users/self, wsurl and logout of the simulated backend.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatedVmsAuthTest {

    private final RecordingPusherBackend backend = new RecordingPusherBackend("ws://127.0.0.1:6001/pusher",
            "vms-app-key", "example-secret");
    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<SimulatedVms> vms = resources.opened(() -> new SimulatedVms(backend));

    @Test
    void loginReturnsTokenAndTheExampleUser() throws Exception {
        VmsTestClient client = new VmsTestClient(vms.get());
        HttpResponse<String> response = client.postJson("token", null, VmsExamples.text("rest/token.request"));

        assertEquals(200, response.statusCode());
        JsonObject body = VmsTestClient.object(response);
        String token = body.get("access_token").getAsString();
        assertTrue(vms.get().isTokenValid(token));
        JsonObject user = body.getAsJsonObject("user");
        assertEquals(42, user.get("id").getAsInt());
        assertEquals(SimulatedVms.ACCESS_TOKEN_ID, user.get("access_token_id").getAsString());
        assertEquals(80, user.get("access_token_id").getAsString().length());
        assertEquals(keys(VmsExamples.json("rest/token.response")), keys(body));
        assertEquals(keys(VmsExamples.json("rest/token.response").getAsJsonObject("user")), keys(user));
        assertEquals(1, vms.get().loginCount());
    }

    @Test
    void everyLoginIssuesANewToken() throws Exception {
        VmsTestClient client = new VmsTestClient(vms.get());
        String first = client.login();
        String second = client.login();

        assertNotEquals(first, second);
        assertEquals(2, vms.get().loginCount());
        assertEquals(Set.of(first, second), Set.copyOf(vms.get().validTokens()));
    }

    @Test
    void wrongPasswordIs422WithLoginErrorByDefault() throws Exception {
        HttpResponse<String> response = new VmsTestClient(vms.get()).postJson("token", null,
                "{\"login\":\"demo@example.com\",\"password\":\"wrong\"}");

        assertEquals(422, response.statusCode());
        assertTrue(VmsTestClient.object(response).getAsJsonObject("errors").has("login"));
        assertEquals(0, vms.get().loginCount());
        assertTrue(vms.get().validTokens().isEmpty());
    }

    @Test
    void wrongPasswordCanBe401() throws Exception {
        vms.get().settings().setWrongCredentialsStatus(401);
        HttpResponse<String> response = new VmsTestClient(vms.get()).postJson("token", null,
                "{\"login\":\"demo@example.com\",\"password\":\"wrong\"}");

        assertEquals(401, response.statusCode());
    }

    @Test
    void configuredCredentialsAreChecked() throws Exception {
        SimulatedVms alices = resources.add(new SimulatedVms(backend, "alice", "pw"));
        VmsTestClient client = new VmsTestClient(alices);

        assertEquals(422, client.postJson("token", null, VmsExamples.text("rest/token.request")).statusCode());
        HttpResponse<String> ok = client.postJson("token", null, "{\"login\":\"alice\",\"password\":\"pw\"}");
        assertEquals(200, ok.statusCode());
        assertEquals("alice", VmsTestClient.object(ok).getAsJsonObject("user").get("login").getAsString());
    }

    @Test
    void missingFieldsOrBrokenJsonAre422() throws Exception {
        VmsTestClient client = new VmsTestClient(vms.get());

        assertEquals(422, client.postJson("token", null, "{\"login\":\"demo@example.com\"}").statusCode());
        assertEquals(422, client.postJson("token", null, "{\"password\":\"x\"}").statusCode());
        assertEquals(422, client.postJson("token", null, "{not json").statusCode());
        assertEquals(422, client.postJson("token", null, "").statusCode());
    }

    @Test
    void sessionLimitAnswers419WithTheSessionsAndSessionIdReplacesOne() throws Exception {
        vms.get().setSessionLimit(1);
        VmsTestClient client = new VmsTestClient(vms.get());
        String first = client.login();

        HttpResponse<String> limited = client.postJson("token", null, VmsExamples.text("rest/token.request"));
        assertEquals(419, limited.statusCode());
        JsonObject body = VmsTestClient.object(limited);
        assertEquals(keys(VmsExamples.json("rest/token.419.response")), keys(body));
        assertEquals(1, body.get("sessions_limit").getAsInt());
        JsonObject session = body.getAsJsonArray("sessions").get(0).getAsJsonObject();
        assertEquals(keys(VmsExamples.json("rest/token.419.response").getAsJsonArray("sessions").get(0)
                .getAsJsonObject()), keys(session));
        assertEquals(1, vms.get().loginCount());

        String sessionId = session.get("id").getAsString();
        HttpResponse<String> replaced = client.postJson("token", null,
                "{\"login\":\"demo@example.com\",\"password\":\"secret-password\",\"session_id\":\"" + sessionId
                        + "\"}");
        assertEquals(200, replaced.statusCode());
        assertFalse(vms.get().isTokenValid(first));
        assertEquals(401, client.get("users/self", first).statusCode());
        String second = VmsTestClient.object(replaced).get("access_token").getAsString();
        assertEquals(200, client.get("users/self", second).statusCode());
    }

    @Test
    void unknownSessionIdIs422() throws Exception {
        HttpResponse<String> response = new VmsTestClient(vms.get()).postJson("token", null,
                "{\"login\":\"demo@example.com\",\"password\":\"secret-password\",\"session_id\":\"nope\"}");

        assertEquals(422, response.statusCode());
    }

    @Test
    void usersSelfNeedsAValidBearerToken() throws Exception {
        VmsTestClient client = new VmsTestClient(vms.get());
        String token = client.login();

        assertEquals(401, client.get("users/self", null).statusCode());
        assertEquals(401, client.get("users/self", "not-a-token").statusCode());
        HttpResponse<String> ok = client.get("users/self", token);
        assertEquals(200, ok.statusCode());
        assertEquals(42, VmsTestClient.object(ok).get("id").getAsInt());
        assertEquals(SimulatedVms.ACCESS_TOKEN_ID, VmsTestClient.object(ok).get("access_token_id").getAsString());
    }

    @Test
    void everyProtectedRouteAnswers401WithoutOrWithARevokedToken() throws Exception {
        VmsTestClient client = new VmsTestClient(vms.get());
        String token = client.login();
        vms.get().revoke(token);

        for (String path : new String[] { "users/self", "wsurl", "cameras/flat-tree", "cameras", "cameras/1001",
                "cameras/1001/preview", "intercom?page=1", "intercom/calls/9001", "intercom/calls" }) {
            assertEquals(401, client.get(path, null).statusCode(), path);
            assertEquals(401, client.get(path, token).statusCode(), path);
        }
        assertEquals(401, client.post("cameras/1001/favorites", token).statusCode());
        assertEquals(401, client.delete("cameras/1001/favorites", token).statusCode());
        assertEquals(401, client.post("intercom/301/open-door", token).statusCode());
        assertEquals(401, client.postForm("broadcasting/auth", token,
                "socket_id=1.2&channel_name=private-user.42").statusCode());
        assertEquals(401, client.post("logout", token).statusCode());
        assertTrue(backend.frames().isEmpty());
        assertTrue(vms.get().openedDoors().isEmpty());
    }

    @Test
    void wsurlAnswersTheBackendsUrlAndKey() throws Exception {
        VmsTestClient client = new VmsTestClient(vms.get());
        JsonObject body = VmsTestClient.object(client.get("wsurl", client.login()));

        assertEquals("ws://127.0.0.1:6001/pusher", body.get("ws_url").getAsString());
        assertEquals("vms-app-key", body.get("app_key").getAsString());
        assertEquals(keys(VmsExamples.json("rest/wsurl.response")), keys(body));
        assertEquals(6001, body.get("port").getAsInt());
        assertEquals("/pusher", body.get("path").getAsString());
        assertEquals("false", body.get("is_encrypted").getAsString());
    }

    @Test
    void wsurlCanBeOverridden() throws Exception {
        vms.get().settings().setWsUrlOverride("wss://example.com");
        VmsTestClient client = new VmsTestClient(vms.get());
        JsonObject body = VmsTestClient.object(client.get("wsurl", client.login()));

        assertEquals("wss://example.com", body.get("ws_url").getAsString());
        assertEquals(443, body.get("port").getAsInt());
        assertEquals("true", body.get("is_encrypted").getAsString());
    }

    @Test
    void restLogoutRevokesTheCallersTokenOnly() throws Exception {
        VmsTestClient client = new VmsTestClient(vms.get());
        String first = client.login();
        String second = client.login();

        assertEquals(200, client.post("logout", first).statusCode());
        assertEquals(401, client.get("users/self", first).statusCode());
        assertEquals(200, client.get("users/self", second).statusCode());
        assertTrue(backend.frames().isEmpty());
    }

    @Test
    void controlLogoutRevokesAndPublishesTheExampleLogoutOnTheTokenChannel() throws Exception {
        VmsTestClient client = new VmsTestClient(vms.get());
        String token = client.login();

        vms.get().logout(token);

        assertEquals(401, client.get("wsurl", token).statusCode());
        ExampleFrame example = VmsExamples.frame("token-push.logout");
        assertEquals(1, backend.frames().size());
        PublishedFrame frame = backend.frames().get(0);
        assertEquals(example.channel(), frame.channel());
        assertEquals("private-token." + SimulatedVms.ACCESS_TOKEN_ID, frame.channel());
        assertEquals("App\\Events\\TokenPush", frame.event());
        assertEquals(example.dataObject(), frame.dataJson());
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() throws Exception {
        VmsTestClient client = new VmsTestClient(vms.get());
        String token = client.login();

        assertEquals(404, client.get("no/such/route", token).statusCode());
        assertEquals(404, client.get("cameras/abc", token).statusCode());
        assertEquals(404, client.get(vms.get().baseUrl() + "/elsewhere", token).statusCode());
        assertEquals(405, client.get("token", null).statusCode());
    }

    static Set<String> keys(JsonObject object) {
        return new HashSet<>(object.keySet());
    }
}
