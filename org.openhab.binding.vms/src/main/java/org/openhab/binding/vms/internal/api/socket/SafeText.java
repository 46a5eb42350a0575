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
package org.openhab.binding.vms.internal.api.socket;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Makes server-supplied text (error messages, close reasons, event names) fit for a log line or status text:
 * control characters replaced, length capped, so a hostile server cannot forge log lines or flood them.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class SafeText {

    static final int MAX_LENGTH = 200;

    private SafeText() {
    }

    static String of(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder result = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
        for (int i = 0; i < text.length() && result.length() < MAX_LENGTH; i++) {
            char c = text.charAt(i);
            result.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (text.length() > MAX_LENGTH) {
            result.append('…');
        }
        return result.toString();
    }
}
