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
package org.openhab.core.common;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.test.java.JavaTest;

/**
 * {@link ThreadPoolManager}: shared named pools that their users cannot shut down.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ThreadPoolManagerTest extends JavaTest {

    @Test
    void poolsAreSharedByName() {
        ScheduledExecutorService pool = ThreadPoolManager.getScheduledPool("test-shared");

        assertSame(pool, ThreadPoolManager.getScheduledPool("test-shared"));
        assertNotSame(pool, ThreadPoolManager.getScheduledPool("test-other"));
        assertSame(ThreadPoolManager.getPool("test-plain"), ThreadPoolManager.getPool("test-plain"));
        assertTrue(ThreadPoolManager.getPoolNames().containsAll(List.of("test-shared", "test-other", "test-plain")));
        assertThrows(IllegalArgumentException.class, () -> ThreadPoolManager.getScheduledPool("test-plain"));
    }

    @Test
    void aSharedPoolIgnoresShutdown() {
        ScheduledExecutorService pool = ThreadPoolManager.getScheduledPool("test-unstoppable");
        pool.shutdown();
        pool.shutdownNow();
        AtomicReference<Thread> ran = new AtomicReference<>();

        pool.execute(() -> ran.set(Thread.currentThread()));

        assertFalse(pool.isShutdown());
        waitForAssert(() -> assertNotNull(ran.get()));
        assertTrue(ran.get().isDaemon());
        assertEquals("OH-test-unstoppable-1", ran.get().getName());
    }

    @Test
    void aSequentialExecutorRunsInOrderAndCanBeShutDown() throws InterruptedException {
        ScheduledExecutorService executor = ThreadPoolManager
                .getPoolBasedSequentialScheduledExecutorService("test-pool", "sequential");
        List<Integer> order = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            executor.schedule(() -> order.add(n), 0, TimeUnit.MILLISECONDS);
        }

        waitForAssert(() -> assertEquals(20, order.size()));
        for (int i = 0; i < 20; i++) {
            assertEquals(i, order.get(i));
        }
        executor.shutdown();
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
        ExecutorService plain = ThreadPoolManager.getPool("test-plain-run");
        AtomicReference<String> result = new AtomicReference<>();
        plain.execute(() -> result.set("done"));
        waitForAssert(() -> assertEquals("done", result.get()));
    }
}
