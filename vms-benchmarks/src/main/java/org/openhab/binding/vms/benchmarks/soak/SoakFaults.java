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
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;

/**
 * Forces the soak's reconnects, spread evenly over the run, the three kinds in turn:
 * <ul>
 * <li>{@link Kind#SOKETI_RESTART}: soketi is killed (SIGKILL, no close frame) and started again on the same port;</li>
 * <li>{@link Kind#NETWORK_CUT}: the TCP proxy stops passing bytes without closing anything until the bridge has
 * noticed (ping and pong), then passes them again;</li>
 * <li>{@link Kind#LOGOUT}: the server ends the session (token revoked, {@code logout} on the token channel), the
 * bridge logs in again.</li>
 * </ul>
 * Each fault counts as recovered when the connection has made a new socket connection and the bridge is ONLINE with
 * both channels subscribed again; the next fault waits for that (at most {@link #RECOVERY_LIMIT}). Before each fault,
 * publishing holds until what was published has arrived; during it, what is published is marked as such. A sample
 * ({@link SoakPhase#quiet}) is never taken during a fault. A fault that took
 * longer than its share of the run delays the following ones, so a loaded machine stretches the run.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class SoakFaults implements Runnable {

    enum Kind {
        SOKETI_RESTART("soketi restarts"),
        NETWORK_CUT("network cuts"),
        LOGOUT("logouts");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    static final Duration RECOVERY_LIMIT = Duration.ofSeconds(60);
    /** Faults in a row after which the bridge did not come back before the soak stops injecting more. */
    static final int GIVE_UP_AFTER = 3;
    /** How long the cut network stays silent at most if the bridge does not notice (it should within ~2 s). */
    private static final Duration CUT_LIMIT = Duration.ofSeconds(15);
    /** How long a fault waits for the messages published before it to arrive, so they are not lost to it. */
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(5);
    /**
     * A fault waits at most {@code CATCH_UP_LIMIT} for the publisher to be no more than {@code CATCH_UP_SLACK}'s worth
     * of messages behind, so messages and faults stay mixed when the machine is slow.
     */
    private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(5);
    private static final Duration CATCH_UP_SLACK = Duration.ofSeconds(5);
    /** Nothing arrived for this long: the rest was lost in an earlier fault. */
    private static final Duration SETTLED = Duration.ofMillis(300);

    private final SoakBed bed;
    private final SoakOptions options;
    private final SoakPublisher publisher;
    private final Map<Kind, Integer> done = new EnumMap<>(Kind.class);
    private final List<Double> recoverySeconds = new ArrayList<>();
    private final SoakPhase phase;
    private volatile boolean stopped;
    private volatile int injected;
    private volatile int recovered;
    private volatile int unrecoveredInARow;

    SoakFaults(SoakBed bed, SoakOptions options, SoakPublisher publisher, SoakPhase phase) {
        this.bed = bed;
        this.options = options;
        this.publisher = publisher;
        this.phase = phase;
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        long spacing = options.reconnects() == 0 ? 0 : options.duration().toNanos() / options.reconnects();
        Kind[] kinds = Kind.values();
        long catchUpSlack = Math.max(10, CATCH_UP_SLACK.toSeconds() * options.messages()
                / Math.max(1, options.duration().toSeconds()));
        for (int i = 0; i < options.reconnects() && !stopped; i++) {
            long due = start + spacing / 2 + i * spacing;
            while (System.nanoTime() < due && !stopped) {
                LockSupport.parkNanos(Math.min(due - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(100)));
            }
            // the messages due by now go out first, so messages and faults stay mixed on a slow machine too
            awaitUntil(CATCH_UP_LIMIT, () -> publisher.behind() <= catchUpSlack);
            if (stopped) {
                break;
            }
            try {
                inject(kinds[i % kinds.length]);
            } catch (IOException e) {
                // soketi did not start again: the end of the soak reports the bridge as it is then
                System.out.println("soak: fault " + (i + 1) + " failed: " + e.getMessage());
                stopped = true;
            }
        }
    }

    private void inject(Kind kind) throws IOException {
        phase.quiet.lock();
        try {
            phase.set(SoakPhase.State.HOLD);
            drain();
            phase.set(SoakPhase.State.FAULT);
            long reconnectsBefore = bed.statistics().reconnects();
            long begin = System.nanoTime();
            switch (kind) {
                case SOKETI_RESTART -> {
                    bed.soketi.kill();
                    bed.soketi.start();
                }
                case NETWORK_CUT -> {
                    bed.proxy.cut();
                    awaitUntil(CUT_LIMIT, () -> !bed.bridge.isConnected());
                    bed.proxy.resume();
                }
                case LOGOUT -> logout(bed.vms());
            }
            injected++;
            done.merge(kind, 1, Integer::sum);
            if (awaitUntil(RECOVERY_LIMIT,
                    () -> bed.statistics().reconnects() > reconnectsBefore && bed.bridge.isConnected())) {
                unrecoveredInARow = 0;
                recovered++;
                synchronized (recoverySeconds) {
                    recoverySeconds.add((System.nanoTime() - begin) / 1e9);
                }
            } else if (++unrecoveredInARow >= GIVE_UP_AFTER) {
                System.out.println("soak: the bridge did not come back after " + GIVE_UP_AFTER
                        + " faults in a row; no more faults: " + bed.bridge);
                stopped = true;
            }
        } finally {
            phase.set(SoakPhase.State.CONNECTED);
            phase.quiet.unlock();
        }
    }

    /**
     * With publishing held: waits until the bridge had every message published so far (or nothing arrived for
     * {@link #SETTLED}), so a fault only takes those sent during it.
     */
    private void drain() {
        Soak.awaitArrivals(bed, publisher, DRAIN_LIMIT, SETTLED);
    }

    /** Revokes every session and announces the logout once, as the server does when the user logs out elsewhere. */
    private static void logout(SimulatedVms vms) {
        List<String> tokens = vms.validTokens();
        for (int i = 0; i < tokens.size() - 1; i++) {
            vms.revoke(tokens.get(i));
        }
        if (!tokens.isEmpty()) {
            vms.logout(tokens.get(tokens.size() - 1));
        }
    }

    /** As {@link Soak#awaitUntil}, ending early when the faults stop. */
    private boolean awaitUntil(Duration limit, BooleanSupplier condition) {
        return Soak.awaitUntil(limit, () -> stopped || condition.getAsBoolean()) && condition.getAsBoolean();
    }

    void stop() {
        stopped = true;
    }

    /** Whether the faults ended early: soketi did not start, or the bridge did not come back. */
    boolean gaveUp() {
        return stopped;
    }

    int injected() {
        return injected;
    }

    int recovered() {
        return recovered;
    }

    int done(Kind kind) {
        return done.getOrDefault(kind, 0);
    }

    /** Seconds from each injection to the bridge back ONLINE, for the faults that recovered. */
    double[] recoverySeconds() {
        synchronized (recoverySeconds) {
            return recoverySeconds.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }
}
