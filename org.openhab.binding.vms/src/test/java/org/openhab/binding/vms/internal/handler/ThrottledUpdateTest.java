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
 * {@code last-message} at a bounded rate: many values in a burst give the first at once and one trailing update with
 * the latest, nothing after stop().
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ThrottledUpdateTest extends JavaTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<Integer> sent = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    @Test
    void aBurstGivesTheFirstValueAtOnceAndTheLatestOnceAfterTheInterval() {
        ThrottledUpdate<Integer> update = new ThrottledUpdate<>(Duration.ofMillis(500), scheduler, sent::add);
        long start = System.nanoTime();
        for (int i = 1; i <= 10_000; i++) {
            update.offer(i);
        }
        long burstMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, sent.get(0));

        waitForAssert(() -> assertEquals(10_000, sent.get(sent.size() - 1)));
        // one update per started interval of the burst, plus the first and the trailing one
        assertTrue(sent.size() <= 2 + burstMillis / 500, "updates: " + sent.size() + " in " + burstMillis + " ms");
        assertEquals(sent.stream().sorted().toList(), sent, "never an older value after a newer one");
    }

    @Test
    void stopDropsThePendingValue() throws Exception {
        ThrottledUpdate<Integer> update = new ThrottledUpdate<>(Duration.ofSeconds(10), scheduler, sent::add);
        update.offer(1);
        update.offer(2); // within the interval: held back for the trailing update
        update.stop();
        update.offer(3);
        scheduler.submit(() -> null).get(); // whatever was due on the scheduler has run
        assertEquals(List.of(1), sent);
    }
}
