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
package org.openhab.binding.vms.simulator.soketi;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Polling assertion for asynchronous results: retries the assertion until it passes or the time is up, then rethrows
 * its last failure.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class WaitForAssert {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final long POLL_INTERVAL_MILLIS = 20;

    private WaitForAssert() {
    }

    static void waitForAssert(Runnable assertion) {
        waitForAssert(DEFAULT_TIMEOUT, assertion);
    }

    static void waitForAssert(Duration timeout, Runnable assertion) {
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
                // the poll interval between two checks; the result itself is what we wait for
                Thread.sleep(POLL_INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }
}
