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

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.benchmarks.harness.Figure;
import org.openhab.binding.vms.benchmarks.harness.FigureFile;
import org.openhab.binding.vms.benchmarks.harness.Format;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionStatistics;
import org.openhab.binding.vms.simulator.testing.Await;

/**
 * The soak: one account bridge with 1,000 camera and 50 intercom Things ({@link SoakBed}) takes 1,000,000 messages
 * ({@link SoakPublisher}) and 1,000 forced reconnects ({@link SoakFaults}: soketi restarts, network cuts, logouts)
 * spread over 30 minutes, while every minute a {@link SoakSample} is taken. After the warm-up (the first sixth), no
 * sample may grow beyond its {@link SoakBound} over the first sample after the warm-up, every message published while
 * the bridge was connected must reach its Thing once, every reconnect must bring the bridge back ONLINE, and at the
 * end it must be ONLINE; otherwise the program says which and exits 1. Samples are taken between faults, with the
 * bridge connected, so that they compare like with like. It writes its figures (for {@code SoakReport}, which
 * puts them into the README) and a plot of the samples (PNG).
 * <p>
 * Options: see {@link SoakOptions}; e.g. a smoke run: {@code --minutes 3 --messages 50000 --reconnects 50}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Soak {

    static final String PART = "soak";
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);
    private static final Duration QUIET = Duration.ofSeconds(5);
    private static final Duration ONLINE_LIMIT = Duration.ofSeconds(60);
    /** How long a sample waits for the messages on their way to arrive. */
    private static final Duration SETTLE = Duration.ofSeconds(2);
    /** A sample this far over the lowest before it has its heap's content written down. */
    private static final double SPIKE_MIB = 8;

    private Soak() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        SoakOptions options = SoakOptions.parse(args);
        int exit;
        try (SoakBed bed = SoakBed.start(options)) {
            exit = run(bed, options);
        }
        System.exit(exit); // pusher-java-client and Jetty may leave non-daemon threads behind
    }

    private static int run(SoakBed bed, SoakOptions options) throws Exception {
        SoakPhase phase = new SoakPhase();
        SoakPublisher publisher = new SoakPublisher(bed.soketi, options, phase, bed.tally);
        SoakFaults faults = new SoakFaults(bed, options, publisher, phase);
        SoakSampler sampler = new SoakSampler(bed.storage);
        List<SoakSample> samples = new ArrayList<>();
        double loadBefore = SoakSampler.load();
        System.out.println("soak: " + options + "; connected: " + bed.bridge);

        long start = System.nanoTime();
        bed.forgetRequestLog();
        samples.add(print(sampler.sample(0, 0, 0)));
        publisher.start();
        Thread faulting = start(faults, "soak-faults");
        long interval = options.sampleInterval().toNanos();
        for (int k = 1; publisher.running() || faulting.isAlive(); k++) {
            long due = start + k * interval;
            while (System.nanoTime() < due && (publisher.running() || faulting.isAlive())) {
                LockSupport.parkNanos(Math.min(due - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(200)));
            }
            samples.add(print(steadySample(bed, phase, sampler, publisher, faults)));
            dumpIfHigh(options, samples);
            if (faults.gaveUp()) {
                publisher.stop();
            }
        }
        long loadEnd = System.nanoTime();
        awaitArrivals(bed, publisher, DRAIN_LIMIT, QUIET);
        boolean online = awaitUntil(ONLINE_LIMIT, bed.bridge::isConnected);
        bed.forgetRequestLog();
        samples.add(print(sampler.sample(publisher.published(), bed.delivered(), faults.injected())));
        dumpIfHigh(options, samples);

        double minutes = (loadEnd - start) / 60e9;
        List<String> problems = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        SoakSample baseline = samples.stream().filter(s -> s.minutes() >= options.warmUp().toSeconds() / 60.0)
                .findFirst().orElse(samples.get(samples.size() - 1));
        figures.add(runFigure(options, publisher, faults, samples, minutes, loadBefore));
        for (SoakBound bound : SoakBound.ALL) {
            figures.add(boundFigure(bound, baseline, samples, problems));
        }
        figures.addAll(deliveryFigures(bed, publisher, faults, online, problems));
        FigureFile.write(options.figures(), figures);
        SoakChart.write(options.chart(), samples, SoakBound.ALL, baseline, String.format(
                "%s min, %s messages, %d reconnects", Format.number(minutes), Format.number(publisher.published()),
                faults.injected()));
        System.out.println("soak: plot written to " + options.chart().toAbsolutePath().normalize());
        if (problems.isEmpty()) {
            System.out.println("soak: PASSED");
            return 0;
        }
        problems.forEach(problem -> System.out.println("soak: FAILED: " + problem));
        return 1;
    }

    private static Figure runFigure(SoakOptions options, SoakPublisher publisher, SoakFaults faults,
            List<SoakSample> samples, double minutes, double loadBefore) {
        double meanLoad = samples.stream().mapToDouble(SoakSample::load).filter(l -> l >= 0).average().orElse(-1);
        double maxLoad = samples.stream().mapToDouble(SoakSample::load).max().orElse(-1);
        StringBuilder kinds = new StringBuilder();
        for (SoakFaults.Kind kind : SoakFaults.Kind.values()) {
            kinds.append(kinds.length() == 0 ? "" : ", ").append(faults.done(kind)).append(' ').append(kind.label);
        }
        return Figure.info(PART, "run", Format.number(minutes) + " min",
                String.format("%s messages and %d forced reconnects (%s) planned over %s min, on 1 bridge with %s "
                        + "camera and %d intercom Things; machine load average %s before, mean %s, max %s on %d "
                        + "cores (other builds running: a loaded machine stretches the run); warm-up the first %s "
                        + "min; a sample every %s s",
                        Format.count(publisher.published()), faults.injected(), kinds,
                        Format.number(options.duration().toSeconds() / 60.0), Format.number(options.cameras()),
                        options.intercoms(), Format.number(loadBefore), Format.number(meanLoad),
                        Format.number(maxLoad), Runtime.getRuntime().availableProcessors(),
                        Format.number(options.warmUp().toSeconds() / 60.0),
                        Format.number(options.sampleInterval().toSeconds())));
    }

    private static Figure boundFigure(SoakBound bound, SoakSample baseline, List<SoakSample> samples,
            List<String> problems) {
        SoakSample worst = baseline;
        for (SoakSample sample : samples) {
            if (sample.minutes() > baseline.minutes() && bound.growth(baseline, sample) > bound.growth(baseline, worst)) {
                worst = sample;
            }
        }
        double growth = bound.growth(baseline, worst);
        SoakSample last = samples.get(samples.size() - 1);
        String detail = String.format("baseline %s %s at %s min (after the warm-up); highest %s at %s min; at the "
                + "start %s, at the end %s", Format.number(bound.value().applyAsDouble(baseline)), bound.unit(),
                Format.number(baseline.minutes()), Format.number(bound.value().applyAsDouble(worst)),
                Format.number(worst.minutes()), Format.number(bound.value().applyAsDouble(samples.get(0))),
                Format.number(bound.value().applyAsDouble(last)));
        if (bound.title().startsWith("storage")) {
            detail += String.format("; entries: %d at the baseline, %d at the end", baseline.storageEntries(),
                    last.storageEntries());
        } else if (bound.extra() != null) {
            detail += String.format("; OH-* threads: %d at the baseline, %d at the end", baseline.bindingThreads(),
                    last.bindingThreads());
        }
        String unit = " " + bound.unit();
        Figure figure = bound.unit().equals("MiB")
                ? Figure.atMost(PART, bound.title() + ", growth after the warm-up", growth, unit, bound.limit(), detail)
                : new Figure(PART, bound.title() + ", growth after the warm-up", Format.count((long) growth) + unit,
                        "≤ " + Format.count((long) bound.limit()) + unit, growth <= bound.limit(), detail);
        if (!Boolean.TRUE.equals(figure.met())) {
            problems.add(bound.title() + " grew by " + figure.measured() + " over the baseline, more than "
                    + bound.limitText() + " (" + detail + ")");
        }
        return figure;
    }

    private static List<Figure> deliveryFigures(SoakBed bed, SoakPublisher publisher, SoakFaults faults,
            boolean online, List<String> problems) {
        long published = publisher.published();
        SoakTally tally = bed.tally;
        long duringFaults = tally.duringFaultCount();
        int lostConnected = tally.lostWhileConnected(published);
        int lostInFaults = tally.lostDuringFaults(published);
        long distinct = tally.deliveredCount();
        long duplicates = bed.delivered() - distinct;
        VmsConnectionStatistics statistics = bed.statistics();
        double[] recovery = faults.recoverySeconds();
        double maxRecovery = Arrays.stream(recovery).max().orElse(0);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(PART, "messages published while connected that did not arrive",
                Format.count(lostConnected) + " of " + Format.count(published - duringFaults), "0",
                lostConnected == 0,
                String.format("%s of %s messages reached their Thing (each triggers once: %s triggers, %s more than "
                        + "messages); %s were published during a fault, of which %s were lost (Pusher does not replay "
                        + "them; catching up is not part of this run); the connection counted %s received, %s "
                        + "dropped, %s duplicates suppressed; %s publish batches refused while soketi was down",
                        Format.count(distinct), Format.count(published), Format.count(bed.delivered()),
                        Format.count(duplicates), Format.count(duringFaults), Format.count(lostInFaults),
                        Format.count(statistics.messagesReceived()), Format.count(statistics.messagesDropped()),
                        Format.count(statistics.duplicatesSuppressed()), Format.count(publisher.failedBatches()))));
        if (lostConnected > 0 || duplicates > 0) {
            problems.add(lostConnected + " messages published while the bridge was connected did not arrive, "
                    + duplicates + " triggered more than once");
        }
        boolean allBack = faults.recovered() == faults.injected();
        figures.add(new Figure(PART, "forced reconnects back ONLINE", faults.recovered() + " of " + faults.injected(),
                "all", allBack,
                String.format("time from the fault to ONLINE with both channels subscribed: median %s s, max %s s "
                        + "(soketi restarts include soketi's start, network cuts the ~2 s until the silent link is "
                        + "noticed); the connection counted %d reconnects and %d logins",
                        Format.number(Format.median(recovery)), Format.number(maxRecovery), statistics.reconnects(),
                        statistics.logins())));
        if (!allBack) {
            problems.add((faults.injected() - faults.recovered()) + " of " + faults.injected()
                    + " forced reconnects did not bring the bridge back ONLINE within "
                    + SoakFaults.RECOVERY_LIMIT.toSeconds() + " s");
        }
        figures.add(new Figure(PART, "bridge at the end", online ? "ONLINE" : bed.bridge.toString(), "ONLINE", online,
                "both channels subscribed, " + bed.bridge));
        if (!online) {
            problems.add("the bridge is not ONLINE at the end: " + bed.bridge);
        }
        return figures;
    }

    /**
     * Waits until the bridge had as many messages as were published, or nothing arrived for {@code quiet} (the rest
     * were lost in a fault), at most {@code limit}.
     */
    static void awaitArrivals(SoakBed bed, SoakPublisher publisher, Duration limit, Duration quiet) {
        long deadline = System.nanoTime() + limit.toNanos();
        long last = bed.delivered();
        long quietSince = System.nanoTime();
        while (bed.delivered() < publisher.published() && System.nanoTime() < deadline) {
            long now = bed.delivered();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > quiet.toNanos()) {
                return;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    /** Polls {@code condition} (the project's one polling helper, every 50 ms) for up to {@code limit}. */
    static boolean awaitUntil(Duration limit, BooleanSupplier condition) {
        try {
            Await.waitForAssert(limit, () -> {
                if (!condition.getAsBoolean()) {
                    throw new AssertionError("not yet");
                }
            });
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    private static Thread start(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * A sample between faults, with the bridge connected (as far as it gets within {@link #ONLINE_LIMIT}) and
     * publishing held: the heap after GC is then what the process keeps, not what the messages of the moment
     * allocate while the collections run.
     */
    private static SoakSample steadySample(SoakBed bed, SoakPhase phase, SoakSampler sampler, SoakPublisher publisher,
            SoakFaults faults) {
        phase.quiet.lock();
        try {
            phase.set(SoakPhase.State.HOLD);
            awaitUntil(ONLINE_LIMIT, bed.bridge::isConnected);
            awaitUntil(SETTLE, () -> bed.delivered() >= publisher.published());
            bed.forgetRequestLog();
            return sampler.sample(publisher.published(), bed.delivered(), faults.injected());
        } finally {
            phase.set(SoakPhase.State.CONNECTED);
            phase.quiet.unlock();
        }
    }

    /**
     * When the newest sample's heap is {@link #SPIKE_MIB} over the lowest of the earlier ones under load, writes what
     * the heap held ({@link HeapSpikeDump}) next to the figures.
     */
    private static void dumpIfHigh(SoakOptions options, List<SoakSample> samples) {
        SoakSample newest = samples.get(samples.size() - 1);
        // the first sample is taken before any message: the Things' states are not there yet
        double lowest = samples.subList(Math.min(1, samples.size() - 1), samples.size() - 1).stream()
                .mapToDouble(SoakSample::heapMiB).min().orElse(newest.heapMiB());
        if (newest.heapMiB() > lowest + SPIKE_MIB) {
            String why = String.format(Locale.ROOT, "heap %.1f MiB, %.1f MiB over the lowest earlier sample",
                    newest.heapMiB(), newest.heapMiB() - lowest);
            Path parent = options.figures().toAbsolutePath().getParent();
            Path file = HeapSpikeDump.write(parent == null ? Path.of(".") : parent, newest, why);
            System.out.println("soak: " + why + "; what it held: " + file);
        }
    }

    private static SoakSample print(SoakSample sample) {
        System.out.println("soak: " + sample);
        return sample;
    }
}
