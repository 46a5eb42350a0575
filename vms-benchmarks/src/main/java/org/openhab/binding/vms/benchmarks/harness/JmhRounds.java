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

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs JMH benchmarks that are compared with each other as alternating short runs instead of one long run each,
 * with {@link CpuTimeProfiler} and JMH's GC profiler attached.
 * <p>
 * Why: the figures are ratios between two benchmarks, and this machine's 2 cores are shared with other builds. JMH
 * runs one benchmark after the other, so a load change between them skews the ratio. Here every round runs each
 * case once (its own fork, warm-up and measurement), in forward order in even rounds and backward order in odd ones
 * (ABBA), so that both see the same mix of quiet and busy moments. Ratios are taken on CPU time per operation
 * ({@link #leastCpuRatio}).
 * <p>
 * Settings come from system properties so that run-all.sh can choose them: {@code vms.bench.rounds} (3),
 * {@code vms.bench.warmups} (3), {@code vms.bench.iterations} (3), {@code vms.bench.seconds} (1, per iteration).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class JmhRounds {

    /** One benchmark method with its parameters. */
    public record Case(String label, Class<?> benchmarkClass, String method, Map<String, String> params) {

        public static Case of(String label, Class<?> benchmarkClass, String method) {
            return new Case(label, benchmarkClass, method, Map.of());
        }

        String include() {
            return "^" + Pattern.quote(benchmarkClass.getName() + "." + method) + "$";
        }
    }

    /**
     * What one run of one case measured.
     *
     * @param score JMH's primary score (mean over the measurement iterations)
     * @param cpuNanosPerOp mean CPU time per operation over the measurement iterations
     * @param leastCpuNanosPerOp the least CPU time per operation of any one measurement iteration
     * @param allocatedBytesPerOp JMH's {@code gc.alloc.rate.norm}
     */
    public record Measured(double score, String unit, double cpuNanosPerOp, double leastCpuNanosPerOp,
            double allocatedBytesPerOp) {
    }

    public static final int ROUNDS = Integer.getInteger("vms.bench.rounds", 3);
    public static final int WARMUPS = Integer.getInteger("vms.bench.warmups", 3);
    public static final int ITERATIONS = Integer.getInteger("vms.bench.iterations", 3);
    public static final int SECONDS = Integer.getInteger("vms.bench.seconds", 1);

    /** Same heap and collector for every fork, so that GC work does not differ between the runs compared. */
    private static final String[] JVM_ARGS = { "-Xms1g", "-Xmx1g", "-XX:+UseParallelGC" };

    private JmhRounds() {
    }

    /** @return per case label, what it measured in each round (in round order) */
    public static Map<String, List<Measured>> alternate(List<Case> cases) throws RunnerException {
        Map<String, List<Measured>> all = new LinkedHashMap<>();
        for (Case c : cases) {
            all.put(c.label(), new ArrayList<>());
        }
        for (int round = 0; round < ROUNDS; round++) {
            List<Case> order = new ArrayList<>(cases);
            if (round % 2 == 1) {
                Collections.reverse(order);
            }
            for (Case c : order) {
                Measured measured = runOnce(c);
                all.get(c.label()).add(measured);
                System.out.println("  round " + (round + 1) + "/" + ROUNDS + " " + c.label() + ": "
                        + Format.number(measured.score()) + " " + measured.unit() + ", "
                        + Format.number(measured.cpuNanosPerOp()) + " CPU ns/op (least "
                        + Format.number(measured.leastCpuNanosPerOp()) + "), "
                        + Format.number(measured.allocatedBytesPerOp()) + " B/op");
            }
        }
        // rounds ran in ABBA order; give them back per case in round order
        return all;
    }

    /**
     * {@code numerator / denominator} of the least CPU time per operation that any measurement iteration of any round
     * showed. Other jobs on the machine only ever add time (descheduling shows up as cache misses, on a virtual
     * machine also as stolen time counted as ours), so the least-disturbed iteration is the best estimate of what the
     * code itself costs.
     */
    public static double leastCpuRatio(List<Measured> numerator, List<Measured> denominator) {
        return leastCpu(numerator) / leastCpu(denominator);
    }

    public static double leastCpu(List<Measured> runs) {
        return runs.stream().mapToDouble(Measured::leastCpuNanosPerOp).min().orElse(Double.NaN);
    }

    /** Per round, {@code numerator / denominator} of CPU time per operation. */
    public static double[] cpuRatios(List<Measured> numerator, List<Measured> denominator) {
        double[] ratios = new double[numerator.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = numerator.get(i).cpuNanosPerOp() / denominator.get(i).cpuNanosPerOp();
        }
        return ratios;
    }

    public static double medianScore(List<Measured> runs) {
        return Format.median(runs.stream().mapToDouble(Measured::score).toArray());
    }

    public static double medianCpu(List<Measured> runs) {
        return Format.median(runs.stream().mapToDouble(Measured::cpuNanosPerOp).toArray());
    }

    public static double medianAllocated(List<Measured> runs) {
        return Format.median(runs.stream().mapToDouble(Measured::allocatedBytesPerOp).toArray());
    }

    private static Measured runOnce(Case c) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder().include(c.include()).forks(1)
                .warmupIterations(WARMUPS).warmupTime(TimeValue.seconds(SECONDS)).measurementIterations(ITERATIONS)
                .measurementTime(TimeValue.seconds(SECONDS)).jvmArgs(JVM_ARGS).shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT).addProfiler(CpuTimeProfiler.class).addProfiler(GCProfiler.class);
        c.params().forEach(options::param);
        Collection<RunResult> results = new Runner(options.build()).run();
        if (results.size() != 1) {
            throw new RunnerException("expected one result for " + c.label() + ", got " + results.size());
        }
        RunResult result = results.iterator().next();
        double leastCpu = Double.NaN;
        for (BenchmarkResult benchmark : result.getBenchmarkResults()) {
            for (IterationResult iteration : benchmark.getIterationResults()) {
                Result<?> cpu = iteration.getSecondaryResults().get(CpuTimeProfiler.RESULT);
                if (cpu != null && !(cpu.getScore() >= leastCpu)) {
                    leastCpu = cpu.getScore();
                }
            }
        }
        return new Measured(result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreUnit(),
                secondary(result, CpuTimeProfiler.RESULT), leastCpu, secondary(result, "gc.alloc.rate.norm"));
    }

    @SuppressWarnings("rawtypes") // JMH declares the map with the raw type
    private static double secondary(RunResult result, String suffix) {
        for (Map.Entry<String, Result> entry : result.getSecondaryResults().entrySet()) {
            if (entry.getKey().endsWith(suffix)) {
                return entry.getValue().getScore();
            }
        }
        return Double.NaN;
    }
}
