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

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.sun.management.GcInfo;

/**
 * The one heap figure of the measuring programs (footprint, soak) and of the tests that bound memory: heap in use
 * after full collections.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Heap {

    private Heap() {
    }

    /** Heap in use after full collections, repeated until it stops shrinking. */
    public static long usedAfterGc() {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long used = afterOneGc();
            if (used >= previous - 64 * 1024) {
                return Math.min(used, previous);
            }
            previous = used;
        }
        return previous;
    }

    /**
     * One {@code System.gc()} and what the heap held when it ended, as the collector reports it. Reading the heap's
     * usage after the call instead would count what other threads allocated since (a re-read of 1,000 Things
     * allocates tens of MiB in a fraction of a second), which is not what the process keeps.
     */
    private static long afterOneGc() {
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        Map<String, Long> counts = collectors.stream()
                .collect(Collectors.toMap(GarbageCollectorMXBean::getName, GarbageCollectorMXBean::getCollectionCount));
        System.gc();
        LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        long least = Long.MAX_VALUE;
        for (GarbageCollectorMXBean collector : collectors) {
            if (collector.getCollectionCount() > counts.getOrDefault(collector.getName(), 0L)
                    && collector instanceof com.sun.management.GarbageCollectorMXBean details) {
                GcInfo last = details.getLastGcInfo();
                if (last != null) {
                    long used = 0;
                    for (Map.Entry<String, MemoryUsage> pool : last.getMemoryUsageAfterGc().entrySet()) {
                        used += heapPools.contains(pool.getKey()) ? pool.getValue().getUsed() : 0;
                    }
                    least = Math.min(least, used);
                }
            }
        }
        // a JVM whose collectors do not report: what the heap holds now
        return least != Long.MAX_VALUE ? least : ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
