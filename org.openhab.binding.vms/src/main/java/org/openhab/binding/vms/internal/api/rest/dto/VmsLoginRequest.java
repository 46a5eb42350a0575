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
package org.openhab.binding.vms.internal.api.rest.dto;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What {@code POST token} sends (docs/protocol.md, "Login"). Absent optional fields are omitted from the JSON body (iOS
 * style). {@link #toString()} never shows the password.
 *
 * @param captcha the text the user read from the captcha image; only together with {@code captchaKey}
 * @param captchaKey the {@code key} of {@code GET captcha}
 * @param sessionId the session to replace after an HTTP 419 (do not send the captcha again then)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsLoginRequest(String login, String password, @Nullable String captcha, @Nullable String captchaKey,
        @Nullable String sessionId) {

    public static VmsLoginRequest of(String login, String password) {
        return new VmsLoginRequest(login, password, null, null, null);
    }

    /** @return this request, repeated to replace the given existing session (after HTTP 419) */
    public VmsLoginRequest replacingSession(String sessionIdToDrop) {
        return new VmsLoginRequest(login, password, null, null, sessionIdToDrop);
    }

    /** @return this request with the captcha answer */
    public VmsLoginRequest withCaptcha(String captchaText, String key) {
        return new VmsLoginRequest(login, password, captchaText, key, sessionId);
    }

    @Override
    public String toString() {
        return "VmsLoginRequest[login=" + login + ", password=***, captcha=" + (captcha == null ? "none" : "***")
                + ", sessionId=" + sessionId + "]";
    }
}
