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
package org.openhab.binding.vms.benchmarks.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The heap figure of the measuring programs (footprint, soak): heap in use after full collections.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Heap {

    private Heap() {
    }

    /** Heap in use after full collections, repeated until it stops shrinking. */
    public static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used >= previous - 64 * 1024) {
                return Math.min(used, previous);
            }
            previous = used;
        }
        return previous;
    }
}
