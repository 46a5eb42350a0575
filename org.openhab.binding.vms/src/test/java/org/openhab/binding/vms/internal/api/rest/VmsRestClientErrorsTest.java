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

import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.simulator.http.HttpReply;

/**
 * Every failure of a normal call becomes the right {@link Reason}, with a readable message and no secret.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsRestClientErrorsTest extends RestTestBase {

    private static final String WSURL = API + "wsurl";

    @ParameterizedTest
    @CsvSource({ "400, INVALID_REQUEST", "401, TOKEN_INVALID", "403, FORBIDDEN", "404, NOT_FOUND",
            "409, CLIENT_TOO_OLD", "418, UNEXPECTED_STATUS", "419, TOKEN_INVALID", "422, INVALID_REQUEST",
            "429, RATE_LIMITED", "500, SERVER_ERROR", "501, SERVER_ERROR", "502, SERVER_ERROR", "503, MAINTENANCE",
            "504, SERVER_ERROR" })
    void statusBecomesReason(int status, Reason reason) {
        server().route("GET", WSURL, HttpReply.json(status, "{\"message\":\"Server says no\"}"));

        VmsApiException e = expectFailure(reason, () -> loggedIn().getSocketSettings());

        assertEquals(status, e.getHttpStatus());
        assertEquals("Server says no", e.getServerMessage());
        assertTrue(e.getMessage().contains("HTTP " + status), e.getMessage());
        assertTrue(e.getMessage().contains("Server says no"), e.getMessage());
    }

    @Test
    void errorWithoutJsonBodyHasNoServerMessage() {
        server().route("GET", WSURL, new HttpReply(502, Map.of("Content-Type", "text/html"),
                "<html><body>Bad Gateway " + TOKEN + "</body></html>", Duration.ZERO));

        VmsApiException e = expectFailure(Reason.SERVER_ERROR, () -> loggedIn().getSocketSettings());

        assertNull(e.getServerMessage());
        assertFalse(e.getMessage().contains("html"), "the raw body never becomes the message");
        assertTrue(e.getReason().isTransient());
    }

    @Test
    void serverEchoOfTheTokenIsMasked() {
        server().route("GET", WSURL, HttpReply.json(403, "{\"message\":\"Token " + TOKEN + " may not do this\"}"));

        VmsApiException e = expectFailure(Reason.FORBIDDEN, () -> loggedIn().getSocketSettings());

        assertEquals("Token *** may not do this", e.getServerMessage());
    }

    @Test
    void firstValidationErrorIsUsedWhenThereIsNoMessage() {
        server().route("GET", WSURL, HttpReply.json(422, "{\"errors\":{\"page\":[\"The page must be a number.\"]}}"));

        VmsApiException e = expectFailure(Reason.INVALID_REQUEST, () -> loggedIn().getSocketSettings());

        assertEquals("The page must be a number.", e.getServerMessage());
    }

    @Test
    void rateLimitedWithRetryAfterSeconds() {
        server().route("GET", WSURL, HttpReply.json(429, "{\"message\":\"Too Many Attempts.\"}")
                .withHeader("Retry-After", "120"));

        VmsApiException e = expectFailure(Reason.RATE_LIMITED, () -> loggedIn().getSocketSettings());

        assertEquals(Duration.ofSeconds(120), e.getRetryAfter());
        assertTrue(e.getMessage().contains("retry in 120 s"), e.getMessage());
    }

    @Test
    void rateLimitedWithRetryAfterHttpDate() {
        String in90s = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(90));
        server().route("GET", WSURL, HttpReply.json(429, "{}").withHeader("Retry-After", in90s));

        VmsApiException e = expectFailure(Reason.RATE_LIMITED, () -> loggedIn().getSocketSettings());

        Duration retryAfter = e.getRetryAfter();
        assertNotNull(retryAfter);
        assertTrue(retryAfter.toSeconds() > 60 && retryAfter.toSeconds() <= 90, retryAfter.toString());
    }

    @Test
    void rateLimitedWithoutRetryAfter() {
        server().route("GET", WSURL, HttpReply.json(429, ""));

        VmsApiException e = expectFailure(Reason.RATE_LIMITED, () -> loggedIn().getSocketSettings());

        assertNull(e.getRetryAfter());
        assertNull(e.getServerMessage());
    }

    @Test
    void maintenanceWithRetryAfter() {
        server().route("GET", WSURL, HttpReply.json(503, "{\"message\":\"Technical works\"}")
                .withHeader("Retry-After", "600"));

        VmsApiException e = expectFailure(Reason.MAINTENANCE, () -> loggedIn().getSocketSettings());

        assertEquals(Duration.ofMinutes(10), e.getRetryAfter());
    }

    @Test
    void redirectIsReportedNotFollowed() {
        String target = server().baseUrl() + "/elsewhere/api/v1/wsurl";
        server().route("GET", WSURL, HttpReply.empty(301).withHeader("Location", target));
        server().route("GET", "/elsewhere/api/v1/wsurl", HttpReply.json(200, example("rest/wsurl.response.json")));

        VmsApiException e = expectFailure(Reason.UNEXPECTED_STATUS, () -> loggedIn().getSocketSettings());

        assertTrue(e.getMessage().contains(target), e.getMessage());
        assertEquals(1, server().requests().size(), "the redirect must not be followed with our token");
    }

    @Test
    void nonJsonSuccessIsMalformed() {
        server().route("GET", WSURL, new HttpReply(200, Map.of("Content-Type", "text/html"), "<html>maintenance</html>",
                Duration.ZERO));

        expectFailure(Reason.MALFORMED_RESPONSE, () -> loggedIn().getSocketSettings());
    }

    @Test
    void emptySuccessBodyIsMalformed() {
        server().route("GET", WSURL, HttpReply.empty(200));

        expectFailure(Reason.MALFORMED_RESPONSE, () -> loggedIn().getSocketSettings());
    }

    @Test
    void jsonOfTheWrongShapeIsMalformed() {
        server().route("GET", WSURL, HttpReply.json(200, "[1,2,3]"));

        expectFailure(Reason.MALFORMED_RESPONSE, () -> loggedIn().getSocketSettings());
    }

    @Test
    void missingRequiredFieldIsMalformed() {
        server().route("GET", WSURL, HttpReply.json(200, "{\"ws_url\":\"wss://example.com/pusher\"}"));

        VmsApiException e = expectFailure(Reason.MALFORMED_RESPONSE, () -> loggedIn().getSocketSettings());
        assertTrue(e.getMessage().contains("app_key"), e.getMessage());
    }

    @Test
    void deeplyNestedGarbageIsMalformedNotACrash() {
        server().route("GET", WSURL, HttpReply.json(200, "[".repeat(200_000)));

        expectFailure(Reason.MALFORMED_RESPONSE, () -> loggedIn().getSocketSettings());
    }

    @Test
    void requestTimeout() throws Exception {
        VmsRestClient impatient = new VmsRestClient(httpClient(),
                VmsRestConfig.of(server().baseUrl()).withTimeout(Duration.ofMillis(300)));
        impatient.setAccessToken(TOKEN);
        server().route("GET", WSURL,
                HttpReply.json(200, example("rest/wsurl.response.json")).withDelay(Duration.ofSeconds(3)));

        long start = System.nanoTime();
        VmsApiException e = expectFailure(Reason.TIMEOUT, impatient::getSocketSettings);

        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsedMillis < 2_500, "gave up after " + elapsedMillis + " ms");
        assertTrue(e.getMessage().contains("did not answer"), e.getMessage());
        assertTrue(e.getReason().isTransient());
    }

    @Test
    void connectionRefused() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        VmsRestClient nowhere = new VmsRestClient(httpClient(), VmsRestConfig.of("http://127.0.0.1:" + closedPort));
        nowhere.setAccessToken(TOKEN);

        VmsApiException e = expectFailure(Reason.NETWORK, nowhere::getSocketSettings);

        assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort), e.getMessage());
        assertTrue(e.getReason().isTransient());
    }

    @Test
    void unknownHost() {
        VmsRestClient nowhere = new VmsRestClient(httpClient(), VmsRestConfig.of("http://vms-host.invalid"));
        nowhere.setAccessToken(TOKEN);

        expectFailure(Reason.NETWORK, nowhere::getSocketSettings);
    }

    @Test
    void stoppedHttpClientIsANetworkFailure() throws Exception {
        httpClient().stop();

        expectFailure(Reason.NETWORK, () -> loggedIn().getSocketSettings());
    }

    @Test
    void interruptedCallerGetsInterruptedReasonAndKeepsTheFlag() {
        server().route("GET", WSURL,
                HttpReply.json(200, example("rest/wsurl.response.json")).withDelay(Duration.ofSeconds(2)));
        VmsRestClient client = loggedIn();

        Thread.currentThread().interrupt();
        try {
            expectFailure(Reason.INTERRUPTED, client::getSocketSettings);
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
