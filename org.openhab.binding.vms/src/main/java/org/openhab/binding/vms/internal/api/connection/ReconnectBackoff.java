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

import java.time.Duration;
import java.util.function.DoubleSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Exponential back-off with full jitter: after the n-th consecutive failure (n from 1) wait a uniformly random time
 * in {@code [0, min(cap, base * 2^(n-1))]}. Full jitter spreads the reconnects of many clients after a server
 * restart, and the cap bounds how long a recovered server stays unused. Not thread-safe (the connection holds it
 * under its lock).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ReconnectBackoff {

    // 2^30 seconds is decades: no cap is that large, and the shift cannot overflow
    private static final int MAX_EXPONENT = 30;

    private final Duration base;
    private final Duration cap;
    private final DoubleSupplier random;
    private int failures;

    ReconnectBackoff(Duration base, Duration cap, DoubleSupplier random) {
        this.base = base;
        this.cap = cap.compareTo(base) < 0 ? base : cap;
        this.random = random;
    }

    /** Counts a failure and returns the wait before the next attempt. */
    Duration nextDelay() {
        failures++;
        return delayFor(failures);
    }

    /** The upper bound of the wait after the n-th consecutive failure: {@code min(cap, base * 2^(n-1))}. */
    Duration ceiling(int failure) {
        int exponent = Math.min(Math.max(failure - 1, 0), MAX_EXPONENT);
        long baseMillis = base.toMillis();
        long capMillis = cap.toMillis();
        long ceiling = baseMillis > (capMillis >> exponent) ? capMillis : baseMillis << exponent;
        return Duration.ofMillis(Math.min(ceiling, capMillis));
    }

    Duration delayFor(int failure) {
        double r = random.getAsDouble();
        if (!(r >= 0) || r >= 1) { // also catches NaN
            r = 0;
        }
        return Duration.ofMillis((long) (ceiling(failure).toMillis() * r));
    }

    /** Back to the first step; called once the connection is up (both channels subscribed). */
    void reset() {
        failures = 0;
    }

    int failures() {
        return failures;
    }

    Duration cap() {
        return cap;
    }
}
