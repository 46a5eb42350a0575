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
package org.openhab.binding.vms.internal.handler;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Passes on a value at most once per interval, and always the latest one: the first value of a quiet period goes out
 * at once, the ones that follow within the interval are collapsed into one trailing update at the interval's end.
 * For channels that would otherwise change with every socket message ({@code last-message}): each update is an event
 * on openHAB's bus and a write to every persistence service. Thread-safe.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ThrottledUpdate<T> {

    private final long intervalNanos;
    private final ScheduledExecutorService scheduler;
    private final Consumer<T> send;
    // ---- guarded by this
    private @Nullable T pending;
    private long lastSentNanos;
    private boolean sentOnce;
    private @Nullable ScheduledFuture<?> trailing;
    private boolean stopped;

    /**
     * @param send called with each value that goes out, on the caller's thread or the scheduler's
     */
    ThrottledUpdate(Duration interval, ScheduledExecutorService scheduler, Consumer<T> send) {
        this.intervalNanos = interval.toNanos();
        this.scheduler = scheduler;
        this.send = send;
    }

    void offer(T value) {
        synchronized (this) {
            if (stopped) {
                return;
            }
            pending = value;
            if (trailing != null) {
                return; // goes out with the trailing update
            }
            long wait = sentOnce ? lastSentNanos + intervalNanos - System.nanoTime() : 0;
            if (wait > 0) {
                try {
                    trailing = scheduler.schedule(this::sendPending, wait, TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException e) {
                    pending = null; // shutting down
                }
                return;
            }
        }
        sendPending();
    }

    /** Nothing goes out from now on, not even a pending value. */
    synchronized void stop() {
        stopped = true;
        pending = null;
        ScheduledFuture<?> job = trailing;
        if (job != null) {
            job.cancel(false);
        }
    }

    private void sendPending() {
        T value;
        synchronized (this) {
            trailing = null;
            value = pending;
            pending = null;
            if (value == null || stopped) {
                return;
            }
            sentOnce = true;
            lastSentNanos = System.nanoTime();
        }
        send.accept(value);
    }
}
