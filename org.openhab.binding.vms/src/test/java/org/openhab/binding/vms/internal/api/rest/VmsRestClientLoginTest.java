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

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.rest.dto.VmsLoginRequest;
import org.openhab.binding.vms.internal.api.rest.dto.VmsLoginResult;
import org.openhab.binding.vms.internal.api.rest.dto.VmsSession;
import org.openhab.binding.vms.internal.api.rest.dto.VmsUser;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.http.RecordedRequest;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Login ({@code POST token}), token-only mode ({@code GET users/self}) and their failures.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsRestClientLoginTest extends RestTestBase {

    private static final String PASSWORD = "secret-password";
    private static final String ACCESS_TOKEN_ID = "7c1e9a4b2f6d8e0a3c5b7d9f1e2a4c6b8d0f2e4a"
            + "6c8b0d2f4e6a8c0b2d4f6e8a0c2e4b6d8f0a2c4e";

    @Test
    void loginSendsCredentialsAsJsonAndKeepsTheToken() throws Exception {
        server().route("POST", API + "token", HttpReply.json(200, example("rest/token.response.json")));

        VmsLoginResult result = client().login("demo@example.com", PASSWORD);

        assertEquals(TOKEN, result.accessToken());
        assertEquals(42, result.user().id());
        assertEquals(ACCESS_TOKEN_ID, result.user().accessTokenId());
        assertTrue(result.user().hasPermission("intercom-index"));
        assertEquals(TOKEN, client().getAccessToken());
        assertFalse(result.toString().contains(TOKEN));

        RecordedRequest request = onlyRequest("POST", API + "token");
        JsonObject body = JsonParser.parseString(request.body()).getAsJsonObject();
        assertEquals("demo@example.com", body.get("login").getAsString());
        assertEquals(PASSWORD, body.get("password").getAsString());
        // optional fields are omitted, not sent as null
        assertFalse(body.has("session_id"));
        assertFalse(body.has("captcha"));
        assertFalse(body.has("key"));
        assertEquals(2, body.size());
        assertTrue(String.valueOf(request.header("Content-Type")).startsWith("application/json"));
        assertEquals("application/json", request.header("Accept"));
        assertNull(request.header("Authorization"), "login must not send a bearer token");
        assertNull(request.header("X-Socket-ID"));
    }

    @Test
    void loginDoesNotSendAStaleToken() throws Exception {
        server().route("POST", API + "token", HttpReply.json(200, example("rest/token.response.json")));
        client().setAccessToken("stale-token-value");

        client().login("demo@example.com", PASSWORD);

        assertNull(onlyRequest("POST", API + "token").header("Authorization"));
        assertEquals(TOKEN, client().getAccessToken());
    }

    @Test
    void loginWithSessionIdAndCaptchaSendsThem() throws Exception {
        server().route("POST", API + "token", HttpReply.json(200, example("rest/token.response.json")));

        client().login(VmsLoginRequest.of("demo", PASSWORD).withCaptcha("x7k2", "captcha-key"));
        client().login(VmsLoginRequest.of("demo", PASSWORD).replacingSession("a1b2c3"));

        List<RecordedRequest> requests = server().requests("POST", API + "token");
        JsonObject withCaptcha = JsonParser.parseString(requests.get(0).body()).getAsJsonObject();
        assertEquals("x7k2", withCaptcha.get("captcha").getAsString());
        assertEquals("captcha-key", withCaptcha.get("key").getAsString());
        JsonObject replacing = JsonParser.parseString(requests.get(1).body()).getAsJsonObject();
        assertEquals("a1b2c3", replacing.get("session_id").getAsString());
        assertFalse(replacing.has("captcha"), "no captcha when replacing a session");
    }

    @Test
    void loginRequestToStringHidesPassword() {
        String text = VmsLoginRequest.of("demo", PASSWORD).withCaptcha("x7k2", "k").toString();
        assertFalse(text.contains(PASSWORD));
        assertFalse(text.contains("x7k2"));
    }

    @Test
    void wrongCredentials401() {
        server().route("POST", API + "token", HttpReply.json(401, "{\"message\":\"Unauthenticated.\"}"));

        VmsApiException e = expectFailure(Reason.INVALID_CREDENTIALS, () -> client().login("demo", PASSWORD),
                PASSWORD);
        assertEquals(401, e.getHttpStatus());
        assertEquals("Unauthenticated.", e.getServerMessage());
        assertTrue(e.getMessage().contains("Unauthenticated."));
        assertFalse(client().hasAccessToken());
    }

    @Test
    void wrongCredentials401WithBearerChallenge() {
        server().route("POST", API + "token", HttpReply.json(401, "{\"message\":\"Unauthenticated.\"}")
                .withHeader("WWW-Authenticate", "Bearer realm=\"api\""));

        expectFailure(Reason.INVALID_CREDENTIALS, () -> client().login("demo", PASSWORD), PASSWORD);
    }

    @Test
    void wrongCredentials422WithValidationErrors() {
        server().route("POST", API + "token", HttpReply.json(422,
                "{\"message\":\"The given data was invalid.\","
                        + "\"errors\":{\"login\":[\"These credentials do not match our records.\"]}}"));

        VmsApiException e = expectFailure(Reason.INVALID_CREDENTIALS, () -> client().login("demo", PASSWORD),
                PASSWORD);
        assertEquals(422, e.getHttpStatus());
        assertFalse(e.getReason().isTransient());
    }

    @Test
    void serverEchoingThePasswordDoesNotLeakIt() {
        server().route("POST", API + "token",
                HttpReply.json(422, "{\"message\":\"Password " + PASSWORD + " is wrong for " + TOKEN + "\"}"));
        client().setAccessToken(TOKEN); // an older token the client knows is masked too

        VmsApiException e = expectFailure(Reason.INVALID_CREDENTIALS, () -> client().login("demo", PASSWORD),
                PASSWORD);
        assertTrue(e.getMessage().contains("Password *** is wrong"), e.getMessage());
    }

    @Test
    void captchaRequired422() {
        server().route("POST", API + "token", HttpReply.json(422,
                "{\"message\":\"The captcha field is required.\","
                        + "\"errors\":{\"captcha\":[\"The captcha field is required.\"]}}"));

        VmsApiException e = expectFailure(Reason.CAPTCHA_REQUIRED, () -> client().login("demo", PASSWORD),
                PASSWORD);
        assertEquals("The captcha field is required.", e.getServerMessage());
    }

    @Test
    void captchaRequired400WithoutMessage() {
        server().route("POST", API + "token", HttpReply.json(400, "{\"errors\":{\"captcha\":[\"Wrong captcha\"]}}"));

        VmsApiException e = expectFailure(Reason.CAPTCHA_REQUIRED, () -> client().login("demo", PASSWORD));
        assertEquals("Wrong captcha", e.getServerMessage());
    }

    @Test
    void tooManySessionsCarriesTheSessionList() {
        server().route("POST", API + "token", HttpReply.json(419, example("rest/token.419.response.json")));

        VmsApiException e = expectFailure(Reason.TOO_MANY_SESSIONS, () -> client().login("demo", PASSWORD),
                PASSWORD);
        VmsTooManySessionsException sessions = assertInstanceOf(VmsTooManySessionsException.class, e);
        assertEquals(3, sessions.getSessionsLimit());
        assertEquals(List.of(new VmsSession("a1b2c3", "android", "Pixel 7 / Android", "203.0.113.10", true, false,
                null)), sessions.getSessions());
        assertNull(sessions.getExternalLoginKey());
        assertTrue(e.getMessage().contains("(3)"), e.getMessage());
    }

    @Test
    void tooManySessionsAcceptsTheBareArrayForm() {
        server().route("POST", API + "token", HttpReply.json(419,
                "[{\"id\":7,\"online\":\"1\",\"client\":\"ios\",\"is_current\":true,\"last\":1709290000},"
                        + "{\"online\":true}]"));

        VmsTooManySessionsException e = assertThrows(VmsTooManySessionsException.class,
                () -> client().login("demo", PASSWORD));
        assertNull(e.getSessionsLimit());
        assertEquals(List.of(new VmsSession("7", "ios", null, null, true, true, 1709290000L)), e.getSessions(),
                "numeric id converted, session without id dropped");
    }

    @Test
    void tooManySessionsWithUnreadableBodyStillTyped() {
        server().route("POST", API + "token", HttpReply.json(419, "<html>Page Expired</html>"));

        VmsTooManySessionsException e = assertThrows(VmsTooManySessionsException.class,
                () -> client().login("demo", PASSWORD));
        assertTrue(e.getSessions().isEmpty());
    }

    @Test
    void loginAnswerWithoutTokenIsMalformed() {
        server().route("POST", API + "token", HttpReply.json(200, "{\"user\":{\"id\":42}}"));

        expectFailure(Reason.MALFORMED_RESPONSE, () -> client().login("demo", PASSWORD), PASSWORD);
        assertFalse(client().hasAccessToken());
    }

    @Test
    void loginAnswerWithoutUserIdIsMalformedAndDoesNotLeakTheToken() {
        server().route("POST", API + "token",
                HttpReply.json(200, "{\"access_token\":\"" + TOKEN + "\",\"user\":{\"name\":\"x\"}}"));

        expectFailure(Reason.MALFORMED_RESPONSE, () -> client().login("demo", PASSWORD), PASSWORD);
        assertFalse(client().hasAccessToken(), "a half-valid answer must not install the token");
    }

    @Test
    void loginAnswerNotJsonIsMalformed() {
        server().route("POST", API + "token", new HttpReply(200, java.util.Map.of("Content-Type", "text/html"),
                "<html>" + TOKEN + "</html>", java.time.Duration.ZERO));

        expectFailure(Reason.MALFORMED_RESPONSE, () -> client().login("demo", PASSWORD), PASSWORD);
    }

    @Test
    void tokenOnlyModeReadsUsersSelf() throws Exception {
        String user = JsonParser.parseString(example("rest/token.response.json")).getAsJsonObject().get("user")
                .toString();
        server().route("GET", API + "users/self", HttpReply.json(200, user));

        VmsLoginResult result = client().loginWithToken(" " + TOKEN + " ");

        assertEquals(TOKEN, result.accessToken());
        assertEquals(42, result.user().id());
        assertEquals(ACCESS_TOKEN_ID, result.user().accessTokenId());
        assertEquals("Bearer " + TOKEN, onlyRequest("GET", API + "users/self").header("Authorization"));
        assertEquals(TOKEN, client().getAccessToken());
    }

    @Test
    void tokenOnlyModeAcceptsAResourceWrapperAndMissingAccessTokenId() throws Exception {
        server().route("GET", API + "users/self", HttpReply.json(200, "{\"data\":{\"id\":\"42\",\"login\":\"demo\"}}"));

        VmsUser user = client().loginWithToken(TOKEN).user();

        assertEquals(42, user.id());
        assertNull(user.accessTokenId());
        assertEquals("demo", user.login());
    }

    @Test
    void tokenOnlyModeWithRejectedToken() {
        server().route("GET", API + "users/self", HttpReply.json(401, "{\"message\":\"Unauthenticated.\"}"));

        expectFailure(Reason.TOKEN_INVALID, () -> client().loginWithToken(TOKEN));
        assertFalse(client().hasAccessToken(), "a rejected token is not kept");
    }

    @Test
    void callsWithoutTokenFailWithoutNetwork() {
        expectFailure(Reason.TOKEN_INVALID, () -> client().getSocketSettings());
        assertTrue(server().requests().isEmpty());
    }

    @Test
    void logoutPostsWithTheTokenAndForgetsIt() throws Exception {
        server().route("POST", API + "logout", HttpReply.empty(204));
        VmsRestClient client = loggedIn();

        client.logout();

        RecordedRequest request = onlyRequest("POST", API + "logout");
        assertEquals("Bearer " + TOKEN, request.header("Authorization"));
        assertEquals("{}", request.body(), "no device id configured: an empty object");
        assertFalse(client.hasAccessToken());
        expectFailure(Reason.TOKEN_INVALID, client::logout);
    }

    @Test
    void aRefusedLogoutFailsWithoutTheTokenAndStillForgetsIt() {
        server().route("POST", API + "logout", HttpReply.json(500, "{\"message\":\"no " + TOKEN + "\"}"));
        VmsRestClient client = client().withTimeout(Duration.ofSeconds(2));
        client.setAccessToken(TOKEN);

        expectFailure(Reason.SERVER_ERROR, client::logout, TOKEN);
        assertFalse(client.hasAccessToken());
    }
}
