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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.core.test.java.JavaTest;

/**
 * {@link IntercomRinging}: which events end which ringing call, and the time-out.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class IntercomRingingTest extends JavaTest {

    private static final Duration LONG = Duration.ofMinutes(5);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<Long> timedOut = new CopyOnWriteArrayList<>();
    private final IntercomRinging ringing = new IntercomRinging(scheduler, timedOut::add);

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    @Test
    void theSameCallEndsItAnotherCallDoesNot() {
        ringing.started(9002L, LONG);
        assertTrue(ringing.isRinging());
        assertEquals(9002L, ringing.ringingCall());
        assertFalse(ringing.ended(9003L), "another call's end");
        assertTrue(ringing.isRinging());
        assertTrue(ringing.ended(9002L));
        assertFalse(ringing.isRinging());
        assertNull(ringing.ringingCall());
        assertFalse(ringing.ended(9002L), "ended once");
    }

    @Test
    void anEndWithoutCallEndsWhateverRings() {
        ringing.started(9002L, LONG);
        assertTrue(ringing.ended(null));
        ringing.started(null, LONG);
        assertTrue(ringing.isRinging());
        assertNull(ringing.ringingCall(), "no id: nothing to reject");
        assertTrue(ringing.ended(9005L), "an unknown ringing call ends with any call's end");
    }

    @Test
    void theTimeOutReportsTheCallItWasSetFor() {
        ringing.started(9002L, Duration.ofMillis(100));
        waitForAssert(() -> assertEquals(List.of(9002L), timedOut));
        assertTrue(ringing.ended(9002L), "the handler ends it with the reported id");
    }

    @Test
    void aNewRingOrAnEndCancelsTheTimeOut() throws InterruptedException {
        // time-outs long enough that a busy machine still makes the next call before they run out
        ringing.started(9002L, Duration.ofSeconds(1));
        ringing.started(9003L, LONG);
        ringing.started(9004L, Duration.ofSeconds(1));
        assertTrue(ringing.ended(9004L));
        Thread.sleep(1500); // nothing may come: both short time-outs were cancelled
        assertEquals(List.of(), timedOut);
    }
}
