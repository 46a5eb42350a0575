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
package org.openhab.binding.vms.internal.api.connection;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Properties of the full-jitter back-off.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ReconnectBackoffTest {

    private static final Duration BASE = Duration.ofSeconds(1);
    private static final Duration CAP = Duration.ofMinutes(5);

    @Test
    void ceilingDoublesFromTheBaseUpToTheCap() {
        ReconnectBackoff backoff = new ReconnectBackoff(BASE, CAP, () -> 0.5);
        assertEquals(Duration.ofSeconds(1), backoff.ceiling(1));
        assertEquals(Duration.ofSeconds(2), backoff.ceiling(2));
        assertEquals(Duration.ofSeconds(4), backoff.ceiling(3));
        assertEquals(Duration.ofSeconds(256), backoff.ceiling(9));
        assertEquals(CAP, backoff.ceiling(10));
        assertEquals(CAP, backoff.ceiling(1000), "no overflow for long outages");
    }

    @Test
    void everyDelayLiesWithinZeroAndTheCeilingAndUsesTheWholeRange() {
        Random random = new Random(42);
        ReconnectBackoff backoff = new ReconnectBackoff(BASE, CAP, random::nextDouble);
        long[] max = new long[16];
        long[] min = new long[16];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (int round = 0; round < 400; round++) {
            backoff.reset();
            for (int n = 1; n < 16; n++) {
                long delay = backoff.nextDelay().toMillis();
                long ceiling = Math.min(CAP.toMillis(), BASE.toMillis() << (n - 1));
                assertTrue(delay >= 0 && delay <= ceiling, "failure " + n + ": " + delay + " > " + ceiling);
                max[n] = Math.max(max[n], delay);
                min[n] = Math.min(min[n], delay);
            }
        }
        for (int n = 1; n < 16; n++) {
            long ceiling = Math.min(CAP.toMillis(), BASE.toMillis() << (n - 1));
            // full jitter: both ends of [0, ceiling] are reached, not a narrow band around the middle
            assertTrue(max[n] > ceiling * 0.95, "failure " + n + " never came near its ceiling");
            assertTrue(min[n] < ceiling * 0.05, "failure " + n + " never came near zero");
        }
    }

    @Test
    void resetStartsOverAtTheBase() {
        ReconnectBackoff backoff = new ReconnectBackoff(BASE, CAP, () -> 0.999);
        backoff.nextDelay();
        backoff.nextDelay();
        assertEquals(Duration.ofMillis(3996), backoff.nextDelay());
        assertEquals(3, backoff.failures());

        backoff.reset();

        assertEquals(0, backoff.failures());
        assertEquals(Duration.ofMillis(999), backoff.nextDelay());
    }

    @Test
    void aCapBelowTheBaseIsRaisedToTheBase() {
        ReconnectBackoff backoff = new ReconnectBackoff(BASE, Duration.ofMillis(10), () -> 0.5);
        assertEquals(BASE, backoff.cap());
        assertEquals(Duration.ofMillis(500), backoff.nextDelay());
    }

    @Test
    void aBrokenRandomSourceCannotStretchTheDelay() {
        assertEquals(Duration.ZERO, new ReconnectBackoff(BASE, CAP, () -> Double.NaN).nextDelay());
        assertEquals(Duration.ZERO, new ReconnectBackoff(BASE, CAP, () -> 7).nextDelay());
        assertEquals(Duration.ZERO, new ReconnectBackoff(BASE, CAP, () -> -1).nextDelay());
    }
}
