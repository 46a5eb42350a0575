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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * A caught-up event never moves the "last ..." states back; live events always show.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class NewestEventTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aLateEventOlderThanWhatIsShownDoesNotShow() {
        NewestEvent newest = new NewestEvent();
        assertTrue(newest.advance(T0.plusSeconds(60), false), "live");
        assertFalse(newest.advance(T0, true), "late and older");
        assertTrue(newest.advance(T0.plusSeconds(60), true), "late and as new");
        assertTrue(newest.advance(T0.plusSeconds(61), true), "late and newer");
        assertFalse(newest.advance(null, true), "late without a time cannot be placed");
        assertTrue(newest.advance(T0, false), "a live event always shows");
        assertFalse(newest.advance(T0.plusSeconds(30), true), "the live event did not move the newest back");
        newest.clear();
        assertTrue(newest.advance(T0, true), "another camera or intercom: nothing shown yet");
    }
}
