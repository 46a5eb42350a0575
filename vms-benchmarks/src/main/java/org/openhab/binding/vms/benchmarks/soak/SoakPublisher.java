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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.benchmarks.binding.ConnectedBridge;
import org.openhab.binding.vms.benchmarks.dispatch.CameraMessages;
import org.openhab.binding.vms.simulator.soketi.PusherHttpPublisher;
import org.openhab.binding.vms.simulator.soketi.SoketiServer;
import org.openhab.binding.vms.simulator.vms.ExampleFrame;
import org.openhab.binding.vms.simulator.vms.VmsExamples;

import com.google.gson.JsonObject;

/**
 * Publishes the soak's messages through soketi's HTTP API at an even rate over the run, in batches of 10 (Pusher's
 * limit), as the VMS backend would: 19 of 20 go to camera Things (the analytic detections and marks of
 * {@link CameraMessages}, cameras in turn), every 20th is a ringing call for an intercom Thing. Every message carries
 * an id of its own, so the connection's de-duplication lets each one through and each ends in exactly one trigger.
 * <p>
 * Messages go out only while the bridge is connected, between faults: the soak is about the binding's own resources
 * over many messages and reconnects, while what becomes of events published during an outage is the fault suite's
 * subject. A publisher that fell behind during a fault catches up after it. A batch that was on its way when a fault
 * began is marked in the {@link SoakTally} (it may be lost: Pusher does not replay), and one that soketi refused is
 * tried again.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class SoakPublisher {

    private static final int INTERCOM_EVERY = 20;
    /** Two threads: one publishing thread alone cannot keep up on a loaded 2-core machine (a request at a time). */
    private static final int THREADS = 2;
    private static final ExampleFrame CALL = VmsExamples.frame("notification.intercom.call.store");

    private final PusherHttpPublisher publisher;
    private final SoakOptions options;
    private final SoakPhase phase;
    private final SoakTally tally;
    /** Messages handed to a publishing thread so far (the next message number). */
    private final AtomicLong claimed = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong failedBatches = new AtomicLong();
    private volatile boolean stopped;
    private volatile long start;

    SoakPublisher(SoketiServer soketi, SoakOptions options, SoakPhase phase, SoakTally tally) {
        this.publisher = PusherHttpPublisher.forServer(soketi);
        this.options = options;
        this.phase = phase;
        this.tally = tally;
    }

    /** Starts the publishing threads. */
    void start() {
        start = System.nanoTime();
        for (int i = 1; i <= THREADS; i++) {
            Thread thread = new Thread(this::publish, "soak-publisher-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Whether some messages are still to be published. */
    boolean running() {
        return threads.stream().anyMatch(Thread::isAlive);
    }

    /** One publishing thread: takes the next batch when it is due and the bridge is connected. */
    private void publish() {
        long total = options.messages();
        while (!stopped && claimed.get() < total) {
            if (claimed.get() >= due() || phase.state() != SoakPhase.State.CONNECTED) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
                continue;
            }
            long from = claimed.getAndAdd(PusherHttpPublisher.MAX_BATCH_SIZE);
            if (from >= total) {
                return;
            }
            long to = Math.min(from + PusherHttpPublisher.MAX_BATCH_SIZE, total);
            List<PusherHttpPublisher.Event> batch = new ArrayList<>((int) (to - from));
            for (long k = from; k < to; k++) {
                batch.add(message(k));
            }
            publish(batch, from, to);
        }
    }

    /** Publishes the batch, again and again while soketi refuses it (it is restarting). */
    private void publish(List<PusherHttpPublisher.Event> batch, long from, long to) {
        while (!stopped) {
            boolean fault = phase.state() == SoakPhase.State.FAULT;
            try {
                publisher.publishBatch(batch);
            } catch (IOException | RuntimeException e) {
                failedBatches.incrementAndGet();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                continue;
            }
            if (fault || phase.state() != SoakPhase.State.CONNECTED) {
                tally.publishedDuringFault(from, to);
            }
            published.addAndGet(to - from);
            return;
        }
    }

    /** How many messages the publisher is behind its even spread (it catches up between faults). */
    long behind() {
        return start == 0 ? 0 : Math.max(0, due() - published.get());
    }

    /** How many messages should be out by now to spread them evenly over the run. */
    private long due() {
        double elapsed = (System.nanoTime() - start) / (double) options.duration().toNanos();
        return (long) Math.ceil(Math.min(1.0, elapsed) * options.messages());
    }

    private PusherHttpPublisher.Event message(long k) {
        long id = SoakTally.FIRST_ID + k;
        if (k % INTERCOM_EVERY == INTERCOM_EVERY - 1) {
            long intercomId = ConnectedBridge.FIRST_INTERCOM + (k / INTERCOM_EVERY) % options.intercoms();
            return new PusherHttpPublisher.Event(CALL.channel(), CALL.event(), ringingCall(id, intercomId));
        }
        long cameraId = ConnectedBridge.FIRST_EXTRA_CAMERA + k % options.cameras();
        ExampleFrame frame = CameraMessages.numbered((int) (k % Integer.MAX_VALUE), cameraId, id);
        return new PusherHttpPublisher.Event(frame.channel(), frame.event(), frame.data());
    }

    /** The example {@code intercom.call.store} notification as a ringing call {@code id} of the intercom. */
    private static String ringingCall(long id, long intercomId) {
        JsonObject notification = CALL.dataObject();
        notification.addProperty("id", UUID.randomUUID().toString());
        JsonObject call = notification.getAsJsonObject("intercom_call");
        call.addProperty("id", id);
        call.addProperty("status", "ring");
        call.getAsJsonObject("intercom").addProperty("id", intercomId);
        return notification.toString();
    }

    void stop() {
        stopped = true;
    }

    long published() {
        return published.get();
    }

    long failedBatches() {
        return failedBatches.get();
    }
}
