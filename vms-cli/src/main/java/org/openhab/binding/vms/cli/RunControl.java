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
package org.openhab.binding.vms.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What the main thread of a run waits for: a condition that the callbacks (on other threads) make true, a failure
 * they report, a stop request (Ctrl-C), or a deadline. Callbacks call {@link #changed()} after changing what a
 * condition reads; conditions are also re-checked every {@value #RECHECK_MILLIS} ms.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class RunControl {

    /** Conditions may also read state nobody signals (a simulator's), so they are re-checked this often. */
    private static final long RECHECK_MILLIS = 50;

    private final Object lock = new Object();
    private @Nullable String failure;
    /** Counts {@link #changed()} calls, so that a change during a condition's evaluation is not slept through. */
    private long version;
    private boolean stopRequested;

    /** The run cannot go on: {@code reason} is printed and the exit code is 1. The first failure wins. */
    public void fail(String reason) {
        synchronized (lock) {
            if (failure == null) {
                failure = reason;
            }
            version++;
            lock.notifyAll();
        }
    }

    /** Asks the run to end normally (Ctrl-C). */
    public void requestStop() {
        synchronized (lock) {
            stopRequested = true;
            version++;
            lock.notifyAll();
        }
    }

    /** Wakes the waiting thread to re-check its condition. */
    public void changed() {
        synchronized (lock) {
            version++;
            lock.notifyAll();
        }
    }

    public @Nullable String failure() {
        synchronized (lock) {
            return failure;
        }
    }

    public boolean stopRequested() {
        synchronized (lock) {
            return stopRequested;
        }
    }

    /**
     * Waits until {@code condition} holds, the run failed or was asked to stop, or {@code deadline} passed. The
     * condition is evaluated without holding any lock of this class, so it may take the locks of the objects it
     * reads (whose callbacks call {@link #changed()}) without risk of a deadlock.
     *
     * @param deadline null to wait without limit
     * @return whether {@code condition} holds
     */
    public boolean await(BooleanSupplier condition, @Nullable Instant deadline) throws InterruptedException {
        while (true) {
            long seen;
            synchronized (lock) {
                seen = version;
            }
            if (condition.getAsBoolean()) {
                return true;
            }
            synchronized (lock) {
                if (failure != null || stopRequested) {
                    return false;
                }
                long millis = deadline == null ? RECHECK_MILLIS
                        : Math.min(RECHECK_MILLIS, Duration.between(Instant.now(), deadline).toMillis());
                if (millis <= 0) {
                    break;
                }
                if (version == seen) {
                    lock.wait(millis);
                }
            }
        }
        return condition.getAsBoolean();
    }
}
