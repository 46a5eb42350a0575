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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Text from outside (server error messages, close reasons, event names, configuration values, exception texts) made
 * fit for a log line, an exception message or a Thing status: control characters become spaces, surrounding blanks
 * go, and the length is capped, a cut marked with {@value #CUT} within the cap. A hostile server can neither forge
 * log lines nor flood them. The one cleaner of outside text: what a use needs beyond it (secrets masked, openHAB's
 * status-argument syntax) is built on top of it.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsServerText {

    /** The cap of {@link #clean(String)}: a server message, a close reason, a name. */
    public static final int DEFAULT_MAX_LENGTH = 200;
    /** Marks text that was cut. */
    public static final char CUT = '…';

    private VmsServerText() {
    }

    /** {@link #clean(String, int)} with {@link #DEFAULT_MAX_LENGTH}. */
    public static String clean(@Nullable String text) {
        return clean(text, DEFAULT_MAX_LENGTH);
    }

    /**
     * @param maxLength the longest result, at least 1
     * @return the text with control characters as spaces, trimmed, at most {@code maxLength} characters (the last
     *         one {@value #CUT} when it was cut); empty for null
     */
    public static String clean(@Nullable String text, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1");
        }
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        boolean cut = end - start > maxLength;
        if (cut) {
            end = start + maxLength - 1;
            if (end > start && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // not half a character before the mark
            }
            while (end > start && isBlank(text.charAt(end - 1))) {
                end--;
            }
        }
        StringBuilder result = new StringBuilder(end - start + 1);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            result.append(Character.isISOControl(c) ? ' ' : c);
        }
        return cut ? result.append(CUT).toString() : result.toString();
    }

    /** What trimming removes: blanks, and control characters (which would become blanks). */
    private static boolean isBlank(char c) {
        return c <= ' ' || Character.isISOControl(c);
    }
}
