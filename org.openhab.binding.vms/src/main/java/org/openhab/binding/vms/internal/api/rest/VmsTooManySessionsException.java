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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.rest.dto.VmsLoginRequest;
import org.openhab.binding.vms.internal.api.rest.dto.VmsSession;

/**
 * Login refused with HTTP 419: the account has too many open sessions (docs/protocol.md, "Too many sessions"). Its
 * reason is always {@link VmsApiException.Reason#TOO_MANY_SESSIONS}. To proceed, repeat the login with
 * {@link VmsLoginRequest#replacingSession(String)} naming one of {@link #getSessions()}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsTooManySessionsException extends VmsApiException {

    private static final long serialVersionUID = 1L;

    private final List<VmsSession> sessions;
    private final @Nullable Integer sessionsLimit;
    private final @Nullable String externalLoginKey;
    private final @Nullable Integer captchaWillBeRequiredIn;

    public VmsTooManySessionsException(String message, @Nullable String serverMessage, List<VmsSession> sessions,
            @Nullable Integer sessionsLimit, @Nullable String externalLoginKey,
            @Nullable Integer captchaWillBeRequiredIn) {
        super(Reason.TOO_MANY_SESSIONS, message, 419, serverMessage, null);
        this.sessions = List.copyOf(sessions);
        this.sessionsLimit = sessionsLimit;
        this.externalLoginKey = externalLoginKey;
        this.captchaWillBeRequiredIn = captchaWillBeRequiredIn;
    }

    /** @return the open sessions the server listed (may be empty when the body could not be read) */
    public List<VmsSession> getSessions() {
        return sessions;
    }

    /** @return {@code sessions_limit}, when the server sent it (not in the bare-array form) */
    public @Nullable Integer getSessionsLimit() {
        return sessionsLimit;
    }

    /** @return {@code key}: when present, iOS continues through the external-login callback with it instead */
    public @Nullable String getExternalLoginKey() {
        return externalLoginKey;
    }

    /** @return {@code captcha_will_required_in}, when the server sent it */
    public @Nullable Integer getCaptchaWillBeRequiredIn() {
        return captchaWillBeRequiredIn;
    }
}
