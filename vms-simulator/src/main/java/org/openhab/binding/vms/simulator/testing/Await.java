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
package org.openhab.binding.vms.simulator.testing;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.test.java.JavaTest;

/**
 * openHAB's {@link JavaTest#waitForAssert} for code that cannot extend {@link JavaTest}: test beds shared by several
 * tests and the benchmarks. Tests extend {@code JavaTest}, as openHAB's do; both wait the same way, since this class
 * only hands the assertion to {@code JavaTest}'s own loop (retried while it throws an {@link Error}, the time slept
 * counted against the time-out, then run a last time so that its failure is reported).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Await {

    private static final Waiter WAITER = new Waiter();

    private Await() {
    }

    /** Waits as {@code JavaTest.waitForAssert(assertion)} does: up to 10 s, trying every 50 ms. */
    public static void waitForAssert(Runnable assertion) {
        WAITER.await(assertion, null);
    }

    /** Waits up to {@code timeout}, trying every 50 ms. */
    public static void waitForAssert(Duration timeout, Runnable assertion) {
        WAITER.await(assertion, timeout);
    }

    /** JavaTest's waits are protected: a subclass hands them out. */
    private static final class Waiter extends JavaTest {
        void await(Runnable assertion, @Nullable Duration timeout) {
            waitForAssert(assertion, timeout == null ? DFL_TIMEOUT : timeout.toMillis(), DFL_SLEEP_TIME);
        }
    }
}
