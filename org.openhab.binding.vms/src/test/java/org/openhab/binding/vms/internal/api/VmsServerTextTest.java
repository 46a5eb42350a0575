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

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The one cleaner of outside text: control characters, surrounding blanks and length, whatever a server sends.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsServerTextTest {

    @Test
    void controlCharactersBecomeSpacesSoNoLineCanBeForged() {
        assertEquals("closed  [INFO] fake line", VmsServerText.clean("closed\r\n[INFO] fake line"));
        assertEquals("a b c", VmsServerText.clean("a\u0000b\u009bc"));
        assertEquals("Привет, мир", VmsServerText.clean("Привет, мир"), "text beyond ASCII is kept");
    }

    @Test
    void separatorsAndInvisibleFormatCharactersBecomeSpacesToo() {
        assertEquals("a b c", VmsServerText.clean("a\u2028b\u2029c"), "Unicode line breaks forge lines too");
        assertEquals("cam gpj.exe", VmsServerText.clean("cam\u202Egpj.exe"), "a bidi override reorders the line");
        assertEquals("a b", VmsServerText.clean("\uFEFFa\u200Bb\u2066"), "zero-width and isolates");
        assertEquals("caf\u00e9 \uD83D\uDE00", VmsServerText.clean("caf\u00e9 \uD83D\uDE00"), "letters and emoji stay");
    }

    @Test
    void surroundingBlanksGoAndNothingLeftIsEmpty() {
        assertEquals("reason", VmsServerText.clean(" \t reason \n"));
        assertEquals("", VmsServerText.clean(" \r\n\t "));
        assertEquals("", VmsServerText.clean(null));
    }

    @Test
    void longTextIsCutWithinTheCapAndMarked() {
        String cleaned = VmsServerText.clean("x".repeat(100_000));
        assertEquals(VmsServerText.DEFAULT_MAX_LENGTH, cleaned.length());
        assertEquals("x".repeat(VmsServerText.DEFAULT_MAX_LENGTH - 1) + VmsServerText.CUT, cleaned);
        assertEquals("abcd", VmsServerText.clean("abcd", 4), "exactly the cap is not cut");
        assertEquals("abc" + VmsServerText.CUT, VmsServerText.clean("abcde", 4));
        assertEquals("ab" + VmsServerText.CUT, VmsServerText.clean("ab  cdef", 5), "no blank before the mark");
        assertEquals("abc", VmsServerText.clean("abc\n\n\n\n\n\n", 4), "trailing blanks are not a cut");
        assertEquals(String.valueOf(VmsServerText.CUT), VmsServerText.clean("abc", 1));
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String faces = "\uD83D\uDE00".repeat(10); // ten characters outside the BMP, two chars each
        String cleaned = VmsServerText.clean(faces, 6);
        assertEquals("\uD83D\uDE00\uD83D\uDE00" + VmsServerText.CUT, cleaned);
    }

    @Test
    void aCapBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> VmsServerText.clean("x", 0));
    }
}
