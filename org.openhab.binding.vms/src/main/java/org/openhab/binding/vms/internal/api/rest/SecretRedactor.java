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
import org.openhab.binding.vms.internal.api.VmsServerText;

/**
 * Cleans text that came from outside (server error messages, exception texts) before it goes into an exception
 * message or a log: masks every known secret (token, password, channel signature), then cleans it as all outside
 * text is ({@link VmsServerText}). A server echoing our password back must not put it into a Thing status.
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
        return VmsServerText.clean(result, MAX_LENGTH);
    }
}
