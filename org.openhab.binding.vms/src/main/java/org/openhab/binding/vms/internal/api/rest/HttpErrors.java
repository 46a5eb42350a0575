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

import static org.openhab.binding.vms.internal.api.model.VmsJsonFields.*;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.model.VmsJsonFields;
import org.openhab.binding.vms.internal.api.rest.dto.VmsSession;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Turns a non-2xx answer into a typed {@link VmsApiException} (docs/protocol.md, "Status codes"). Messages are for
 * users: they say what failed, the HTTP status and the server's own {@code message} (cleaned of secrets), never the raw
 * body.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class HttpErrors {

    /** Longest {@code Retry-After} we pass on; anything longer is a server mistake, not a plan. */
    static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private HttpErrors() {
    }

    /**
     * @param kind which call failed (login statuses mean different things)
     * @param action what we tried, for the message, e.g. {@code "read the camera list"}
     * @param secrets values that must not appear in the message
     */
    static VmsApiException forStatus(CallKind kind, String action, RestResponse response,
            Collection<@Nullable String> secrets) {
        int status = response.status();
        JsonObject body = parseObjectQuietly(response.body());
        String serverMessage = SecretRedactor.clean(serverMessage(body), secrets);
        String captchaMessage = SecretRedactor.clean(firstFieldError(body, "captcha"), secrets);
        String suffix = " (HTTP " + status + ")" + (serverMessage == null ? "" : ": " + serverMessage);
        boolean login = kind == CallKind.LOGIN;

        if ((status == 400 || status == 422) && (captchaMessage != null || hasFieldError(body, "captcha"))) {
            String detail = serverMessage != null ? serverMessage : captchaMessage;
            return error(Reason.CAPTCHA_REQUIRED,
                    "The server requires a captcha to log in (HTTP " + status + ")"
                            + (detail == null ? "" : ": " + detail),
                    status, detail, null);
        }
        if (login && (status == 401 || status == 422)) {
            return error(Reason.INVALID_CREDENTIALS, "Login failed: wrong login or password" + suffix, status,
                    serverMessage, null);
        }
        if (login && status == 419) {
            return tooManySessions(body, response.body(), serverMessage);
        }
        Duration retryAfter = parseRetryAfter(response.header("Retry-After"), Instant.now());
        switch (status) {
            case 400:
            case 422:
                return error(Reason.INVALID_REQUEST, "The server rejected the request to " + action + suffix, status,
                        serverMessage, null);
            case 401:
            case 419:
                // 419 outside login: Laravel's "page/session expired"; iOS calls it sessionExpired
                return error(Reason.TOKEN_INVALID, "The session is no longer valid (logged out or revoked), could not "
                        + action + suffix, status, serverMessage, null);
            case 403:
                return error(Reason.FORBIDDEN, "The account is not allowed to " + action + suffix, status,
                        serverMessage, null);
            case 404:
                return error(Reason.NOT_FOUND, "Could not " + action + ": not found on the server" + suffix, status,
                        serverMessage, null);
            case 409:
                return error(Reason.CLIENT_TOO_OLD,
                        "The server rejected this client as too old (force update); try other client name/version "
                                + "settings" + suffix,
                        status, serverMessage, null);
            case 429:
                return error(Reason.RATE_LIMITED, "Too many requests to the VMS server"
                        + retryHint(retryAfter) + ", could not " + action + suffix, status, serverMessage,
                        retryAfter);
            case 503:
                return error(Reason.MAINTENANCE, "The VMS server is under maintenance" + retryHint(retryAfter)
                        + ", could not " + action + suffix, status, serverMessage, retryAfter);
            default:
                break;
        }
        if (status >= 500) {
            return error(Reason.SERVER_ERROR, "The VMS server failed to " + action + suffix, status, serverMessage,
                    retryAfter);
        }
        if (status >= 300 && status < 400) {
            String location = SecretRedactor.clean(response.header("Location"), secrets);
            return error(Reason.UNEXPECTED_STATUS,
                    "The server redirected the request to " + action + " (HTTP " + status + ")"
                            + (location == null ? "" : " to " + location)
                            + "; check the server address (http/https, path)",
                    status, serverMessage, null);
        }
        return error(Reason.UNEXPECTED_STATUS, "Unexpected answer of the server, could not " + action + suffix, status,
                serverMessage, null);
    }

    private static VmsApiException error(Reason reason, String message, int status, @Nullable String serverMessage,
            @Nullable Duration retryAfter) {
        return new VmsApiException(reason, message, status, serverMessage, retryAfter);
    }

    private static String retryHint(@Nullable Duration retryAfter) {
        return retryAfter == null ? "" : " (retry in " + retryAfter.toSeconds() + " s)";
    }

    /** Reads the 419 body: an object with {@code sessions} and {@code sessions_limit}, or a bare array. */
    static VmsTooManySessionsException tooManySessions(@Nullable JsonObject body, String rawBody,
            @Nullable String serverMessage) {
        @Nullable
        JsonArray sessionArray = null;
        @Nullable
        Integer limit = null;
        @Nullable
        String key = null;
        @Nullable
        Integer captchaIn = null;
        if (body != null) {
            JsonElement sessions = body.get("sessions");
            sessionArray = sessions != null && sessions.isJsonArray() ? sessions.getAsJsonArray() : null;
            limit = toInt(optLong(body, "sessions_limit"));
            key = optString(body, "key");
            captchaIn = toInt(optLong(body, "captcha_will_required_in"));
        } else {
            JsonElement parsed = RestJson.parseQuietly(rawBody);
            sessionArray = parsed != null && parsed.isJsonArray() ? parsed.getAsJsonArray() : null;
        }
        List<VmsSession> sessions = new ArrayList<>();
        if (sessionArray != null) {
            for (JsonElement element : sessionArray) {
                if (sessions.size() >= VmsJsonFields.MAX_LIST_SIZE) {
                    break;
                }
                VmsSession session = element.isJsonObject() ? VmsSession.fromJson(element.getAsJsonObject()) : null;
                if (session != null) {
                    sessions.add(session);
                }
            }
        }
        String message = "Login refused: the account already has the maximum number of open sessions"
                + (limit == null ? "" : " (" + limit + ")") + "; close one or let the binding replace one (HTTP 419)"
                + (serverMessage == null ? "" : ": " + serverMessage);
        return new VmsTooManySessionsException(message, serverMessage, sessions, limit, key, captchaIn);
    }

    private static @Nullable Integer toInt(@Nullable Long value) {
        return value == null || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? null : value.intValue();
    }

    /**
     * {@code Retry-After} as seconds ({@code 120}) or HTTP date; negative results become zero, huge ones are capped
     * at {@link #MAX_RETRY_AFTER}. Null when missing or unreadable.
     */
    static @Nullable Duration parseRetryAfter(@Nullable String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        Duration result;
        if (value.chars().allMatch(Character::isDigit)) {
            Long seconds = VmsJsonFields.parseLong(value);
            // too many digits for a long: certainly "very long"
            result = seconds == null ? MAX_RETRY_AFTER : Duration.ofSeconds(seconds);
        } else {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                result = Duration.between(now, at);
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (result.isNegative()) {
            return Duration.ZERO;
        }
        return result.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : result;
    }

    private static @Nullable JsonObject parseObjectQuietly(String body) {
        JsonElement element = RestJson.parseQuietly(body);
        return element != null && element.isJsonObject() ? element.getAsJsonObject() : null;
    }

    /** {@code message} of a Laravel error body; else the first validation message. */
    private static @Nullable String serverMessage(@Nullable JsonObject body) {
        String message = optString(body, "message");
        if (message != null && !message.isBlank()) {
            return message;
        }
        JsonObject errors = optObject(body, "errors");
        if (errors != null) {
            for (String field : errors.keySet()) {
                String first = firstFieldError(body, field);
                if (first != null) {
                    return first;
                }
            }
        }
        return null;
    }

    private static boolean hasFieldError(@Nullable JsonObject body, String field) {
        JsonObject errors = optObject(body, "errors");
        return errors != null && errors.has(field);
    }

    private static @Nullable String firstFieldError(@Nullable JsonObject body, String field) {
        JsonElement value = opt(optObject(body, "errors"), field);
        if (value == null) {
            return null;
        }
        if (value.isJsonArray()) {
            for (JsonElement item : value.getAsJsonArray()) {
                String text = asString(item);
                if (text != null && !text.isBlank()) {
                    return text;
                }
            }
            return null;
        }
        String text = asString(value);
        return text == null || text.isBlank() ? null : text;
    }
}
