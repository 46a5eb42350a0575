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
package org.openhab.binding.vms.benchmarks.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.benchmarks.harness.Figure;
import org.openhab.binding.vms.benchmarks.harness.FigureFile;
import org.openhab.binding.vms.benchmarks.harness.Format;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.simulator.soketi.PusherHttpPublisher;
import org.openhab.binding.vms.simulator.soketi.SoketiServer;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.VmsExamples;

/**
 * End-to-end latency on loopback through a real Pusher server (soketi): from the moment a message is published over
 * the Pusher HTTP API ({@link PusherHttpPublisher}, as the VMS backend does) until (a) the binding's camera Thing
 * fires its {@code analytic-event} trigger on the {@code ThingHandlerCallback} (account bridge connected to a
 * simulated VMS: login, socket settings, channel auth over REST, the real account connection) and (b) a bare
 * pusher-java-client listener on the same channel sees it. Both receivers get the same messages in the
 * same run; the figure is the ratio of their 99th percentiles (target 1.2).
 * <p>
 * Messages go one at a time (the next is published once both receivers have the previous one, after a short gap),
 * so each latency is that of an otherwise idle system. soketi sends to a channel's subscribers one after the other;
 * to give neither receiver the first place throughout, the bare client subscribes first and re-subscribes (goes to
 * the back) halfway through.
 * <p>
 * A plain {@code main()} rather than JMH: the measurement needs an external server process for its whole length, two
 * receivers timing the same message, and percentiles over individual messages, none of which JMH's forked, per-method
 * runs give. Settings (system properties): {@code vms.e2e.warmup} (1,000 messages, so that the per-message code is
 * compiled), {@code vms.e2e.messages} (2,000), {@code vms.e2e.gapMicros} (2,000). Argument: the output file.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class EndToEndLatency {

    private static final String PART = "end-to-end";
    private static final double TARGET = 1.2;
    private static final int WARMUP = Integer.getInteger("vms.e2e.warmup", 1000);
    private static final int MESSAGES = Integer.getInteger("vms.e2e.messages", 2000);
    private static final long GAP_NANOS = TimeUnit.MICROSECONDS.toNanos(Long.getLong("vms.e2e.gapMicros", 2000));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final long MESSAGE_TIMEOUT_MILLIS = 5000;

    private static final String APP_ID = "4242";
    private static final String APP_KEY = "vms-app-key";
    private static final String APP_SECRET = "bench-secret";
    private static final long USER_ID = SimulatedVms.USER_ID;
    private static final String CHANNEL = "private-user." + USER_ID;
    private static final String EXAMPLE = "user-push.analytic_case_motion_detect_event_created";
    private static final String EXAMPLE_ID = "\"id\":90001";
    /** The camera of the example, which the simulated account has. */
    private static final long CAMERA_ID = 1001;
    /** {@code -Dvms.e2e.socketClientOnly=true}: measure the protocol client's listener instead of the binding. */
    private static final boolean SOCKET_CLIENT_ONLY = Boolean.getBoolean("vms.e2e.socketClientOnly");

    private EndToEndLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path output = FigureFile.output(args, PART);
        int total = WARMUP + MESSAGES;
        ArrivalBoard board = new ArrivalBoard(2, total);
        long[] published = new long[total];
        String template = VmsExamples.frame(EXAMPLE).data();
        if (!template.contains(EXAMPLE_ID)) {
            throw new IllegalStateException("the example " + EXAMPLE + " no longer has " + EXAMPLE_ID);
        }
        int lost = 0;
        List<LatencyReceiver> receivers = new ArrayList<>();
        try (SoketiServer soketi = new SoketiServer(APP_ID, APP_KEY, APP_SECRET, Path.of("target", "soketi"))) {
            soketi.start();
            String wsUrl = "ws://" + SoketiServer.HOST + ":" + soketi.port() + SoketiServer.PATH_PREFIX;
            try {
                // the bare client subscribes first, then the binding (see the class comment)
                BarePusherReceiver bare = new BarePusherReceiver(wsUrl, SoketiServer.HOST, soketi.port(), APP_KEY,
                        APP_SECRET, CHANNEL, board, 1);
                receivers.add(bare);
                bare.start(START_TIMEOUT);
                LatencyReceiver binding = SOCKET_CLIENT_ONLY
                        ? new SocketClientReceiver(wsUrl, APP_KEY, APP_SECRET, VmsExamples.EXAMPLE_ACCESS_TOKEN_ID,
                                USER_ID, board, 0)
                        : new BindingReceiver(soketi, CAMERA_ID, board, 0);
                receivers.add(0, binding);
                binding.start(START_TIMEOUT);

                PusherHttpPublisher publisher = PusherHttpPublisher.forServer(soketi);
                for (int seq = 0; seq < total; seq++) {
                    if (seq == WARMUP + MESSAGES / 2) {
                        bare.resubscribe(START_TIMEOUT);
                    }
                    String data = template.replace(EXAMPLE_ID, "\"id\":" + seq);
                    board.expect(seq);
                    published[seq] = System.nanoTime();
                    publisher.publish(CHANNEL, VmsEventDecoder.USER_PUSH, data);
                    if (!board.await(MESSAGE_TIMEOUT_MILLIS) && seq >= WARMUP) {
                        lost++;
                    }
                    LockSupport.parkNanos(GAP_NANOS);
                }
            } finally {
                receivers.forEach(LatencyReceiver::close);
            }
        }
        int half = WARMUP + MESSAGES / 2;
        Histogram binding = histogram(board, 0, published, WARMUP, total);
        Histogram bare = histogram(board, 1, published, WARMUP, total);
        String halves = String.format(
                "p50 with the bare client subscribed first: binding %s, bare %s; subscribed last: binding %s, bare %s",
                micros(histogram(board, 0, published, WARMUP, half).getValueAtPercentile(50)),
                micros(histogram(board, 1, published, WARMUP, half).getValueAtPercentile(50)),
                micros(histogram(board, 0, published, half, total).getValueAtPercentile(50)),
                micros(histogram(board, 1, published, half, total).getValueAtPercentile(50)));
        FigureFile.write(output, figures(receivers, binding, bare, lost, halves));
        System.exit(0); // pusher-java-client leaves non-daemon threads behind
    }

    private static Histogram histogram(ArrivalBoard board, int receiver, long[] published, int from, int to) {
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        for (int seq = from; seq < to; seq++) {
            long arrival = board.arrival(receiver, seq);
            if (arrival != 0) {
                histogram.recordValue(Math.max(0, arrival - published[seq]));
            }
        }
        return histogram;
    }

    private static List<Figure> figures(List<LatencyReceiver> receivers, Histogram binding, Histogram bare,
            int lost, String halves) {
        double p99Ratio = (double) binding.getValueAtPercentile(99) / bare.getValueAtPercentile(99);
        double p50Ratio = (double) binding.getValueAtPercentile(50) / bare.getValueAtPercentile(50);
        String detail = String.format("%s: %s; %s: %s; %,d messages after %,d warm-up, one at a time, %d lost",
                receivers.get(0).name(), percentiles(binding), receivers.get(1).name(), percentiles(bare), MESSAGES,
                WARMUP, lost);
        return List.of(
                new Figure(PART, "p99 latency publish → binding, vs bare pusher-java-client",
                        "×" + Format.number(p99Ratio), "≤ ×" + Format.number(TARGET), p99Ratio <= TARGET, detail),
                Figure.info(PART, "p50 latency publish → binding, vs bare pusher-java-client",
                        "×" + Format.number(p50Ratio), halves));
    }

    private static String percentiles(Histogram histogram) {
        return "p50 " + micros(histogram.getValueAtPercentile(50)) + ", p99 "
                + micros(histogram.getValueAtPercentile(99)) + ", max " + micros(histogram.getMaxValue()) + " ("
                + histogram.getTotalCount() + " received)";
    }

    private static String micros(long nanos) {
        return Format.number(nanos / 1000.0) + " µs";
    }
}
