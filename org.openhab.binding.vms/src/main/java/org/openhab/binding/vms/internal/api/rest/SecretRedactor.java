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

import java.util.Collection;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Cleans text that came from outside (server error messages, exception texts) before it goes into an exception
 * message or a log: removes every known secret (token, password, channel signature), control characters and
 * excessive length. A server echoing our password back must not put it into a Thing status.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class SecretRedactor {

    static final String MASK = "***";
    private static final int MAX_LENGTH = 300;

    private SecretRedactor() {
    }

    /** @return the text without secrets, control characters or excess length; null stays null */
    static @Nullable String clean(@Nullable String text, Collection<@Nullable String> secrets) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            // even a very short secret is masked: a mangled message is better than a leaked password
            if (secret != null && !secret.isEmpty()) {
                result = result.replace(secret, MASK);
            }
        }
        StringBuilder sb = new StringBuilder(Math.min(result.length(), MAX_LENGTH + 1));
        for (int i = 0; i < result.length() && sb.length() <= MAX_LENGTH; i++) {
            char c = result.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        String cleaned = sb.toString().trim();
        return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) + "…" : cleaned;
    }
}
