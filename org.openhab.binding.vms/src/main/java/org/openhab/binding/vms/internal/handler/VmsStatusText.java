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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsServerText;

/**
 * The status descriptions of all Things, as {@code @text} keys of OH-INF/i18n/vms.properties. Keys whose text has a
 * {@code {0}} placeholder are used with {@link #withArgument(String, String, String)}; the descriptor test checks that
 * every key written here exists.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsStatusText {

    public static final String MISSING_BASE_URL = "@text/offline.conf-error-missing-base-url";
    public static final String INVALID_BASE_URL = "@text/offline.conf-error-invalid-base-url";
    public static final String INVALID_SOCKET_OVERRIDE = "@text/offline.conf-error-invalid-socket-override";
    public static final String MISSING_CREDENTIALS = "@text/offline.conf-error-missing-credentials";
    public static final String WRONG_CREDENTIALS = "@text/offline.conf-error-wrong-credentials";
    public static final String CAPTCHA_REQUIRED = "@text/offline.conf-error-captcha-required";
    /** {0} = the active sessions. */
    public static final String TOO_MANY_SESSIONS = "@text/offline.conf-error-too-many-sessions";
    /** Too many sessions, and the server listed none. */
    public static final String TOO_MANY_SESSIONS_UNLISTED = "@text/offline.conf-error-too-many-sessions-unlisted";
    public static final String CLIENT_TOO_OLD = "@text/offline.conf-error-client-too-old";
    public static final String INVALID_CLIENT = "@text/offline.conf-error-invalid-client";
    public static final String PLAIN_HTTP = "@text/offline.conf-error-plain-http";
    public static final String PLAIN_SOCKET = "@text/offline.conf-error-plain-socket";
    public static final String INVALID_TRUSTED_CERTIFICATE = "@text/offline.conf-error-invalid-trusted-certificate";
    public static final String CERTIFICATE_UNTRUSTED = "@text/offline.comm-error-certificate";
    public static final String CERTIFICATE_HOST_NAME = "@text/offline.comm-error-certificate-host-name";
    public static final String HTTP_CLIENT_FAILED = "@text/offline.init-error-http-client";
    /** {0} = seconds to wait. */
    public static final String RATE_LIMITED = "@text/offline.comm-error-rate-limited";
    public static final String MAINTENANCE = "@text/offline.comm-error-maintenance";
    public static final String SERVER_ERROR = "@text/offline.comm-error-server-error";
    public static final String NETWORK = "@text/offline.comm-error-network";
    public static final String SOCKET_LOST = "@text/offline.comm-error-socket-lost";
    public static final String CHANNEL_AUTH_FAILED = "@text/offline.comm-error-channel-auth-failed";
    /** {0} = the reason the server gave. */
    public static final String LOGGED_OUT = "@text/offline.comm-error-logged-out";
    /** The session ended and the server gave no reason. */
    public static final String LOGGED_OUT_NO_REASON = "@text/offline.comm-error-logged-out-no-reason";
    public static final String CAMERA_NOT_FOUND = "@text/offline.gone-camera-not-found";
    public static final String INTERCOM_DELETED = "@text/offline.gone-intercom-deleted";
    public static final String BRIDGE_OFFLINE = "@text/offline.bridge-offline";
    public static final String INVALID_CAMERA_ID = "@text/offline.conf-error-invalid-camera-id";
    public static final String INVALID_INTERCOM_ID = "@text/offline.conf-error-invalid-intercom-id";

    /** Longest argument passed on; the server's texts are not ours to trust. */
    static final int MAX_ARGUMENT_LENGTH = 400;

    private VmsStatusText() {
    }

    /**
     * {@code key ["argument"]}, or {@code withoutArgument} when nothing is left of the argument once it is made safe
     * ({@link #argument(String)}): openHAB drops an empty argument and would show the placeholder as a literal
     * {@code {0}}.
     *
     * @param key a key whose text has one placeholder
     * @param withoutArgument a key without placeholder saying the same without the detail
     */
    public static String withArgument(String key, @Nullable String argument, String withoutArgument) {
        String safe = argument(argument);
        return safe.isEmpty() ? withoutArgument : key + " [\"" + safe + "\"]";
    }

    /**
     * The argument such that openHAB's status localisation reads it back whole and as text. openHAB takes everything
     * after the key, removes every {@code "}, {@code [} and {@code ]}, splits the rest on every comma, trims the
     * pieces, drops empty ones and translates one that starts with {@code @text/}. So the text is first cleaned as
     * all outside text is ({@link VmsServerText}, cut to {@link #MAX_ARGUMENT_LENGTH}); then commas become
     * semicolons, double quotes single ones, brackets parentheses; and an argument that would start with
     * {@code @text/} is put in single quotes. The server's texts are not ours to trust.
     *
     * @return the safe argument, empty when nothing is left
     */
    static String argument(@Nullable String raw) {
        String clean = VmsServerText.clean(raw, MAX_ARGUMENT_LENGTH);
        StringBuilder safe = new StringBuilder(clean.length());
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            safe.append(switch (c) {
                case ',' -> ';';
                case '"' -> '\'';
                case '[' -> '(';
                case ']' -> ')';
                default -> c;
            });
        }
        String argument = safe.toString();
        return argument.startsWith("@text/") ? "'" + argument + "'" : argument;
    }
}
