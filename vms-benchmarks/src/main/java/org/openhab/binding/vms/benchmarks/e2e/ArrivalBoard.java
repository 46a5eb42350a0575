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

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * When each receiver got each message. Messages are sent one at a time: {@link #expect} opens message {@code seq},
 * receivers report with {@link #arrived}, and {@link #await} waits until all have it (or gives up).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ArrivalBoard {

    private final int receivers;
    private final long[][] arrivals;
    private volatile int currentSeq = -1;
    private volatile CountDownLatch pending = new CountDownLatch(0);

    ArrivalBoard(int receivers, int messages) {
        this.receivers = receivers;
        this.arrivals = new long[receivers][messages];
    }

    /** Opens message {@code seq}; call before publishing it. */
    void expect(int seq) {
        pending = new CountDownLatch(receivers);
        currentSeq = seq;
    }

    /** Called by receiver {@code receiver} the moment its callback sees message {@code seq}. */
    void arrived(int receiver, int seq, long nanoTime) {
        if (seq == currentSeq && arrivals[receiver][seq] == 0) {
            arrivals[receiver][seq] = nanoTime;
            pending.countDown();
        }
    }

    /** @return whether every receiver got the current message within the time-out */
    boolean await(long timeoutMillis) throws InterruptedException {
        return pending.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** {@link System#nanoTime()} of the arrival, 0 if it did not arrive. */
    long arrival(int receiver, int seq) {
        return arrivals[receiver][seq];
    }
}
