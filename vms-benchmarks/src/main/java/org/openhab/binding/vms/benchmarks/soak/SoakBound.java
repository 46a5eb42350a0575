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

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.benchmarks.harness.Format;

/**
 * How much one sampled quantity may grow over its warm-up baseline (the first sample after the warm-up). Why these
 * numbers: see the root README, "Reliability", soak.
 *
 * @param title what is sampled
 * @param unit its unit in the plot
 * @param limit the growth allowed, in that unit
 * @param value the quantity of a sample, in that unit
 * @param extra a second series drawn in the same panel (not bounded), or null
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
record SoakBound(String title, String unit, double limit, ToDoubleFunction<SoakSample> value,
        @Nullable Series extra) {

    /** A further series of a panel. */
    record Series(String name, ToDoubleFunction<SoakSample> value) {
    }

    /**
     * Heap after GC +16 MiB: the connection's de-duplication (2,048 ids), event queue (1,000 events) and the Things'
     * states are bounded and filled during the warm-up; a leak of even 20 bytes per message would add 19 MiB over
     * 1,000,000 messages, one of 16 kB per reconnect 16 MiB over 1,000 reconnects.<br>
     * Threads +5: every thread of a connection ends with it; a leak of one per reconnect would add hundreds; the test
     * bed's own threads (proxy links, HTTP client pools) come and go by a few.<br>
     * File descriptors +20: one socket per connection plus the HTTP clients' pools; a leak of one per reconnect would
     * add hundreds.<br>
     * Storage +4 kB: the binding keeps one token per bridge (replaced at each login); a few more entries of a hundred
     * bytes are allowed, one per message or reconnect would not fit.
     */
    static final List<SoakBound> ALL = List.of(
            new SoakBound("heap after GC", "MiB", 16, SoakSample::heapMiB, null),
            new SoakBound("live threads", "threads", 5, SoakSample::threads,
                    new Series("of them OH-* (binding)", SoakSample::bindingThreads)),
            new SoakBound("open file descriptors", "descriptors", 20, SoakSample::fileDescriptors, null),
            new SoakBound("storage size", "bytes", 4096, SoakSample::storageBytes, null));

    String limitText() {
        return Format.number(limit) + " " + unit;
    }

    /** The growth of {@code sample} over {@code baseline}, in {@link #unit}. */
    double growth(SoakSample baseline, SoakSample sample) {
        return value.applyAsDouble(sample) - value.applyAsDouble(baseline);
    }
}
