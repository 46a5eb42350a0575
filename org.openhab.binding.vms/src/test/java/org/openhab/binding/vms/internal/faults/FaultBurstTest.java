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
package org.openhab.binding.vms.internal.faults;

import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionStatistics;
import org.openhab.binding.vms.simulator.soketi.PusherHttpPublisher;
import org.openhab.binding.vms.simulator.soketi.SoketiExtension;
import org.openhab.binding.vms.simulator.soketi.SoketiServer;
import org.openhab.binding.vms.simulator.testing.Heap;
import org.openhab.binding.vms.simulator.vms.SimCamera;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.SoketiPusherBackend;
import org.openhab.binding.vms.simulator.vms.VmsState;
import org.openhab.binding.vms.simulator.vms.VmsWire;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

/**
 * A burst of 20,000 messages through soketi to a bridge with 1,000 camera Things. Each camera gets 20 messages in
 * order: ten analytic detections with distinct event ids, alternating with favourite added / removed (so the
 * connection's de-duplication has nothing to merge). Every message must reach its Thing's trigger exactly once, the
 * favourite triggers of each camera must alternate as published, nothing may be dropped, and the heap used after a
 * garbage collection may grow by at most {@value #HEAP_GROWTH_BOUND_MIB} MiB over the burst (its messages alone are
 * about 20 MB of JSON, so keeping them would show).
 * <p>
 * Publishing one event per HTTP request would measure the publisher, so events go out in batches of 10
 * ({@code batch_events}, Pusher's limit) from {@value #PUBLISHERS} threads; each camera belongs to one thread, which
 * keeps its messages in order. The callback counts into preallocated arrays, so the test's own bookkeeping does not
 * grow with the burst.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class FaultBurstTest {

    @RegisterExtension
    static final SoketiExtension SOKETI = new SoketiExtension("vms-faults-burst", "vms-faults-burst-key",
            "vms-faults-burst-secret");

    private static final int CAMERAS = 1_000;
    private static final int ROUNDS = 20;
    private static final int MESSAGES = CAMERAS * ROUNDS;
    private static final int FIRST_CAMERA = 5_001;
    private static final long FIRST_EVENT_ID = 70_000_000;
    private static final int PUBLISHERS = 4;
    private static final long HEAP_GROWTH_BOUND_MIB = 16;
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(120);

    /** What the burst's triggers did, in arrays sized before the burst. */
    private static final class BurstCounts {
        final AtomicIntegerArray analytic = new AtomicIntegerArray(CAMERAS * ROUNDS / 2);
        final AtomicIntegerArray favorites = new AtomicIntegerArray(CAMERAS);
        /** 1 = ADDED, 2 = REMOVED, per camera: the last favourite payload seen. */
        final AtomicIntegerArray lastFavorite = new AtomicIntegerArray(CAMERAS);
        final AtomicInteger outOfOrderFavorites = new AtomicInteger();
        final AtomicInteger strays = new AtomicInteger();
        final AtomicLong triggers = new AtomicLong();
        final AtomicLong lastTriggerNanos = new AtomicLong();
    }

    @Test
    void twentyThousandMessagesToAThousandThingsAllArriveOnceInBoundedMemory() throws Exception {
        SoketiServer soketi = SOKETI.server();
        SimulatedVms sim = new SimulatedVms(SoketiPusherBackend.sharing(soketi));
        for (int i = 0; i < CAMERAS; i++) {
            sim.state().putCamera(new SimCamera(FIRST_CAMERA + i, "Camera " + i, "active", false, true,
                    VmsState.ROOT_NODE_ID));
        }
        try (FaultBed bed = new FaultBed("burst of 20,000 messages to 1,000 camera Things", sim)) {
            bed.startBridge();
            for (int i = 0; i < CAMERAS; i++) {
                bed.addCamera(FIRST_CAMERA + i);
            }
            bed.awaitAllOnline("start", Duration.ofSeconds(60));
            bed.await("every camera Thing got its state from the camera list", Duration.ofSeconds(60),
                    () -> allCamerasResynced(bed));

            BurstCounts counts = new BurstCounts();
            bed.sink((thing, channel, payload) -> count(bed, counts, thing, channel, payload));
            long heapBefore = Heap.usedAfterGc();

            long start = System.nanoTime();
            publish(soketi, sim);
            long published = System.nanoTime();
            bed.await("all " + MESSAGES + " messages trigger (" + counts.triggers.get() + " so far)",
                    DELIVERY_TIMEOUT, () -> counts.triggers.get() >= MESSAGES);
            long delivered = counts.lastTriggerNanos.get();

            List<String> problems = new ArrayList<>();
            for (int i = 0; i < counts.analytic.length(); i++) {
                if (counts.analytic.get(i) != 1) {
                    problems.add("detection " + (FIRST_EVENT_ID + i) + " fired " + counts.analytic.get(i) + " times");
                }
            }
            for (int i = 0; i < CAMERAS; i++) {
                if (counts.favorites.get(i) != ROUNDS / 2) {
                    problems.add("camera " + (FIRST_CAMERA + i) + " fired favorite-changed "
                            + counts.favorites.get(i) + " times");
                }
            }
            bed.check(problems.isEmpty(), problems.size() + " wrong counts, e.g. "
                    + problems.subList(0, Math.min(5, problems.size())));
            bed.check(counts.outOfOrderFavorites.get() == 0,
                    counts.outOfOrderFavorites.get() + " favourite triggers did not alternate as published");
            bed.check(counts.strays.get() == 0, counts.strays.get() + " triggers of channels the burst did not feed");
            bed.check(counts.triggers.get() == MESSAGES,
                    counts.triggers.get() + " triggers for " + MESSAGES + " messages");
            VmsConnectionStatistics statistics = bed.statistics();
            bed.check(statistics.messagesDropped() == 0, "no message dropped: " + statistics);
            bed.check(statistics.duplicatesSuppressed() == 0, "nothing merged by de-duplication: " + statistics);

            long heapAfter = Heap.usedAfterGc();
            long growthMib = (heapAfter - heapBefore) / (1024 * 1024);
            bed.check(growthMib <= HEAP_GROWTH_BOUND_MIB, "used heap after GC grew by " + growthMib
                    + " MiB over the burst, bound " + HEAP_GROWTH_BOUND_MIB + " MiB");

            double publishSeconds = (published - start) / 1e9;
            double deliverSeconds = (delivered - start) / 1e9;
            ReliabilityReport.record(bed.row(701, "soketi", "-",
                    String.format(Locale.ROOT,
                            "%,d messages to %,d camera Things each triggered once, favourites in order, none "
                                    + "dropped; published in %.1f s (%.0f msg/s, %d threads, batches of %d), all "
                                    + "triggered after %.1f s (%.0f msg/s); heap after GC %+d MiB (bound %d MiB)",
                            MESSAGES, CAMERAS, publishSeconds, MESSAGES / publishSeconds, PUBLISHERS,
                            PusherHttpPublisher.MAX_BATCH_SIZE, deliverSeconds, MESSAGES / deliverSeconds,
                            growthMib, HEAP_GROWTH_BOUND_MIB)));
        }
    }

    private static boolean allCamerasResynced(FaultBed bed) {
        for (int i = 0; i < CAMERAS; i++) {
            ThingUID camera = new ThingUID(THING_TYPE_CAMERA, bed.bridgeUID(), "camera-" + (FIRST_CAMERA + i));
            if (bed.reported().updates(camera, CHANNEL_STATUS) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Runs on the connection's delivery thread, once per trigger. */
    private static void count(FaultBed bed, BurstCounts counts, ThingUID thing, String channel, String payload) {
        counts.triggers.incrementAndGet();
        counts.lastTriggerNanos.set(System.nanoTime());
        int camera = cameraIndex(thing.getId());
        if (camera < 0) {
            counts.strays.incrementAndGet();
        } else if (CHANNEL_ANALYTIC_EVENT.equals(channel)) {
            State json = bed.reported().lastState(thing, CHANNEL_LAST_EVENT_JSON);
            long id = NumberedEvents.analyticId(json == null ? null : json.toString()) - FIRST_EVENT_ID;
            if (id < 0 || id >= counts.analytic.length()) {
                counts.strays.incrementAndGet();
            } else {
                counts.analytic.incrementAndGet((int) id);
            }
        } else if (CHANNEL_FAVORITE_CHANGED.equals(channel)) {
            counts.favorites.incrementAndGet(camera);
            int now = FAVORITE_ADDED.equals(payload) ? 1 : 2;
            // published per camera: added, removed, added ...
            int expected = counts.lastFavorite.get(camera) == 1 ? 2 : 1;
            if (now != expected) {
                counts.outOfOrderFavorites.incrementAndGet();
            }
            counts.lastFavorite.set(camera, now);
        } else {
            counts.strays.incrementAndGet();
        }
    }

    private static int cameraIndex(String thingId) {
        if (!thingId.startsWith("camera-")) {
            return -1;
        }
        int index = Integer.parseInt(thingId.substring("camera-".length())) - FIRST_CAMERA;
        return index >= 0 && index < CAMERAS ? index : -1;
    }

    /**
     * Round r of camera c: an analytic detection in even rounds, a favourite change in odd ones (added in rounds
     * 1, 5, 9 ..., removed in 3, 7, 11 ...). Thread t publishes the cameras c with c % PUBLISHERS == t, round by
     * round, in batches of 10.
     */
    private static void publish(SoketiServer soketi, SimulatedVms sim) throws Exception {
        PusherHttpPublisher publisher = PusherHttpPublisher.forServer(soketi);
        String channel = sim.userChannel();
        ExecutorService threads = Executors.newFixedThreadPool(PUBLISHERS, runnable -> {
            Thread thread = new Thread(runnable, "fault-burst-publisher");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < PUBLISHERS; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    List<PusherHttpPublisher.Event> batch = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int camera = thread; camera < CAMERAS; camera += PUBLISHERS) {
                            long cameraId = FIRST_CAMERA + camera;
                            String data = round % 2 == 0
                                    ? NumberedEvents.analytic(FIRST_EVENT_ID + (round / 2) * CAMERAS + camera,
                                            cameraId)
                                    : NumberedEvents.favorite(cameraId, (round / 2) % 2 == 0);
                            batch.add(new PusherHttpPublisher.Event(channel, VmsWire.USER_PUSH, data));
                            if (batch.size() == PusherHttpPublisher.MAX_BATCH_SIZE) {
                                publisher.publishBatch(batch);
                                batch.clear();
                            }
                        }
                    }
                    if (!batch.isEmpty()) {
                        publisher.publishBatch(batch);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
