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
final class SoakPublisher implements Runnable {

    private static final int INTERCOM_EVERY = 20;
    private static final ExampleFrame CALL = VmsExamples.frame("notification.intercom.call.store");

    private final PusherHttpPublisher publisher;
    private final SoakOptions options;
    private final SoakPhase phase;
    private final SoakTally tally;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();
    private volatile boolean stopped;
    private long start;

    SoakPublisher(SoketiServer soketi, SoakOptions options, SoakPhase phase, SoakTally tally) {
        this.publisher = PusherHttpPublisher.forServer(soketi);
        this.options = options;
        this.phase = phase;
        this.tally = tally;
    }

    @Override
    public void run() {
        start = System.nanoTime();
        long total = options.messages();
        long next = 0;
        while (next < total && !stopped) {
            if (next >= due() || phase.state() != SoakPhase.State.CONNECTED) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
                continue;
            }
            int size = (int) Math.min(PusherHttpPublisher.MAX_BATCH_SIZE, total - next);
            List<PusherHttpPublisher.Event> batch = new ArrayList<>(size);
            for (long k = next; k < next + size; k++) {
                batch.add(message(k));
            }
            boolean fault = phase.state() == SoakPhase.State.FAULT;
            try {
                publisher.publishBatch(batch);
            } catch (IOException | RuntimeException e) {
                // soketi is down (restarting): the same batch again shortly
                failedBatches.incrementAndGet();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                continue;
            }
            if (fault || phase.state() != SoakPhase.State.CONNECTED) {
                tally.publishedDuringFault(next, next + size);
            }
            published.addAndGet(size);
            next += size;
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
