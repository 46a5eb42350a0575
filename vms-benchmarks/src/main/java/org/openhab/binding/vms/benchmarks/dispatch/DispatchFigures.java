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
package org.openhab.binding.vms.benchmarks.dispatch;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.benchmarks.harness.Figure;
import org.openhab.binding.vms.benchmarks.harness.FigureFile;
import org.openhab.binding.vms.benchmarks.harness.Format;
import org.openhab.binding.vms.benchmarks.harness.JmhRounds;
import org.openhab.binding.vms.benchmarks.harness.JmhRounds.Case;
import org.openhab.binding.vms.benchmarks.harness.JmhRounds.Measured;

/**
 * Runs {@link DispatchBenchmark} with 10, 1,000 and 10,000 camera Things, every channel linked, and with 10 Things and
 * no channel linked, in alternating rounds. Targets: the cost per message with 10,000 Things at most 1.2 times that
 * with 10; with 10 Things and every channel linked at most {@value #CPU_TARGET_NANOS} ns of CPU and
 * {@value #ALLOCATION_TARGET_BYTES} bytes allocated per message. Argument: the output file.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class DispatchFigures {

    private static final String PART = "dispatch";
    private static final double TARGET = 1.2;
    private static final double CPU_TARGET_NANOS = 3_000;
    private static final double ALLOCATION_TARGET_BYTES = 6_000;
    private static final String NONE = "10, nothing linked";

    private DispatchFigures() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, List<Measured>> runs = JmhRounds.alternate(List.of(things("10", DispatchBenchmark.ALL_LINKED),
                things("1000", DispatchBenchmark.ALL_LINKED), things("10000", DispatchBenchmark.ALL_LINKED),
                new Case(NONE, DispatchBenchmark.class, "dispatch",
                        Map.of("things", "10", "linked", DispatchBenchmark.NONE_LINKED))));
        List<Measured> ten = runs.get("10");
        List<Measured> thousand = runs.get("1000");
        List<Measured> tenThousand = runs.get("10000");
        List<Measured> none = runs.get(NONE);
        double ratio = JmhRounds.leastCpuRatio(tenThousand, ten);
        String detail = String.format(
                "every channel linked: CPU per message %s ns with 10 Things, %s ns with 1,000, %s ns with 10,000 "
                        + "(least of %d alternating rounds); wall-clock %s / %s / %s ns; allocated %s / %s / %s B/msg",
                Format.number(JmhRounds.leastCpu(ten)), Format.number(JmhRounds.leastCpu(thousand)),
                Format.number(JmhRounds.leastCpu(tenThousand)), ten.size(), Format.number(JmhRounds.medianScore(ten)),
                Format.number(JmhRounds.medianScore(thousand)), Format.number(JmhRounds.medianScore(tenThousand)),
                Format.number(JmhRounds.medianAllocated(ten)), Format.number(JmhRounds.medianAllocated(thousand)),
                Format.number(JmhRounds.medianAllocated(tenThousand)));
        String noneDetail = String.format(
                "no item linked (rules use the triggers): CPU per message %s ns (least of %d rounds), wall-clock %s ns, "
                        + "allocated %s B/msg",
                Format.number(JmhRounds.leastCpu(none)), none.size(), Format.number(JmhRounds.medianScore(none)),
                Format.number(JmhRounds.medianAllocated(none)));
        FigureFile.write(FigureFile.output(args, PART), List.of(
                new Figure(PART, "cost per message, decoded event → ThingHandlerCallback, 10,000 vs 10 Things",
                        "×" + Format.number(ratio), "≤ ×" + Format.number(TARGET), ratio <= TARGET, detail),
                Figure.info(PART, "cost per message, 1,000 vs 10 Things",
                        "×" + Format.number(JmhRounds.leastCpuRatio(thousand, ten)), "same rounds"),
                Figure.atMost(PART, "CPU per message, 10 Things, every channel linked", JmhRounds.leastCpu(ten),
                        " ns", CPU_TARGET_NANOS, "see the first dispatch row"),
                Figure.atMost(PART, "allocated per message, 10 Things, every channel linked",
                        JmhRounds.medianAllocated(ten), " B", ALLOCATION_TARGET_BYTES, "median of the rounds"),
                Figure.info(PART, "CPU per message, 10 Things, nothing linked",
                        Format.number(JmhRounds.leastCpu(none)) + " ns, "
                                + Format.number(JmhRounds.medianAllocated(none)) + " B",
                        noneDetail)));
    }

    private static Case things(String count, String linked) {
        return new Case(count, DispatchBenchmark.class, "dispatch", Map.of("things", count, "linked", linked));
    }
}
