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
package org.openhab.binding.vms.simulator.runtime;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread on which a {@link LocalThingManager} does what openHAB's ThingManager hands to its thread pool: one
 * thread, tasks in the order given (openHAB's pool gives no order; one thread keeps the runs repeatable), ended after
 * a second without work. Counts the tasks not yet finished, so that a user can wait until all of them ran.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ThingManagerWorker {

    private static final AtomicInteger WORKERS = new AtomicInteger();
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    private static final Duration PAUSE_LIMIT = Duration.ofMinutes(1);

    private final Logger logger = LoggerFactory.getLogger(ThingManagerWorker.class);
    private final ThreadPoolExecutor executor;
    /** Tasks given and not finished. Guarded by itself. */
    private final Object pendingLock = new Object();
    private int pending;
    private volatile @Nullable Thread thread;

    ThingManagerWorker() {
        String name = "local-thingManager-" + WORKERS.incrementAndGet();
        executor = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread newThread = new Thread(runnable, name);
            newThread.setDaemon(true);
            return newThread;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    /** Runs the task after the ones given before; a task that throws is logged. Dropped once closed. */
    void execute(Runnable task) {
        synchronized (pendingLock) {
            pending++;
        }
        try {
            executor.execute(() -> {
                thread = Thread.currentThread();
                try {
                    task.run();
                } catch (RuntimeException e) {
                    logger.error("A task of the thing manager failed: {}", e.getMessage(), e);
                } finally {
                    finished();
                }
            });
        } catch (RejectedExecutionException e) {
            logger.debug("The thing manager is closed; a task is dropped");
            finished();
        }
    }

    private void finished() {
        synchronized (pendingLock) {
            pending--;
            if (pending == 0) {
                pendingLock.notifyAll();
            }
        }
    }

    /**
     * Waits until every task given so far, and every task those gave, has run.
     *
     * @throws IllegalStateException on time-out, when interrupted, or when called by a task (it would wait for
     *             itself)
     */
    void awaitIdle(Duration timeout) {
        if (Thread.currentThread() == thread) {
            throw new IllegalStateException("a task of the thing manager cannot wait for the thing manager");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (pendingLock) {
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException(
                            "the thing manager still had " + pending + " tasks after " + timeout.toMillis() + " ms");
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(pendingLock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the thing manager", e);
                }
            }
        }
    }

    /**
     * Holds the tasks given from now on until the returned pause is closed (at the latest after a minute), as a busy
     * thread pool would.
     */
    LocalThingManager.Pause pause() {
        CountDownLatch released = new CountDownLatch(1);
        execute(() -> {
            try {
                if (!released.await(PAUSE_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    logger.warn("The thing manager was paused for more than {} ms; it goes on",
                            PAUSE_LIMIT.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return released::countDown;
    }

    /** Runs the tasks given so far (waiting up to 5 s for them, unless called by one) and takes no more. */
    void close() {
        executor.shutdown();
        if (Thread.currentThread() == thread) {
            return;
        }
        try {
            if (!executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                logger.warn("The thing manager's tasks did not finish within {} ms", CLOSE_WAIT.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
