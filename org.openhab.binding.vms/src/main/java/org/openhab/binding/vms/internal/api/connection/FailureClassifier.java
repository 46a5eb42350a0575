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
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.connection.RetryDecision.Action;
import org.openhab.binding.vms.internal.api.socket.VmsSocketFailure;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException;

/**
 * Maps failures to {@link RetryDecision}s (docs/protocol.md, "Close codes and errors" and
 * docs/protocol.md, "Reconnecting").
 * <ul>
 * <li>REST: HTTP 401 outside login → {@link Action#TOKEN_INVALID}; wrong credentials, captcha, too many sessions,
 * client too old → {@link Action#FAIL} (the exception is kept, e.g. with the session list); 429 and 503 →
 * back-off, not before Retry-After; anything else → back-off.</li>
 * <li>Pusher close codes and {@code pusher:error} codes: 4000-4099 → {@link Action#REFRESH_THEN_BACKOFF},
 * 4100-4199 → back-off, 4200-4299 → {@link Action#IMMEDIATE}; other closes (1001, 1006, network, refused) →
 * back-off. A {@code pusher:error} outside 4000-4299 closes nothing and is ignored.</li>
 * <li>Channel authorisation: 401 → TOKEN_INVALID; a transient failure → back-off; a refusal (403 ...) or a
 * subscription the socket server refused → REFRESH_THEN_BACKOFF.</li>
 * <li>No answer to our ping → back-off.</li>
 * <li>A TLS certificate that does not verify (REST or socket) → back-off, reported as a
 * {@link VmsTransportSecurityException}.</li>
 * </ul>
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class FailureClassifier {

    private FailureClassifier() {
    }

    static RetryDecision forApi(VmsApiException e, Duration maxRetryAfter) {
        return switch (e.getReason()) {
            case TOKEN_INVALID -> RetryDecision.of(Action.TOKEN_INVALID, e);
            case INVALID_CREDENTIALS, CAPTCHA_REQUIRED, TOO_MANY_SESSIONS, CLIENT_TOO_OLD ->
                RetryDecision.of(Action.FAIL, e);
            default -> new RetryDecision(Action.BACKOFF, e, clamp(e.getRetryAfter(), maxRetryAfter), true);
        };
    }

    static RetryDecision forSocket(VmsSocketFailure failure) {
        return forSocket(failure, "the socket server");
    }

    /**
     * @param server host and port of the socket, for the message of a certificate failure
     */
    static RetryDecision forSocket(VmsSocketFailure failure, String server) {
        VmsTransportSecurityException certificate = VmsTransportSecurityException
                .ofCertificateFailure(failure.cause(), server);
        if (certificate != null) {
            // retried with back-off (the server's certificate may be fixed); decisive once the socket has closed
            return new RetryDecision(Action.BACKOFF, certificate, null, failure.kind() == VmsSocketFailure.Kind.CLOSED);
        }
        return switch (failure.kind()) {
            case CLOSED -> forCode(failure.code(), failure.message(), true);
            case SERVER_ERROR -> {
                Integer code = failure.code();
                yield code != null && code >= 4000 && code <= 4299 ? forCode(code, failure.message(), true)
                        : new RetryDecision(Action.IGNORE, problem(Reason.SERVER_ERROR, failure.message()), null,
                                false);
            }
            case PONG_TIMEOUT -> RetryDecision.of(Action.BACKOFF, problem(Reason.TIMEOUT, failure.message()));
            case AUTHORIZATION_FAILED -> forAuthorization(failure);
            case SUBSCRIPTION_REFUSED ->
                RetryDecision.of(Action.REFRESH_THEN_BACKOFF, problem(Reason.FORBIDDEN, failure.message()));
            case PROTOCOL_ERROR ->
                new RetryDecision(Action.BACKOFF, problem(Reason.NETWORK, failure.message()), null, false);
        };
    }

    /** A drop without a failure report before it. */
    static RetryDecision connectionLost() {
        return RetryDecision.of(Action.BACKOFF, problem(Reason.NETWORK, "The socket connection was lost"));
    }

    static RetryDecision forCode(@Nullable Integer code, String message, boolean decisive) {
        if (code != null && code >= 4000 && code <= 4099) {
            return new RetryDecision(Action.REFRESH_THEN_BACKOFF, problem(Reason.SERVER_ERROR, message), null,
                    decisive);
        } else if (code != null && code >= 4100 && code <= 4199) {
            return new RetryDecision(Action.BACKOFF, problem(Reason.SERVER_ERROR, message), null, decisive);
        } else if (code != null && code >= 4200 && code <= 4299) {
            return new RetryDecision(Action.IMMEDIATE, problem(Reason.SERVER_ERROR, message), null, decisive);
        }
        return new RetryDecision(Action.BACKOFF, problem(Reason.NETWORK, message), null, decisive);
    }

    private static RetryDecision forAuthorization(VmsSocketFailure failure) {
        Throwable cause = failure.cause();
        if (cause instanceof VmsApiException api) {
            if (api.getReason() == Reason.TOKEN_INVALID) {
                return RetryDecision.of(Action.TOKEN_INVALID, api);
            }
            return RetryDecision.of(api.getReason().isTransient() ? Action.BACKOFF : Action.REFRESH_THEN_BACKOFF,
                    api);
        }
        return RetryDecision.of(Action.BACKOFF, problem(Reason.OTHER, failure.message()));
    }

    private static @Nullable Duration clamp(@Nullable Duration retryAfter, Duration max) {
        if (retryAfter == null || retryAfter.isNegative()) {
            return null;
        }
        return retryAfter.compareTo(max) > 0 ? max : retryAfter;
    }

    private static VmsApiException problem(Reason reason, String message) {
        return new VmsApiException(reason, message);
    }
}
