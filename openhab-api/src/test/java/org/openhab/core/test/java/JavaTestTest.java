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
package org.openhab.core.test.java;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The polling waits of {@link JavaTest}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class JavaTestTest extends JavaTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void waitForAssertRetriesUntilAnotherThreadMakesItPass() {
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger tries = new AtomicInteger();
        waitForAssert(() -> {
            // scheduled at the first try: scheduled before it, a busy machine could run it before the first try
            if (tries.incrementAndGet() == 1) {
                executor.schedule(() -> done.set(true), 200, TimeUnit.MILLISECONDS);
            }
            assertTrue(done.get());
        });

        assertTrue(tries.get() > 1, "tries: " + tries.get());
    }

    @Test
    void waitForAssertReportsTheFailureAfterTheTimeout() {
        long start = System.nanoTime();
        AtomicBoolean beforeLastCall = new AtomicBoolean();

        AssertionError error = assertThrows(AssertionError.class,
                () -> waitForAssert(() -> fail("never true"), () -> beforeLastCall.set(true), 300, 20));

        assertEquals("never true", error.getMessage());
        assertTrue(beforeLastCall.get());
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= 300);
        assertThrows(AssertionError.class, () -> waitForAssert(() -> fail("x"), 100, 20));
    }

    @Test
    void waitForAssertWithSupplierReturnsTheValue() {
        AtomicInteger value = new AtomicInteger();
        executor.schedule(() -> value.set(42), 100, TimeUnit.MILLISECONDS);

        int result = waitForAssert(() -> {
            assertNotEquals(0, value.get());
            return value.get();
        });

        assertEquals(42, result);
    }

    @Test
    void waitForReportsWhetherTheConditionBecameTrue() {
        AtomicBoolean done = new AtomicBoolean();
        executor.schedule(() -> done.set(true), 100, TimeUnit.MILLISECONDS);

        assertTrue(waitFor(done::get));
        assertFalse(waitFor(() -> false, 150, 20));
    }
}
