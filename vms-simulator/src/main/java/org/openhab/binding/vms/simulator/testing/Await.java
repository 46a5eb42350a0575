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

/**
 * Polling assertion in the manner of openHAB's {@code JavaTest.waitForAssert}: retries until the assertion holds or
 * the time is up, so that tests wait for a condition instead of sleeping. For tests that do not extend the stand-in's
 * {@code JavaTest}, which offers the same wait to its subclasses.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Await {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);
    private static final long POLL_MILLIS = 10;

    private Await() {
    }

    public static void waitForAssert(Runnable assertion) {
        waitForAssert(DEFAULT_TIMEOUT, assertion);
    }

    public static void waitForAssert(Duration timeout, Runnable assertion) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(POLL_MILLIS); // the polling interval, not a synchronisation
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
