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
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.connection.RecordingAccountListener.StatusChange;
import org.openhab.binding.vms.internal.api.connection.RetryDecision.Action;
import org.openhab.binding.vms.internal.api.rest.VmsTooManySessionsException;
import org.openhab.binding.vms.internal.api.socket.VmsConnectionState;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.core.test.java.JavaTest;

/**
 * Login, tokens and REST failures of {@link VmsAccountConnection} against the simulated VMS (real loopback HTTP and
 * in-JVM Pusher server).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsAccountConnectionSessionTest extends JavaTest {

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<ConnectionTestBed> bed = resources.opened(ConnectionTestBed::loopback);

    @Test
    void firstConnectLogsInSubscribesBothChannelsAndAsksForResync() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.online(b.credentials());

        assertEquals(1, b.vms.loginCount());
        assertEquals(Set.of(b.vms.userChannel(), b.vms.tokenChannel()), b.serverConnection().subscribedChannels());
        assertNotNull(b.storedToken(), "the new token is stored");
        assertTrue(b.vms.isTokenValid(b.storedToken()));
        waitForAssert(() -> assertEquals(1, b.listener.resyncs.get()));
        assertEquals(List.of(VmsAccountStatus.STARTING, VmsAccountStatus.ONLINE), b.listener.statusList());
        // the owner hears of the socket states, and of ONLINE before the resync request
        assertEquals(VmsConnectionState.SUBSCRIBED, b.listener.socketStates.get(b.listener.socketStates.size() - 1));
        List<String> calls = b.listener.calls;
        assertTrue(calls.indexOf("socket:SUBSCRIBED") < calls.indexOf("status:ONLINE"));
        assertTrue(calls.indexOf("status:ONLINE") < calls.indexOf("resync"));
        assertEquals(1, connection.getStatistics().logins());
        assertEquals(0, connection.getStatistics().reconnects());
        assertNotNull(connection.rest().getAccessToken(), "the REST client is logged in for the owner");
    }

    @Test
    void aRestartReusesTheStoredTokenWithoutLoggingIn() {
        ConnectionTestBed b = bed.get();
        b.tokenStore.store(b.vms.issueToken());

        VmsAccountConnection first = b.online(b.credentials());
        first.stop();
        VmsAccountConnection second = b.online(b.credentials());

        assertEquals(0, b.vms.loginCount(), "no login while the stored token is valid");
        assertEquals(0, second.getStatistics().logins());
        assertEquals(2, b.selfRequests(), "the stored token is checked with users/self on each start");
    }

    @Test
    void aRevokedStoredTokenLeadsToExactlyOneLogin() {
        ConnectionTestBed b = bed.get();
        String old = b.vms.issueToken();
        b.tokenStore.store(old);
        b.vms.revoke(old);

        b.online(b.credentials());

        assertEquals(1, b.vms.loginCount());
        assertNotEquals(old, b.storedToken());
        assertTrue(b.vms.isTokenValid(b.storedToken()));
    }

    @Test
    void theConfiguredTokenComesFirstAndIsNotStored() {
        ConnectionTestBed b = bed.get();
        String configured = b.vms.issueToken();
        b.tokenStore.store("stale-token-that-would-be-refused");

        VmsAccountConnection connection = b.online(b.tokenAndCredentials(configured));

        assertEquals(0, b.vms.loginCount());
        assertEquals(configured, connection.rest().getAccessToken());
        assertEquals("stale-token-that-would-be-refused", b.storedToken(), "the store was not even asked");
    }

    @Test
    void wrongCredentialsFailWithoutRetry() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.connection(b.password("Pa55-not-right"));
        connection.start();

        waitForAssert(() -> assertEquals(VmsAccountStatus.FAILED, nonNull(b.listener.lastStatus()).status()));
        StatusChange last = b.listener.lastStatus();
        assertNotNull(last);
        VmsApiException problem = last.problem();
        assertNotNull(problem);
        assertEquals(Reason.INVALID_CREDENTIALS, problem.getReason());
        assertFalse(problem.getMessage().contains("Pa55-not-right"), "the password is never shown");
        assertEquals(1, b.vms.requests("POST", "token").size());
        assertEquals(1, connection.plannedRetries().size(), "only the first attempt was ever scheduled");
        assertSame(problem, connection.getLastProblem());
    }

    @Test
    void tooManySessionsFailsAndKeepsTheSessionList() {
        ConnectionTestBed b = bed.get();
        b.vms.issueToken();
        b.vms.setSessionLimit(1);
        VmsAccountConnection connection = b.connection(b.credentials());
        connection.start();

        waitForAssert(() -> assertEquals(VmsAccountStatus.FAILED, connection.getStatus()));
        VmsTooManySessionsException problem = assertInstanceOf(VmsTooManySessionsException.class,
                connection.getLastProblem());
        assertEquals(1, problem.getSessions().size());
        assertEquals(1, b.vms.requests("POST", "token").size());
    }

    @Test
    void rateLimitedLoginWaitsForRetryAfter() {
        ConnectionTestBed b = bed.get();
        b.vms.fail("POST", "token",
                HttpReply.json(429, "{\"message\":\"Too Many Attempts.\"}").withHeader("Retry-After", "1"), 1);
        VmsAccountConnection connection = b.connection(b.credentials());
        connection.start();

        awaitOnline(connection);
        List<PlannedRetry> retries = connection.plannedRetries();
        assertEquals(2, retries.size());
        PlannedRetry retry = retries.get(1);
        assertEquals(Reason.RATE_LIMITED, retry.reason());
        assertTrue(retry.delay().compareTo(Duration.ofSeconds(1)) >= 0, "not before Retry-After: " + retry);
        // the listener hears of ONLINE on its own thread, after the connection is ONLINE
        waitForAssert(() -> assertEquals(
                List.of(VmsAccountStatus.STARTING, VmsAccountStatus.RECONNECTING, VmsAccountStatus.ONLINE),
                b.listener.statusList()));
    }

    @Test
    void maintenanceMeansReconnectingThenOnline() {
        ConnectionTestBed b = bed.get();
        b.vms.fail("GET", "wsurl", HttpReply.json(503, "{\"message\":\"Technical works\"}"), 2);
        VmsAccountConnection connection = b.connection(b.credentials());
        connection.start();

        awaitOnline(connection);
        // the listener hears of the statuses on its own thread, after the connection is ONLINE
        waitForAssert(() -> assertEquals(VmsAccountStatus.ONLINE, nonNull(b.listener.lastStatus()).status()));
        List<StatusChange> statuses = b.listener.statuses;
        assertEquals(VmsAccountStatus.RECONNECTING, statuses.get(1).status());
        VmsApiException problem = statuses.get(1).problem();
        assertNotNull(problem);
        assertEquals(Reason.MAINTENANCE, problem.getReason());
        List<PlannedRetry> retries = connection.plannedRetries();
        assertEquals(3, retries.size());
        // back-off with full jitter (fixed at one half here): 200 ms, then 400 ms
        assertEquals(Duration.ofMillis(200), retries.get(1).delay());
        assertEquals(Duration.ofMillis(400), retries.get(2).delay());
        assertEquals(1, b.vms.loginCount(), "a server failure after login costs no second login");
    }

    @Test
    void logoutMessageLeadsToOneReloginThenOnline() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.online(b.credentials());
        String first = connection.rest().getAccessToken();
        assertNotNull(first);

        b.vms.logout(first);

        waitForAssert(() -> assertEquals(2, b.vms.loginCount()));
        awaitOnline(connection);
        waitForAssert(() -> assertEquals(2, b.listener.resyncs.get()));
        assertNotEquals(first, connection.rest().getAccessToken());
        assertEquals(connection.rest().getAccessToken(), b.storedToken());
        assertTrue(b.listener.eventKinds().contains(org.openhab.binding.vms.internal.api.event.VmsEventKind.LOGOUT),
                "the owner hears of the logout too");
        PlannedRetry relogin = connection.plannedRetries().get(1);
        assertEquals(Action.TOKEN_INVALID, relogin.action());
        assertEquals(ConnectionTestBed.MINIMUM_DELAY, relogin.delay());
    }

    @Test
    void aSecondLogoutRightAfterTheReloginFails() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.online(b.credentials());
        b.vms.logout(nonNull(connection.rest().getAccessToken()));
        waitForAssert(() -> assertEquals(2, b.vms.loginCount()));
        awaitOnline(connection);

        b.vms.logout(nonNull(connection.rest().getAccessToken()));

        waitForAssert(() -> assertEquals(VmsAccountStatus.FAILED, nonNull(b.listener.lastStatus()).status()));
        StatusChange last = b.listener.lastStatus();
        assertNotNull(last);
        assertEquals(Reason.TOKEN_INVALID, nonNull(last.problem()).getReason());
        assertEquals(2, b.vms.loginCount(), "no third login");
        assertNull(b.storedToken(), "the dead token is not kept");
    }

    @Test
    void aLogoutLongAfterTheReloginIsAllowedAnotherOne() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.online(b.credentials());
        b.vms.logout(nonNull(connection.rest().getAccessToken()));
        waitForAssert(() -> assertEquals(2, b.vms.loginCount()));
        awaitOnline(connection);

        b.clock.advance(VmsConnectionPolicy.RELOGIN_QUIET_PERIOD.plusSeconds(1));
        b.vms.logout(nonNull(connection.rest().getAccessToken()));

        waitForAssert(() -> assertEquals(3, b.vms.loginCount()));
        awaitOnline(connection);
    }

    @Test
    void tokenOnlyAndLogoutFailsAtOnceAndClearsTheStoredToken() {
        ConnectionTestBed b = bed.get();
        String token = b.vms.issueToken();
        VmsAccountConnection connection = b.online(b.tokenOnly(token));
        b.tokenStore.store(token); // as if a previous login had stored it

        b.vms.logout(token);

        waitForAssert(() -> assertEquals(VmsAccountStatus.FAILED, nonNull(b.listener.lastStatus()).status()));
        assertEquals(VmsAccountStatus.FAILED, connection.getStatus());
        assertEquals(Reason.TOKEN_INVALID, nonNull(nonNull(b.listener.lastStatus()).problem()).getReason());
        assertEquals(0, b.vms.loginCount());
        assertNull(b.storedToken());
    }

    @Test
    void anInvalidConfiguredTokenWithoutCredentialsFails() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.connection(b.tokenOnly("not-a-valid-token"));
        connection.start();

        waitForAssert(() -> assertEquals(VmsAccountStatus.FAILED, nonNull(b.listener.lastStatus()).status()));
        assertEquals(VmsAccountStatus.FAILED, connection.getStatus());
        assertEquals(Reason.TOKEN_INVALID, nonNull(nonNull(b.listener.lastStatus()).problem()).getReason());
        assertEquals(0, b.vms.requests("POST", "token").size());
    }

    @Test
    void aRestUnauthorizedReportIsCheckedBeforeAnyLogin() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.online(b.credentials());
        int selfBefore = b.selfRequests();

        connection.reportUnauthorized(); // the token is fine: nothing happens

        waitForAssert(() -> assertEquals(selfBefore + 1, b.selfRequests()));
        assertEquals(VmsAccountStatus.ONLINE, connection.getStatus());
        assertEquals(1, b.vms.loginCount());

        b.vms.revoke(nonNull(connection.rest().getAccessToken()));
        connection.reportUnauthorized();

        waitForAssert(() -> assertEquals(2, b.vms.loginCount()));
        awaitOnline(connection);
    }

    @Test
    void loginsAreLimitedPerHour() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.connection(b.credentials(),
                b.policy().withLoginLimits(1, VmsConnectionPolicy.RELOGIN_QUIET_PERIOD));
        connection.start();
        awaitOnline(connection);

        b.vms.logout(nonNull(connection.rest().getAccessToken()));

        waitForAssert(() -> {
            StatusChange last = b.listener.lastStatus();
            assertNotNull(last);
            assertEquals(VmsAccountStatus.RECONNECTING, last.status());
            VmsApiException problem = last.problem();
            assertNotNull(problem);
            assertEquals(Reason.RATE_LIMITED, problem.getReason());
        });
        assertEquals(1, b.vms.loginCount());
        PlannedRetry wait = connection.plannedRetries().get(connection.plannedRetries().size() - 1);
        assertEquals(Duration.ofHours(1), wait.delay(), "waits until the first login leaves the hour");
    }

    private static <T> T nonNull(@org.eclipse.jdt.annotation.Nullable T value) {
        assertNotNull(value);
        return value;
    }
}
