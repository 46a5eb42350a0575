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
package org.openhab.binding.vms.internal.api.connection;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsUnknownMessage;
import org.openhab.binding.vms.internal.api.socket.VmsConnectionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the {@link VmsAccountListener} on one thread of its own, one call at a time, in the order things happened.
 * The socket library's thread only decodes and hands off here, so a slow listener (a rule, a REST call of the
 * handler) never stalls the socket: frames keep being read, pings answered, liveness kept.
 * <p>
 * Events wait in a bounded queue; when it is full a new event is dropped and counted, and once the backlog is
 * delivered the listener gets {@link VmsAccountListener#resyncNeeded()} so it re-reads what it missed. Status calls
 * are never dropped (they are few: at most one per connection attempt). After {@link #stop()} nothing more is
 * called, not even what was still queued. The thread ends when idle for a minute, and at once after stop.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ListenerDelivery {

    private static final long IDLE_SECONDS = 60;

    /** One start-stop cycle: tasks of an old cycle stay muted even after a restart. */
    private static final class Cycle {
        final ThreadPoolExecutor executor;
        volatile boolean muted;

        Cycle(ThreadPoolExecutor executor) {
            this.executor = executor;
        }
    }

    private final Logger logger = LoggerFactory.getLogger(ListenerDelivery.class);
    private final VmsAccountListener listener;
    private final String threadName;
    private final int eventCapacity;
    private final AtomicInteger pendingEvents = new AtomicInteger();
    private final AtomicBoolean resyncAfterOverflow = new AtomicBoolean();
    private final AtomicLong overflowed = new AtomicLong();
    private final AtomicLong listenerFailures = new AtomicLong();
    private @Nullable Cycle cycle;

    ListenerDelivery(VmsAccountListener listener, String threadName, int eventCapacity) {
        this.listener = listener;
        this.threadName = threadName;
        this.eventCapacity = eventCapacity;
    }

    synchronized void start() {
        if (cycle != null) {
            return;
        }
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, threadName);
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        pendingEvents.set(0);
        resyncAfterOverflow.set(false);
        cycle = new Cycle(executor);
    }

    /** Nothing is called any more; a call in progress finishes, the thread then ends. Returns at once. */
    synchronized void stop() {
        Cycle current = cycle;
        cycle = null;
        if (current != null) {
            current.muted = true;
            current.executor.shutdown();
        }
    }

    void statusChanged(VmsAccountStatus status, @Nullable VmsApiException problem) {
        submit(() -> listener.statusChanged(status, problem), "statusChanged");
    }

    void socketStateChanged(VmsConnectionState state) {
        submit(() -> listener.socketStateChanged(state), "socketStateChanged");
    }

    void resyncNeeded() {
        submit(listener::resyncNeeded, "resyncNeeded");
    }

    /** @return false when the queue was full and the event was dropped */
    boolean event(VmsEvent event) {
        return queueEvent(() -> listener.event(event), event.kind().name());
    }

    /** A message from a history: in the same queue and order as the live ones. */
    boolean lateEvent(VmsEvent event) {
        return queueEvent(() -> listener.lateEvent(event), "late " + event.kind().name());
    }

    /** A message of an unknown type: queued like an event, in the same bounded queue. */
    boolean unknownMessage(VmsUnknownMessage message) {
        return queueEvent(() -> listener.unknownMessage(message), "unknown message");
    }

    private boolean queueEvent(Runnable call, String what) {
        if (pendingEvents.incrementAndGet() > eventCapacity) {
            pendingEvents.decrementAndGet();
            overflowed.incrementAndGet();
            resyncAfterOverflow.set(true);
            logger.debug("Listener queue full ({} events); dropped a {} event", eventCapacity, what);
            return false;
        }
        boolean queued = submit(() -> {
            try {
                call.run();
            } finally {
                if (pendingEvents.decrementAndGet() == 0 && resyncAfterOverflow.getAndSet(false)) {
                    listener.resyncNeeded();
                }
            }
        }, "event");
        if (!queued) {
            pendingEvents.decrementAndGet();
        }
        return queued;
    }

    /** Events dropped because the queue was full. */
    long overflowed() {
        return overflowed.get();
    }

    /** Exceptions thrown by the listener (caught, logged at debug). */
    long listenerFailures() {
        return listenerFailures.get();
    }

    private boolean submit(Runnable call, String what) {
        Cycle current;
        synchronized (this) {
            current = cycle;
        }
        if (current == null) {
            return false;
        }
        Cycle target = current;
        try {
            target.executor.execute(() -> {
                if (target.muted) {
                    return;
                }
                try {
                    call.run();
                } catch (RuntimeException e) {
                    listenerFailures.incrementAndGet();
                    logger.debug("The account listener failed in {}: {}", what, e.toString());
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false; // stopped meanwhile
        }
    }
}
