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
 * log lines nor flood them.
 * <p>
 * "Control" is the stricter of the two rules the binding once had: besides the ISO control characters (C0, DEL, C1),
 * Unicode's line and paragraph separators (U+2028, U+2029: a line break to many log viewers) and its invisible format
 * characters (bidirectional overrides such as U+202E, which make a viewer show text in another order than it was
 * logged, zero-width characters, U+FEFF) become spaces too. The decoder's own log cleaner turned everything beyond
 * ASCII into {@code ?}: stricter still, but it garbled the names a real account has (Cyrillic camera names), and the
 * characters that can mislead a reader are exactly the ones blanked here. The one cleaner of outside text: what a use needs beyond it (secrets masked, openHAB's
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
     * @return the text with control characters (see the class comment) as spaces, trimmed, at most {@code maxLength} characters (the last
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
            result.append(isControl(c) ? ' ' : c);
        }
        return cut ? result.append(CUT).toString() : result.toString();
    }

    /** What trimming removes: blanks, and control characters (which would become blanks). */
    private static boolean isBlank(char c) {
        return c <= ' ' || isControl(c);
    }

    /** ISO controls, line and paragraph separators, and format characters (bidi overrides, zero-width, BOM). */
    private static boolean isControl(char c) {
        if (c < 0x7f) {
            return c < ' '; // the common case: one comparison
        }
        if (Character.isISOControl(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT;
    }
}
