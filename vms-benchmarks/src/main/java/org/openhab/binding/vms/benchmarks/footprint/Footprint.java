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
package org.openhab.binding.vms.benchmarks.footprint;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.benchmarks.binding.ConnectedBridge;
import org.openhab.binding.vms.benchmarks.harness.Figure;
import org.openhab.binding.vms.benchmarks.harness.FigureFile;
import org.openhab.binding.vms.simulator.testing.Heap;
import org.openhab.binding.vms.benchmarks.harness.Format;
import org.openhab.binding.vms.simulator.soketi.SoketiServer;

import com.sun.management.OperatingSystemMXBean;

/**
 * Footprint of a connected account bridge with 1,000 camera Things (a simulated VMS whose account has those cameras,
 * events through soketi):
 * <ul>
 * <li>retained heap: heap in use after full GCs with the bridge connected, minus the same before the bridge was
 * created (the simulated VMS, soketi's client side and the started HTTP client, which openHAB shares between
 * bindings, are in both);</li>
 * <li>CPU used while idle: over {@code vms.footprint.idleSeconds} (60) s after the bridge has settled, the CPU time
 * of the binding's threads (named {@code OH-...}: its connection, socket and scheduler threads), and of the whole
 * process (which also holds the simulated VMS, JIT and GC).</li>
 * </ul>
 * The Things come from the openHAB stand-in and carry no channels, so the openHAB side of a real installation (its
 * Thing and channel objects, items, links) is not in the figure; the binding's own state is. Argument: the output
 * file.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Footprint {

    private static final String PART = "footprint";
    private static final int THINGS = Integer.getInteger("vms.footprint.things", 1000);
    private static final long IDLE_SECONDS = Long.getLong("vms.footprint.idleSeconds", 60);
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);

    private Footprint() {
    }

    public static void main(String[] args) throws Exception {
        Path output = FigureFile.output(args, PART);
        List<Figure> figures;
        try (SoketiServer soketi = new SoketiServer("4243", "vms-app-key", "bench-secret",
                Path.of("target", "soketi"))) {
            soketi.start();
            try (ConnectedBridge bridge = ConnectedBridge.onSoketi(soketi, THINGS)) {
                long before = Heap.usedAfterGc();
                bridge.connect(ConnectedBridge.FIRST_EXTRA_CAMERA, THINGS, CONNECT_TIMEOUT);
                LockSupport.parkNanos(SETTLE.toNanos());
                long after = Heap.usedAfterGc();
                long retained = after - before;
                figures = new ArrayList<>(List.of(Figure.info(PART,
                        "retained heap, connected bridge with " + Format.number(THINGS) + " camera Things",
                        Format.number(retained / 1024.0 / 1024.0) + " MiB",
                        String.format("%s bytes per Thing; heap after full GC %s MiB before the bridge, %s MiB with it",
                                Format.number((double) retained / THINGS), Format.number(before / 1048576.0),
                                Format.number(after / 1048576.0)))));
                figures.addAll(idleCpu(bridge));
            }
        }
        FigureFile.write(output, figures);
        System.exit(0); // pusher-java-client and Jetty may leave non-daemon threads behind
    }

    private static List<Figure> idleCpu(ConnectedBridge bridge) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<Long, Long> threadCpuBefore = bindingThreadCpu(threads);
        long processBefore = os.getProcessCpuTime();
        long wallBefore = System.nanoTime();
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(IDLE_SECONDS));
        long wall = System.nanoTime() - wallBefore;
        long process = os.getProcessCpuTime() - processBefore;
        long binding = 0;
        for (Map.Entry<Long, Long> entry : bindingThreadCpu(threads).entrySet()) {
            // a thread that started during the window counts from zero
            binding += entry.getValue() - threadCpuBefore.getOrDefault(entry.getKey(), 0L);
        }
        double seconds = wall / 1e9;
        String still = "afterwards " + bridge;
        return List.of(
                Figure.info(PART, "CPU of the binding's threads, idle connected bridge, " + IDLE_SECONDS + " s",
                        Format.number(binding / 1e6) + " ms",
                        String.format("%s%% of one core; threads named OH-*; %s", Format.number(
                                100.0 * binding / wall), still)),
                Figure.info(PART, "CPU of the whole process, idle connected bridge, " + IDLE_SECONDS + " s",
                        Format.number(process / 1e6) + " ms",
                        String.format("%s%% of one core over %s s; includes the simulated VMS, JIT and GC",
                                Format.number(100.0 * process / wall), Format.number(seconds))));
    }

    /** CPU time so far of every live thread named {@code OH-...}, by thread id. */
    private static Map<Long, Long> bindingThreadCpu(ThreadMXBean threads) {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("OH-")) {
                long time = threads.getThreadCpuTime(info.getThreadId());
                if (time >= 0) {
                    cpu.put(info.getThreadId(), time);
                }
            }
        }
        return cpu;
    }
}
