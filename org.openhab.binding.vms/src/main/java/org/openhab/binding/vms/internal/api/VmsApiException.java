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
package org.openhab.binding.vms.internal.api;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Any failure talking to the VMS backend. Callers switch on {@link #getReason()}; the message is written for a user
 * (it may end up in a Thing status) and never contains a token, password or channel signature.
 * <p>
 * Some reasons come with a subclass that carries more data (e.g. the REST client's session-limit exception lists the
 * open sessions); the reason alone is always enough to decide what to do.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsApiException extends Exception {

    private static final long serialVersionUID = 2L;

    /** Why a call failed. {@link #isTransient()} says whether trying again later (unchanged) can help. */
    public enum Reason {
        /** Login refused: wrong login or password (HTTP 401/422 on login). */
        INVALID_CREDENTIALS(false),
        /** Login needs a captcha (HTTP 400/422 with an {@code errors.captcha} entry). */
        CAPTCHA_REQUIRED(false),
        /** Login refused because the account has too many open sessions (HTTP 419 on login). */
        TOO_MANY_SESSIONS(false),
        /** The bearer token is no longer valid (HTTP 401 on any call but login): log in again. */
        TOKEN_INVALID(false),
        /** The server considers this client too old (HTTP 409, "force update"). */
        CLIENT_TOO_OLD(false),
        /** The account lacks the permission for this call (HTTP 403). */
        FORBIDDEN(false),
        /** The camera, intercom or call does not exist (any more) (HTTP 404). */
        NOT_FOUND(false),
        /** The server rejected the request's input (HTTP 400/422 outside login). */
        INVALID_REQUEST(false),
        /** Too many requests (HTTP 429); see {@link VmsApiException#getRetryAfter()}. */
        RATE_LIMITED(true),
        /** The server is in maintenance (HTTP 503). */
        MAINTENANCE(true),
        /** The server failed (HTTP 500-502, 504 and above). */
        SERVER_ERROR(true),
        /** Any other unexpected HTTP status (redirects, unusual 4xx). */
        UNEXPECTED_STATUS(false),
        /** The server could not be reached (connection refused, unknown host, TLS failure, connection lost). */
        NETWORK(true),
        /** The server did not answer in time. */
        TIMEOUT(true),
        /** The server answered with a body we cannot use (not JSON, required field missing). */
        MALFORMED_RESPONSE(true),
        /** The calling thread was interrupted while waiting for the answer. */
        INTERRUPTED(true),
        /** Anything else. */
        OTHER(true);

        private final boolean transientFailure;

        Reason(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }

        /** @return true when repeating the same call later may succeed without the user changing anything */
        public boolean isTransient() {
            return transientFailure;
        }
    }

    private final Reason reason;
    private final int httpStatus;
    private final @Nullable String serverMessage;
    private final @Nullable Duration retryAfter;

    public VmsApiException(String message) {
        this(Reason.OTHER, message, null);
    }

    public VmsApiException(String message, @Nullable Throwable cause) {
        this(Reason.OTHER, message, cause);
    }

    public VmsApiException(Reason reason, String message) {
        this(reason, message, null);
    }

    public VmsApiException(Reason reason, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.httpStatus = 0;
        this.serverMessage = null;
        this.retryAfter = null;
    }

    /**
     * @param httpStatus the HTTP status that caused this failure
     * @param serverMessage the {@code message} field of the server's error body, already cleaned of secrets
     * @param retryAfter the server's {@code Retry-After}, when it sent one
     */
    public VmsApiException(Reason reason, String message, int httpStatus, @Nullable String serverMessage,
            @Nullable Duration retryAfter) {
        super(message);
        this.reason = reason;
        this.httpStatus = httpStatus;
        this.serverMessage = serverMessage;
        this.retryAfter = retryAfter;
    }

    public Reason getReason() {
        return reason;
    }

    /** @return the HTTP status behind this failure, or 0 when there was no HTTP answer */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** @return the server's own explanation ({@code message} of the error body), if it sent one */
    public @Nullable String getServerMessage() {
        return serverMessage;
    }

    /** @return how long the server asked us to wait ({@code Retry-After}), if it said so */
    public @Nullable Duration getRetryAfter() {
        return retryAfter;
    }
}
