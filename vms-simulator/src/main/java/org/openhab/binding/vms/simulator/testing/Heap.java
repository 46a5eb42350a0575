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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The one heap figure of the measuring programs (footprint, soak) and of the tests that bound memory: heap in use
 * after full collections.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Heap {

    private static final ExplicitCollections EXPLICIT = new ExplicitCollections();

    private Heap() {
    }

    /** Heap in use after full collections, repeated until it stops shrinking. */
    public static long usedAfterGc() {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long used = afterOneGc();
            if (used < 0) {
                continue; // no collection ran: a thread held the GC locker (native code on a Java array)
            }
            if (used >= previous - 64 * 1024) {
                return Math.min(used, previous);
            }
            previous = used;
        }
        // the collectors never reported: what the heap holds now
        return previous != Long.MAX_VALUE ? previous
                : ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * One {@code System.gc()} and what the heap held when it ended, as the collector reports it for a collection
     * caused by that call. Reading the heap's usage after the call instead would count what other threads allocated
     * since (a re-read of 1,000 Things allocates tens of MiB in a fraction of a second), and a collection with
     * another cause (a young one) leaves the old generation's garbage in; neither is what the process keeps.
     *
     * @return the bytes in use when the collection ended, or -1 when none ran: {@code System.gc()} is skipped while
     *         a thread holds the GC locker (the JDK's JPEG encoder works on Java arrays in native code)
     */
    private static long afterOneGc() {
        long before = EXPLICIT.count.get();
        System.gc();
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (EXPLICIT.count.get() == before && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos()); // the collectors report asynchronously
        }
        return EXPLICIT.count.get() == before ? -1 : EXPLICIT.used;
    }

    /** Listens to every collector's reports and keeps the heap in use after the last {@code System.gc()}. */
    private static final class ExplicitCollections implements NotificationListener {
        final AtomicLong count = new AtomicLong();
        volatile long used;
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());

        ExplicitCollections() {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                }
            }
        }

        @Override
        public void handleNotification(@Nullable Notification notification, @Nullable Object handback) {
            if (notification == null
                    || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())
                    || !(notification.getUserData() instanceof CompositeData data)) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(data);
            if (!"System.gc()".equals(info.getGcCause())) {
                return;
            }
            long bytes = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                bytes += heapPools.contains(pool.getKey()) ? pool.getValue().getUsed() : 0;
            }
            used = bytes;
            count.incrementAndGet();
        }
    }
}
