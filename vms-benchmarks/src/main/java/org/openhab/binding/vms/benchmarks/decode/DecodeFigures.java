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
package org.openhab.binding.vms.benchmarks.decode;

import java.util.ArrayList;
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
 * Runs {@link DecodeBenchmark} in alternating rounds and reports how many times slower than the Gson floor the
 * decoder is (target: 1.5), plus the bytes each allocates per message. Argument: the output file.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class DecodeFigures {

    private static final String PART = "decode";
    private static final double TARGET = 1.5;

    private DecodeFigures() {
    }

    public static void main(String[] args) throws Exception {
        List<Figure> figures = new ArrayList<>();
        figures.add(pair("whole frame: decodeFrame vs Gson floor (frame + data)", "decodeFrame", "gsonFloorFrame",
                true));
        figures.add(pair("data only: decode vs Gson floor (data), the socket client's path", "decodeData",
                "gsonFloorData", false));
        FigureFile.write(FigureFile.output(args, PART), figures);
    }

    private static Figure pair(String name, String decoder, String floor, boolean withTarget) throws Exception {
        Map<String, List<Measured>> runs = JmhRounds.alternate(List.of(Case.of(decoder, DecodeBenchmark.class, decoder),
                Case.of(floor, DecodeBenchmark.class, floor)));
        List<Measured> decoderRuns = runs.get(decoder);
        List<Measured> floorRuns = runs.get(floor);
        double ratio = JmhRounds.leastCpuRatio(decoderRuns, floorRuns);
        String detail = String.format(
                "CPU per message %s ns vs %s ns (least of %d alternating rounds; per-round ratios of means %s); "
                        + "wall-clock %s vs %s msg/s; allocated %s vs %s B/msg (medians)",
                Format.number(JmhRounds.leastCpu(decoderRuns)), Format.number(JmhRounds.leastCpu(floorRuns)),
                decoderRuns.size(), Format.list(JmhRounds.cpuRatios(decoderRuns, floorRuns)),
                Format.number(JmhRounds.medianScore(decoderRuns)), Format.number(JmhRounds.medianScore(floorRuns)),
                Format.number(JmhRounds.medianAllocated(decoderRuns)),
                Format.number(JmhRounds.medianAllocated(floorRuns)));
        String measured = "×" + Format.number(ratio);
        return withTarget ? new Figure(PART, name, measured, "≤ ×" + Format.number(TARGET), ratio <= TARGET, detail)
                : Figure.info(PART, name, measured, detail);
    }
}
