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

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.connection.RetryDecision.Action;
import org.openhab.binding.vms.internal.api.rest.VmsTooManySessionsException;
import org.openhab.binding.vms.internal.api.socket.VmsSocketFailure;
import org.openhab.binding.vms.internal.api.socket.VmsSocketFailure.Kind;

/**
 * The policy table: which failure leads to which next step.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class FailureClassifierTest {

    private static final Duration MAX = Duration.ofHours(1);

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = { "INVALID_CREDENTIALS", "CAPTCHA_REQUIRED", "TOO_MANY_SESSIONS",
            "CLIENT_TOO_OLD" })
    void configurationErrorsFailAndKeepTheException(Reason reason) {
        VmsApiException e = new VmsApiException(reason, "x");
        RetryDecision decision = FailureClassifier.forApi(e, MAX);
        assertEquals(Action.FAIL, decision.action());
        assertSame(e, decision.problem());
    }

    @Test
    void theSessionListSurvives() {
        VmsTooManySessionsException e = new VmsTooManySessionsException("too many", null, List.of(), 3, null, null);
        assertSame(e, FailureClassifier.forApi(e, MAX).problem());
    }

    @Test
    void unauthorisedMeansTokenInvalid() {
        assertEquals(Action.TOKEN_INVALID,
                FailureClassifier.forApi(new VmsApiException(Reason.TOKEN_INVALID, "401"), MAX).action());
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = { "RATE_LIMITED", "MAINTENANCE", "SERVER_ERROR", "NETWORK", "TIMEOUT",
            "MALFORMED_RESPONSE", "FORBIDDEN", "NOT_FOUND", "UNEXPECTED_STATUS", "OTHER" })
    void everythingElseBacksOff(Reason reason) {
        assertEquals(Action.BACKOFF, FailureClassifier.forApi(new VmsApiException(reason, "x"), MAX).action());
    }

    @Test
    void retryAfterIsHonouredButBounded() {
        VmsApiException soon = new VmsApiException(Reason.RATE_LIMITED, "429", 429, null, Duration.ofSeconds(90));
        assertEquals(Duration.ofSeconds(90), FailureClassifier.forApi(soon, MAX).notBefore());
        VmsApiException silly = new VmsApiException(Reason.MAINTENANCE, "503", 503, null, Duration.ofDays(3));
        assertEquals(MAX, FailureClassifier.forApi(silly, MAX).notBefore());
    }

    @ParameterizedTest
    @CsvSource({ "4000, REFRESH_THEN_BACKOFF", "4009, REFRESH_THEN_BACKOFF", "4099, REFRESH_THEN_BACKOFF",
            "4100, BACKOFF", "4199, BACKOFF", "4200, IMMEDIATE", "4299, IMMEDIATE", "4300, BACKOFF",
            "1000, BACKOFF", "1001, BACKOFF", "1006, BACKOFF", "-1, BACKOFF" })
    void closeCodes(int code, Action expected) {
        RetryDecision decision = FailureClassifier.forSocket(new VmsSocketFailure(Kind.CLOSED, code, "closed", null));
        assertEquals(expected, decision.action());
        assertTrue(decision.decisive());
    }

    @ParameterizedTest
    @CsvSource({ "4001, REFRESH_THEN_BACKOFF", "4100, BACKOFF", "4200, IMMEDIATE", "4300, IGNORE", "1006, IGNORE" })
    void pusherErrorCodes(int code, Action expected) {
        assertEquals(expected,
                FailureClassifier.forSocket(new VmsSocketFailure(Kind.SERVER_ERROR, code, "error", null)).action());
    }

    @Test
    void pusherErrorWithoutCodeIsIgnored() {
        assertEquals(Action.IGNORE,
                FailureClassifier.forSocket(new VmsSocketFailure(Kind.SERVER_ERROR, null, "error", null)).action());
    }

    @Test
    void channelAuthorisation() {
        assertEquals(Action.TOKEN_INVALID, auth(new VmsApiException(Reason.TOKEN_INVALID, "401")).action());
        assertEquals(Action.REFRESH_THEN_BACKOFF, auth(new VmsApiException(Reason.FORBIDDEN, "403")).action());
        assertEquals(Action.BACKOFF, auth(new VmsApiException(Reason.NETWORK, "down")).action());
        assertEquals(Action.REFRESH_THEN_BACKOFF, FailureClassifier
                .forSocket(new VmsSocketFailure(Kind.SUBSCRIPTION_REFUSED, 401, "refused", null)).action());
    }

    @Test
    void aDeadLinkBacksOffAndATransportErrorWaitsForTheDrop() {
        RetryDecision pong = FailureClassifier.forSocket(new VmsSocketFailure(Kind.PONG_TIMEOUT, null, "pong", null));
        assertEquals(Action.BACKOFF, pong.action());
        assertEquals(Reason.TIMEOUT, pong.problem().getReason());
        assertFalse(FailureClassifier.forSocket(new VmsSocketFailure(Kind.PROTOCOL_ERROR, null, "x", null))
                .decisive());
    }

    private static RetryDecision auth(VmsApiException cause) {
        return FailureClassifier.forSocket(new VmsSocketFailure(Kind.AUTHORIZATION_FAILED, null, "auth", cause));
    }
}
