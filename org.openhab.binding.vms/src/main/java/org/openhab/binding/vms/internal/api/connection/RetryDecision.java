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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;

/**
 * What to do after a failure, and the problem to report with it.
 *
 * @param action what to do
 * @param problem what went wrong, safe to show (no secrets)
 * @param notBefore the earliest time to retry that the server asked for (Retry-After, the login budget), or null
 * @param decisive whether the current connection is over; a failure that is not decisive (a transport error the
 *            socket may survive) is remembered and used should the connection drop afterwards
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
record RetryDecision(Action action, VmsApiException problem, @Nullable Duration notBefore, boolean decisive) {

    enum Action {
        /** Only the user can fix this (credentials, captcha, sessions, client version, configuration): stop. */
        FAIL,
        /** The token is no longer valid: one re-login with the configured credentials, else FAIL. */
        TOKEN_INVALID,
        /** Try again after the back-off. */
        BACKOFF,
        /** Do not retry unchanged: read the user and the socket settings again, after the back-off. */
        REFRESH_THEN_BACKOFF,
        /** Reconnect at once (after the minimum delay) unless this happens again before the connection is back. */
        IMMEDIATE,
        /** Nothing to do (e.g. a {@code pusher:error} without a code that closes nothing). */
        IGNORE
    }

    static RetryDecision of(Action action, VmsApiException problem) {
        return new RetryDecision(action, problem, null, true);
    }
}
