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
package org.openhab.binding.vms.internal.api.event;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The nesting bound of {@link SafeJson}, on both sides of its shortcut (few opening brackets: no scan needed).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class SafeJsonTest {

    private static final int LIMIT = SafeJson.MAX_DEPTH;

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void nestingUpToTheLimitIsAcceptedAndBeyondIsRefused() {
        assertFalse(SafeJson.depthExceeds(nested(LIMIT), LIMIT));
        assertTrue(SafeJson.depthExceeds(nested(LIMIT + 1), LIMIT));
        assertTrue(SafeJson.depthExceeds("{\"a\":" + nested(LIMIT) + "}", LIMIT), "objects and arrays both count");
    }

    @Test
    void manyBracketsSideBySideAreNotDeep() {
        String wide = "[" + "{},[],".repeat(200) + "{}]";
        assertFalse(SafeJson.depthExceeds(wide, LIMIT));
    }

    @Test
    void bracketsInsideStringsAreText() {
        String inString = "{\"t\":\"" + "[{".repeat(200) + "\\\"" + "\"}";
        assertFalse(SafeJson.depthExceeds(inString, LIMIT));
        assertDoesNotThrow(() -> SafeJson.parse(inString));
    }

    @Test
    void tooDeepInputIsRefusedByParse() {
        SafeJson.RefusedException refused = assertThrows(SafeJson.RefusedException.class,
                () -> SafeJson.parse(nested(LIMIT + 1)));
        assertEquals("data nested too deeply", refused.getMessage());
    }
}
