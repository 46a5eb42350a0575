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
package org.openhab.binding.vms.internal.handler;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.connection.VmsAccountStatus;
import org.openhab.binding.vms.internal.api.rest.VmsTooManySessionsException;
import org.openhab.binding.vms.internal.api.rest.dto.VmsSession;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException.Problem;
import org.openhab.binding.vms.internal.handler.AccountStatusMapper.StatusUpdate;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * Connection status and problem to Thing status and description.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class AccountStatusMapperTest {

    @Test
    void startingIsUnknownOnlineIsOnlineStoppedChangesNothing() {
        assertEquals(new StatusUpdate(ThingStatus.UNKNOWN, ThingStatusDetail.NONE, null),
                AccountStatusMapper.map(VmsAccountStatus.STARTING, null, null, false));
        assertEquals(new StatusUpdate(ThingStatus.ONLINE, ThingStatusDetail.NONE, null),
                AccountStatusMapper.map(VmsAccountStatus.ONLINE, null, null, false));
        assertNull(AccountStatusMapper.map(VmsAccountStatus.STOPPED, null, null, true));
    }

    @Test
    void reconnectingIsACommunicationErrorFailedAConfigurationError() {
        StatusUpdate reconnecting = map(VmsAccountStatus.RECONNECTING, problem(Reason.SERVER_ERROR));
        assertEquals(ThingStatus.OFFLINE, reconnecting.status());
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, reconnecting.detail());
        StatusUpdate failed = map(VmsAccountStatus.FAILED, problem(Reason.INVALID_CREDENTIALS));
        assertEquals(ThingStatus.OFFLINE, failed.status());
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, failed.detail());
    }

    @Test
    void userFixableProblems() {
        assertEquals(VmsStatusText.WRONG_CREDENTIALS, describe(false, problem(Reason.INVALID_CREDENTIALS)));
        assertEquals(VmsStatusText.WRONG_CREDENTIALS, describe(false, problem(Reason.TOKEN_INVALID)));
        assertEquals(VmsStatusText.CAPTCHA_REQUIRED, describe(false, problem(Reason.CAPTCHA_REQUIRED)));
        assertEquals(VmsStatusText.CLIENT_TOO_OLD, describe(false, problem(Reason.CLIENT_TOO_OLD)));
    }

    @Test
    void transientProblems() {
        assertEquals(VmsStatusText.NETWORK, describe(true, problem(Reason.NETWORK)));
        assertEquals(VmsStatusText.NETWORK, describe(true, problem(Reason.TIMEOUT)));
        assertEquals(VmsStatusText.MAINTENANCE, describe(true, problem(Reason.MAINTENANCE)));
        assertEquals(VmsStatusText.SERVER_ERROR, describe(true, problem(Reason.SERVER_ERROR)));
        assertEquals(VmsStatusText.CHANNEL_AUTH_FAILED, describe(true, problem(Reason.FORBIDDEN)));
        assertEquals(VmsStatusText.SOCKET_LOST, describe(true, null));
    }

    @Test
    void certificateProblemsAreRetriedAndSaySo() {
        StatusUpdate untrusted = map(VmsAccountStatus.RECONNECTING,
                new VmsTransportSecurityException(Problem.UNTRUSTED_CERTIFICATE, "PKIX path building failed"));
        assertEquals(new StatusUpdate(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                VmsStatusText.CERTIFICATE_UNTRUSTED), untrusted);
        assertEquals(VmsStatusText.CERTIFICATE_HOST_NAME, describe(true,
                new VmsTransportSecurityException(Problem.HOST_NAME_MISMATCH, "No subject alternative names")));
        // also right after being online, when a network problem would read "socket lost"
        assertEquals(VmsStatusText.CERTIFICATE_UNTRUSTED, AccountStatusMapper.describe(
                new VmsTransportSecurityException(Problem.UNTRUSTED_CERTIFICATE, "expired"), null, true, true));
    }

    @Test
    void plainConnectionsAndAnUnreadableCertificateAreConfigurationErrors() {
        assertEquals(new StatusUpdate(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                VmsStatusText.PLAIN_SOCKET),
                map(VmsAccountStatus.FAILED, new VmsTransportSecurityException(Problem.PLAIN_SOCKET, "ws")));
        assertEquals(VmsStatusText.PLAIN_HTTP,
                describe(false, new VmsTransportSecurityException(Problem.PLAIN_HTTP, "http")));
        assertEquals(VmsStatusText.INVALID_TRUSTED_CERTIFICATE, describe(false,
                new VmsTransportSecurityException(Problem.INVALID_TRUSTED_CERTIFICATE, "no certificate")));
    }

    @Test
    void aNetworkProblemRightAfterBeingOnlineIsALostSocket() {
        assertEquals(VmsStatusText.SOCKET_LOST,
                AccountStatusMapper.describe(problem(Reason.NETWORK), null, true, true));
        assertEquals(VmsStatusText.SOCKET_LOST,
                AccountStatusMapper.describe(problem(Reason.TIMEOUT), null, true, true));
    }

    @Test
    void rateLimitNamesTheSecondsWhenKnown() {
        VmsApiException limited = new VmsApiException(Reason.RATE_LIMITED, "429", 429, null, Duration.ofSeconds(42));
        assertEquals("@text/offline.comm-error-rate-limited [\"42\"]", describe(true, limited));
        assertEquals(VmsStatusText.SERVER_ERROR, describe(true, problem(Reason.RATE_LIMITED)));
    }

    @Test
    void aLogoutNamesTheServersReasonUntilSomethingElseGoesWrong() {
        assertEquals("@text/offline.comm-error-logged-out [\"Your session has been closed\"]",
                AccountStatusMapper.describe(problem(Reason.TOKEN_INVALID), "Your session has been closed", true,
                        true));
        assertEquals(VmsStatusText.LOGGED_OUT_NO_REASON, AccountStatusMapper.describe(null, "", false, false));
        assertEquals(VmsStatusText.LOGGED_OUT_NO_REASON,
                AccountStatusMapper.describe(problem(Reason.TOKEN_INVALID), null, true, true));
        // the re-login after the logout failed for another reason: that reason is what the user must fix
        assertEquals(VmsStatusText.WRONG_CREDENTIALS, AccountStatusMapper
                .describe(problem(Reason.INVALID_CREDENTIALS), "Your session has been closed", false, false));
    }

    @Test
    void aRejectedTokenWhileRetryingIsAnEndedSession() {
        VmsApiException rejected = new VmsApiException(Reason.TOKEN_INVALID, "401", 401, "Unauthenticated.", null);
        assertEquals("@text/offline.comm-error-logged-out [\"Unauthenticated.\"]", describe(true, rejected));
    }

    @Test
    void tooManySessionsListsThem() {
        VmsTooManySessionsException e = new VmsTooManySessionsException("419", null,
                List.of(new VmsSession("s1", "android", "okhttp", "203.0.113.7", true, false, 1709294400L),
                        new VmsSession("s2", null, "VMS iOS", "198.51.100.4", false, false, null),
                        new VmsSession("s3", null, null, null, false, true, 1709294400123L)),
                3, null, null);
        String description = describe(false, e);
        assertEquals("@text/offline.conf-error-too-many-sessions [\"android from 203.0.113.7 last active "
                + "2024-03-01T12:00:00Z; VMS iOS from 198.51.100.4; unknown client last active 2024-03-01T12:00:00Z "
                + "(this client)\"]", description);
        VmsTooManySessionsException none = new VmsTooManySessionsException("419", null, List.of(), null, null, null);
        assertEquals(VmsStatusText.TOO_MANY_SESSIONS_UNLISTED, describe(false, none));
        assertEquals("42", ServerTimes.describeActivity(42));
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonHasADescriptionThatIsAKnownKey(Reason reason) {
        for (boolean retrying : new boolean[] { true, false }) {
            String description = describe(retrying, problem(reason));
            assertTrue(description.startsWith("@text/offline."), description);
        }
    }

    private static StatusUpdate map(VmsAccountStatus status, VmsApiException problem) {
        StatusUpdate update = AccountStatusMapper.map(status, problem, null, false);
        assertNotNull(update);
        return update;
    }

    private static String describe(boolean retrying, @Nullable VmsApiException problem) {
        return AccountStatusMapper.describe(problem, null, false, retrying);
    }

    private static VmsApiException problem(Reason reason) {
        return new VmsApiException(reason, "test problem");
    }
}
