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
package org.openhab.binding.vms.benchmarks.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.simulator.testing.Heap;
import org.openhab.binding.vms.simulator.runtime.VolatileStorageService;
import org.openhab.core.storage.Storage;

import com.google.gson.Gson;
import com.sun.management.UnixOperatingSystemMXBean;

/**
 * Takes a {@link SoakSample}: heap after GC ({@link Heap}), threads (all, and the binding's {@code OH-*}), open file
 * descriptors, and what the binding keeps in the storage service.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class SoakSampler {

    private static final Gson GSON = new Gson();

    private final VolatileStorageService storage;
    private final long start = System.nanoTime();

    SoakSampler(VolatileStorageService storage) {
        this.storage = storage;
    }

    SoakSample sample(long published, long delivered, int reconnects) {
        long heap = Heap.usedAfterGc();
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        int threads = 0;
        int binding = 0;
        for (ThreadInfo info : threadBean.getThreadInfo(threadBean.getAllThreadIds())) {
            if (info != null) {
                threads++;
                if (info.getThreadName().startsWith("OH-")) {
                    binding++;
                }
            }
        }
        int entries = 0;
        long bytes = 0;
        for (String name : storage.storageNames()) {
            Storage<Object> one = storage.getStorage(name);
            for (String key : one.getKeys()) {
                entries++;
                bytes += utf8(GSON.toJson(key)) + utf8(GSON.toJson(one.get(key)));
            }
        }
        return new SoakSample((System.nanoTime() - start) / 60e9, heap, threads, binding, fileDescriptors(), entries,
                bytes, published, delivered, reconnects, load());
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static long fileDescriptors() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix) {
            return unix.getOpenFileDescriptorCount();
        }
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** The one-minute load average, or -1 where the system has none. */
    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
