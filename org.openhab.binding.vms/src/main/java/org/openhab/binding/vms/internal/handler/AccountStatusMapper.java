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

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.connection.VmsAccountStatus;
import org.openhab.binding.vms.internal.api.rest.VmsTooManySessionsException;
import org.openhab.binding.vms.internal.api.rest.dto.VmsSession;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException.Problem;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * Turns the status of the account connection, and the problem behind it, into the bridge's Thing status.
 * RECONNECTING (the connection retries by itself) becomes OFFLINE/COMMUNICATION_ERROR, FAILED (only the user can
 * fix it) OFFLINE/CONFIGURATION_ERROR; the description says what happened and what to do.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class AccountStatusMapper {

    /** A Thing status to set. */
    record StatusUpdate(ThingStatus status, ThingStatusDetail detail, @Nullable String description) {
    }

    private AccountStatusMapper() {
    }

    /**
     * @param problem the problem reported with RECONNECTING or FAILED
     * @param logoutReason set when the server announced a logout ({@code logout} message) since the account was last
     *            ONLINE: the server's reason, possibly empty
     * @param wasOnline the account was ONLINE until now: a network problem then means the event socket dropped
     * @return null when the Thing status should not change (STOPPED: we stopped it ourselves)
     */
    static @Nullable StatusUpdate map(VmsAccountStatus status, @Nullable VmsApiException problem,
            @Nullable String logoutReason, boolean wasOnline) {
        return switch (status) {
            case STARTING -> new StatusUpdate(ThingStatus.UNKNOWN, ThingStatusDetail.NONE, null);
            case ONLINE -> new StatusUpdate(ThingStatus.ONLINE, ThingStatusDetail.NONE, null);
            case RECONNECTING -> new StatusUpdate(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                    describe(problem, logoutReason, wasOnline, true));
            case FAILED -> new StatusUpdate(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    describe(problem, logoutReason, wasOnline, false));
            case STOPPED -> null;
        };
    }

    static String describe(@Nullable VmsApiException problem, @Nullable String logoutReason, boolean wasOnline,
            boolean retrying) {
        if (logoutReason != null
                && (problem == null || problem.getReason() == VmsApiException.Reason.TOKEN_INVALID)) {
            return loggedOut(logoutReason);
        }
        if (problem == null) {
            return retrying ? VmsStatusText.SOCKET_LOST : VmsStatusText.SERVER_ERROR;
        }
        if (problem instanceof VmsTransportSecurityException security) {
            return describe(security.getProblem());
        }
        return switch (problem.getReason()) {
            case INVALID_CREDENTIALS -> VmsStatusText.WRONG_CREDENTIALS;
            // while retrying, a rejected token means the session ended (the connection logs in again)
            case TOKEN_INVALID -> retrying ? loggedOut(problem.getServerMessage()) : VmsStatusText.WRONG_CREDENTIALS;
            case CAPTCHA_REQUIRED -> VmsStatusText.CAPTCHA_REQUIRED;
            case TOO_MANY_SESSIONS -> VmsStatusText.withArgument(VmsStatusText.TOO_MANY_SESSIONS,
                    problem instanceof VmsTooManySessionsException sessions ? describeSessions(sessions.getSessions())
                            : null,
                    VmsStatusText.TOO_MANY_SESSIONS_UNLISTED);
            case CLIENT_TOO_OLD -> VmsStatusText.CLIENT_TOO_OLD;
            case RATE_LIMITED -> rateLimited(problem.getRetryAfter());
            case MAINTENANCE -> VmsStatusText.MAINTENANCE;
            // the only call that gets 403 is the authorisation of the private channels
            case FORBIDDEN -> VmsStatusText.CHANNEL_AUTH_FAILED;
            case NETWORK, TIMEOUT -> wasOnline ? VmsStatusText.SOCKET_LOST : VmsStatusText.NETWORK;
            case SERVER_ERROR, NOT_FOUND, INVALID_REQUEST, UNEXPECTED_STATUS, MALFORMED_RESPONSE, INTERRUPTED,
                    OTHER ->
                VmsStatusText.SERVER_ERROR;
        };
    }

    static String describe(Problem problem) {
        return switch (problem) {
            case UNTRUSTED_CERTIFICATE -> VmsStatusText.CERTIFICATE_UNTRUSTED;
            case HOST_NAME_MISMATCH -> VmsStatusText.CERTIFICATE_HOST_NAME;
            case PLAIN_HTTP -> VmsStatusText.PLAIN_HTTP;
            case PLAIN_SOCKET -> VmsStatusText.PLAIN_SOCKET;
            case INVALID_TRUSTED_CERTIFICATE -> VmsStatusText.INVALID_TRUSTED_CERTIFICATE;
        };
    }

    private static String rateLimited(@Nullable Duration retryAfter) {
        if (retryAfter == null || retryAfter.isNegative()) {
            return VmsStatusText.SERVER_ERROR;
        }
        return VmsStatusText.withArgument(VmsStatusText.RATE_LIMITED, String.valueOf(retryAfter.toSeconds()),
                VmsStatusText.SERVER_ERROR);
    }

    private static String loggedOut(@Nullable String reason) {
        return VmsStatusText.withArgument(VmsStatusText.LOGGED_OUT, reason, VmsStatusText.LOGGED_OUT_NO_REASON);
    }

    /**
     * "android from 203.0.113.7 last active 2024-03-01T12:00:00Z (this client); VMS iOS from 198.51.100.4" for the
     * too-many-sessions message; empty when the server listed none. Without commas: openHAB would split the status
     * argument at each one (and {@link VmsStatusText} turns the server's own commas into semicolons).
     */
    static String describeSessions(List<VmsSession> sessions) {
        StringBuilder text = new StringBuilder();
        for (VmsSession session : sessions) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            String client = session.client();
            if (client == null || client.isBlank()) {
                client = session.userAgent();
            }
            text.append(client == null || client.isBlank() ? "unknown client" : client.trim());
            String ip = session.ip();
            if (ip != null && !ip.isBlank()) {
                text.append(" from ").append(ip.trim());
            }
            Long last = session.lastActivity();
            if (last != null) {
                text.append(" last active ").append(ServerTimes.describeActivity(last));
            }
            if (session.current()) {
                text.append(" (this client)");
            }
        }
        return text.toString();
    }
}
