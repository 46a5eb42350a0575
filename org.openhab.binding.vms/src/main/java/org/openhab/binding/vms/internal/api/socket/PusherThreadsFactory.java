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
package org.openhab.binding.vms.internal.api.socket;

import java.net.Proxy;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.pusher.client.connection.websocket.WebSocketClientWrapper;
import com.pusher.client.connection.websocket.WebSocketListener;
import com.pusher.client.util.Factory;

/**
 * pusher-java-client's {@link Factory} (where the library gets its threads and sockets from), changed so that:
 * <ul>
 * <li>its two threads are named after us ({@code <prefix>-events}, {@code <prefix>-timers}) instead of
 * {@code pusher-java-clienteventQueue}, and belong to this client alone (the library serialises the event threads
 * of all clients in the JVM on one static lock);</li>
 * <li>an exception in a task on the event thread is caught, counted and logged at debug instead of killing the
 * thread and printing a stack trace to stderr;</li>
 * <li>idle threads end by themselves, so nothing leaks if a late callback arrives after the library shut them
 * down;</li>
 * <li>every socket comes with a {@link PusherFrameGate}, and {@code wss} sockets with our TLS trust.</li>
 * </ul>
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class PusherThreadsFactory extends Factory {

    private static final long IDLE_SECONDS = 30;

    /** Handed out after {@link #retire()}: accepts and silently drops what the library schedules. */
    private static final ScheduledThreadPoolExecutor DISCARDING_TIMERS = discardingTimers();

    private final Logger logger = LoggerFactory.getLogger(PusherThreadsFactory.class);

    private final String threadNamePrefix;
    private final int webSocketPingSeconds;
    private final @Nullable SSLSocketFactory sslSocketFactory;
    private final PusherFrameGate.Callbacks gateCallbacks;
    private final Set<String> channels;
    private final AtomicLong internalFailures;
    private final AtomicInteger socketNumber = new AtomicInteger();
    private @Nullable ThreadPoolExecutor events;
    private @Nullable ScheduledThreadPoolExecutor timers;
    private @Nullable PusherFrameGate currentGate;
    /** Set once the client is closed: late library work must not start threads that outlive it. */
    private boolean retired;

    /** @param sslSocketFactory TLS sockets for {@code wss}; null for the JVM's default trust */
    PusherThreadsFactory(String threadNamePrefix, int webSocketPingSeconds,
            @Nullable SSLSocketFactory sslSocketFactory, PusherFrameGate.Callbacks gateCallbacks,
            Set<String> channels, AtomicLong internalFailures) {
        this.threadNamePrefix = threadNamePrefix;
        this.webSocketPingSeconds = webSocketPingSeconds;
        this.sslSocketFactory = sslSocketFactory;
        this.gateCallbacks = gateCallbacks;
        this.channels = channels;
        this.internalFailures = internalFailures;
    }

    @Override
    public synchronized void queueOnEventThread(@Nullable Runnable task) {
        if (task == null) {
            return;
        }
        ThreadPoolExecutor executor = events;
        if (executor == null || executor.isShutdown()) {
            if (retired) {
                // e.g. a channel authorisation that returned after the close: nobody listens any more
                return;
            }
            executor = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    named(threadNamePrefix + "-events"));
            executor.allowCoreThreadTimeOut(true);
            events = executor;
        }
        executor.execute(() -> runGuarded(task));
    }

    @Override
    public synchronized ScheduledExecutorService getTimers() {
        ScheduledThreadPoolExecutor executor = timers;
        if (executor == null || executor.isShutdown()) {
            if (retired) {
                return DISCARDING_TIMERS;
            }
            executor = new ScheduledThreadPoolExecutor(1, named(threadNamePrefix + "-timers"));
            executor.setKeepAliveTime(IDLE_SECONDS, TimeUnit.SECONDS);
            executor.allowCoreThreadTimeOut(true);
            // the library cancels and re-schedules its ping timer on every inbound frame
            executor.setRemoveOnCancelPolicy(true);
            // after the library shuts the timers down (DISCONNECTED) no delayed task of this connection matters
            executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            timers = executor;
        }
        return executor;
    }

    /**
     * The client is closed: once the library has shut its threads down (DISCONNECTED), late tasks are dropped
     * instead of starting new threads, so nothing of a closed client lingers.
     */
    synchronized void retire() {
        retired = true;
    }

    @Override
    public synchronized void shutdownThreads() {
        ThreadPoolExecutor e = events;
        if (e != null) {
            e.shutdown(); // queued tasks (the last state notifications) still run
            events = null;
        }
        ScheduledThreadPoolExecutor t = timers;
        if (t != null) {
            t.shutdown();
            timers = null;
        }
    }

    @Override
    public synchronized WebSocketClientWrapper newWebSocketClientWrapper(@Nullable URI uri, @Nullable Proxy proxy,
            @Nullable WebSocketListener libraryListener) throws SSLException {
        if (uri == null || libraryListener == null) {
            throw new IllegalArgumentException("no URI or listener for the socket");
        }
        PusherFrameGate previous = currentGate;
        if (previous != null) {
            previous.retire();
        }
        PusherFrameGate gate = new PusherFrameGate(libraryListener, gateCallbacks, channels);
        currentGate = gate;
        return new PusherSocket(uri, proxy == null ? Proxy.NO_PROXY : proxy, gate,
                threadNamePrefix + "-read-" + socketNumber.incrementAndGet(), webSocketPingSeconds, sslSocketFactory);
    }

    /**
     * Drops the current socket without waiting for the server's close frame. Java-WebSocket waits for it without a
     * time limit, so a server that stopped answering would leave a requested disconnect hanging.
     */
    synchronized void forceCloseCurrentSocket() {
        PusherFrameGate gate = currentGate;
        if (gate != null) {
            gate.forceClose();
        }
    }

    private void runGuarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            internalFailures.incrementAndGet();
            // the gate keeps bad frames away, so this is a library defect; the text names a cast or parse
            logger.debug("Ignored a failure inside pusher-java-client: {}", e.toString());
        }
    }

    private static ScheduledThreadPoolExecutor discardingTimers() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, named("vms-socket-discarded"),
                new ThreadPoolExecutor.DiscardPolicy());
        executor.shutdown(); // never runs anything, never starts a thread
        return executor;
    }

    private static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
