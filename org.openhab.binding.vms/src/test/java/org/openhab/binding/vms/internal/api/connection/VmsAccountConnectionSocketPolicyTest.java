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
package org.openhab.binding.vms.internal.api.connection;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.vms.internal.api.connection.ConnectionTestBed.awaitOnline;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.connection.RetryDecision.Action;
import org.openhab.binding.vms.internal.api.socket.VmsConnectionState;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.pusher.PusherServerConnection;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.core.test.java.JavaTest;

/**
 * The socket half of the policy: close codes, {@code pusher:error} codes, dead links, channel authorisation
 * failures; against the in-JVM Pusher server. Jitter is fixed at one half and the back-off base is 400 ms, so the
 * first back-off is 200 ms and "at once" is the 10 ms minimum.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsAccountConnectionSocketPolicyTest extends JavaTest {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<ConnectionTestBed> bed = resources.opened(ConnectionTestBed::loopback);

    @ParameterizedTest(name = "close code {0} -> {1}, ws url fetched {2} times")
    @CsvSource({ "4001, REFRESH_THEN_BACKOFF, 2", "4099, REFRESH_THEN_BACKOFF, 2", "4100, BACKOFF, 1",
            "4199, BACKOFF, 1", "4200, IMMEDIATE, 1", "4299, IMMEDIATE, 1", "1001, BACKOFF, 1", "1006, BACKOFF, 1",
            "1011, BACKOFF, 1" })
    void serverCloseCodesDecideTheNextAttempt(int code, Action expected, int wsUrlFetches) {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.online(b.credentials());
        PusherServerConnection first = b.serverConnection();

        first.close(code, "test");

        assertReconnected(b, connection, first);
        PlannedRetry retry = connection.plannedRetries().get(1);
        assertEquals(expected, retry.action());
        assertEquals(expected == Action.IMMEDIATE ? ConnectionTestBed.MINIMUM_DELAY : FIRST_BACKOFF, retry.delay());
        assertEquals(wsUrlFetches, b.wsUrlRequests());
        assertEquals(1, b.vms.loginCount(), "a socket problem costs no login");
        assertEquals(1, connection.getStatistics().reconnects());
    }

    @ParameterizedTest(name = "pusher:error {0} -> {1}")
    @CsvSource({ "4001, REFRESH_THEN_BACKOFF, 2", "4100, BACKOFF, 1", "4201, IMMEDIATE, 1" })
    void pusherErrorCodesDecideLikeCloseCodes(int code, Action expected, int wsUrlFetches) {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.online(b.credentials());
        PusherServerConnection first = b.serverConnection();

        first.sendError(code, "test error", false); // the server does not even close: we do

        assertReconnected(b, connection, first);
        assertTrue(first.closeCode() != null, "the old socket was closed by us");
        assertEquals(expected, connection.plannedRetries().get(1).action());
        assertEquals(wsUrlFetches, b.wsUrlRequests());
    }

    @Test
    void pusherErrorsOutsideTheReconnectRangesChangeNothing() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.online(b.credentials());
        PusherServerConnection first = b.serverConnection();

        first.sendError(4301, "odd", true);
        first.sendRaw("{\"event\":\"pusher:error\",\"data\":{\"message\":\"no code\"}}");
        b.vms.setFavorite(1002, true); // an event after the errors proves they were processed

        waitForAssert(() -> assertEquals(1, b.listener.events.size()));
        assertEquals(VmsAccountStatus.ONLINE, connection.getStatus());
        assertTrue(first.isOpen());
        assertEquals(1, connection.plannedRetries().size());
    }

    @Test
    void aSilentHalfOpenLinkIsDetectedAndReplaced() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.connection(b.credentials(),
                b.policy().withLiveness(Duration.ofSeconds(1), Duration.ofSeconds(1)));
        connection.start();
        awaitOnline(connection);
        PusherServerConnection first = b.serverConnection();

        first.drop(); // TCP stays open, nothing is answered any more

        waitForAssert(() -> assertEquals(2, b.listener.resyncs.get()));
        assertTrue(first.receivedFrames().stream().anyMatch(f -> f.text().contains("pusher:ping")),
                "a ping was sent after the silence");
        PlannedRetry retry = connection.plannedRetries().get(1);
        assertEquals(Action.BACKOFF, retry.action());
        assertEquals(Reason.TIMEOUT, retry.reason());
        assertEquals(VmsAccountStatus.ONLINE, connection.getStatus());
    }

    @Test
    void theServersActivityTimeoutSetsThePingIntervalOfTheNextConnection() {
        ConnectionTestBed b = bed.get();
        b.pusher().settings(b.pusher().settings().withActivityTimeout(8, true)); // as push1st: a string
        VmsAccountConnection connection = b.online(b.credentials());

        assertEquals(new LivenessTimeouts(Duration.ofSeconds(3), Duration.ofMillis(1500)), connection.nextLiveness());

        b.pusher().settings(b.pusher().settings().withActivityTimeout(120, false)); // as hosted Pusher: a number
        b.serverConnection().close(4200, "restart");
        waitForAssert(() -> assertEquals(2, b.listener.resyncs.get()));
        assertEquals(new LivenessTimeouts(Duration.ofSeconds(115), Duration.ofMillis(57500)),
                connection.nextLiveness());
    }

    @Test
    void aChannelAuthorisationRefusedWith401LeadsToOneRelogin() {
        ConnectionTestBed b = bed.get();
        b.tokenStore.store(b.vms.issueToken());
        b.vms.fail("POST", "broadcasting/auth", HttpReply.json(401, "{\"message\":\"Unauthenticated.\"}"), 1);
        VmsAccountConnection connection = b.connection(b.credentials());
        connection.start();

        awaitOnline(connection);
        assertEquals(1, b.vms.loginCount());
        assertEquals(Action.TOKEN_INVALID, connection.plannedRetries().get(1).action());
    }

    @Test
    void aChannelAuthorisationRefusedWith403ReadsUserAndSettingsAgainWithoutLogin() {
        ConnectionTestBed b = bed.get();
        b.tokenStore.store(b.vms.issueToken());
        b.vms.fail("POST", "broadcasting/auth", HttpReply.json(403, "{\"message\":\"Forbidden\"}"), 1);
        VmsAccountConnection connection = b.connection(b.credentials());
        connection.start();

        awaitOnline(connection);
        assertEquals(0, b.vms.loginCount());
        assertEquals(Action.REFRESH_THEN_BACKOFF, connection.plannedRetries().get(1).action());
        assertEquals(2, b.selfRequests());
        assertEquals(2, b.wsUrlRequests());
    }

    @Test
    void aWsUrlRefusedWith401LeadsToOneRelogin() {
        ConnectionTestBed b = bed.get();
        b.tokenStore.store(b.vms.issueToken());
        b.vms.fail("GET", "wsurl", HttpReply.json(401, "{\"message\":\"Unauthenticated.\"}"), 1);
        VmsAccountConnection connection = b.connection(b.credentials());
        connection.start();

        awaitOnline(connection);
        assertEquals(1, b.vms.loginCount());
    }

    @Test
    void anUnreachableSocketServerBacksOffExponentially() {
        ConnectionTestBed b = bed.get();
        b.vms.settings().setWsUrlOverride("ws://127.0.0.1:1/pusher"); // nothing listens on port 1
        VmsAccountConnection connection = b.connection(b.credentials());
        connection.start();

        waitForAssert(() -> assertTrue(connection.plannedRetries().size() >= 4));
        List<PlannedRetry> retries = connection.plannedRetries();
        assertEquals(Duration.ofMillis(200), retries.get(1).delay());
        assertEquals(Duration.ofMillis(400), retries.get(2).delay());
        assertEquals(Duration.ofMillis(800), retries.get(3).delay());
        assertEquals(VmsAccountStatus.RECONNECTING, connection.getStatus());
        assertEquals(1, b.vms.loginCount());
    }

    private void assertReconnected(ConnectionTestBed b, VmsAccountConnection connection,
            PusherServerConnection first) {
        waitForAssert(() -> assertEquals(2, b.listener.resyncs.get()));
        assertEquals(VmsAccountStatus.ONLINE, connection.getStatus());
        PusherServerConnection second = b.serverConnection();
        assertNotEquals(first.socketId(), second.socketId());
        assertEquals(Set.of(b.vms.userChannel(), b.vms.tokenChannel()), second.subscribedChannels(),
                "both channels authorised again for the new socket id");
        assertEquals(List.of(VmsAccountStatus.STARTING, VmsAccountStatus.ONLINE, VmsAccountStatus.RECONNECTING,
                VmsAccountStatus.ONLINE), b.listener.statusList());
        assertTrue(b.listener.socketStates.contains(VmsConnectionState.DISCONNECTED));
    }
}
