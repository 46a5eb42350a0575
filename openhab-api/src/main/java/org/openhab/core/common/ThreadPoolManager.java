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
package org.openhab.core.common;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for openHAB's {@code ThreadPoolManager}: named, shared thread pools. As in openHAB, a shared pool
 * cannot be shut down by one of its users (a call to {@code shutdown()} is logged and ignored), so a handler that
 * wrongly shuts down its {@code scheduler} does not break the other handlers. The threads are daemon threads, so
 * a test JVM is never kept alive by them.
 *
 * @author VMS binding contributors - Initial contribution
 */
@Component(configurationPid = ThreadPoolManager.CONFIGURATION_PID)
public class ThreadPoolManager {

    public static final String CONFIGURATION_PID = "org.openhab.threadpool";

    /**
     * The common thread pool for light-weight tasks that run quickly.
     */
    public static final String THREAD_POOL_NAME_COMMON = "common";

    protected static final int DEFAULT_THREAD_POOL_SIZE = 5;

    protected static final long THREAD_TIMEOUT = 65L;
    protected static final long THREAD_MONITOR_SLEEP = 60000;

    protected static Map<String, ExecutorService> pools = new ConcurrentHashMap<>();

    private static final Logger LOGGER = LoggerFactory.getLogger(ThreadPoolManager.class);
    private static final Map<String, Integer> CONFIGS = new ConcurrentHashMap<>();

    public ThreadPoolManager() {
        // a component in openHAB; static utility in practice
    }

    protected void activate(Map<String, Object> properties) {
        modified(properties);
    }

    protected void modified(Map<String, Object> properties) {
        for (Map.Entry<String, Object> entry : properties.entrySet()) {
            try {
                CONFIGS.put(entry.getKey(), Integer.valueOf(String.valueOf(entry.getValue())));
            } catch (NumberFormatException e) {
                LOGGER.warn("Ignoring invalid size '{}' for thread pool '{}'", entry.getValue(), entry.getKey());
            }
        }
    }

    /**
     * @param poolName the pool whose threads run the tasks
     * @param threadName the name of the executor (used for its thread)
     * @return an executor that runs its tasks one after another; unlike the shared pools, it may be shut down
     */
    public static ScheduledExecutorService getPoolBasedSequentialScheduledExecutorService(String poolName,
            String threadName) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
                new NamedThreadFactory(poolName + "-" + threadName));
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /**
     * @param poolName the name of the shared pool
     * @return the shared scheduled pool of that name, created on first use
     */
    public static ScheduledExecutorService getScheduledPool(String poolName) {
        ExecutorService pool = pools.computeIfAbsent(poolName, name -> {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(getConfig(name),
                    new NamedThreadFactory(name));
            executor.setKeepAliveTime(THREAD_TIMEOUT, TimeUnit.SECONDS);
            executor.allowCoreThreadTimeOut(true);
            executor.setRemoveOnCancelPolicy(true);
            return new UnstoppableScheduledExecutorService(name, executor);
        });
        if (pool instanceof ScheduledExecutorService scheduled) {
            return scheduled;
        }
        throw new IllegalArgumentException("Pool " + poolName + " is not a scheduled pool!");
    }

    /**
     * @param poolName the name of the shared pool
     * @return the shared pool of that name, created on first use
     */
    public static ExecutorService getPool(String poolName) {
        return pools.computeIfAbsent(poolName, name -> {
            int size = getConfig(name);
            ThreadPoolExecutor executor = new ThreadPoolExecutor(size, size, THREAD_TIMEOUT, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), new NamedThreadFactory(name));
            executor.allowCoreThreadTimeOut(true);
            return new UnstoppableExecutorService<>(name, executor);
        });
    }

    protected static int getConfig(String poolName) {
        Integer configured = CONFIGS.get(poolName);
        return configured != null ? configured : DEFAULT_THREAD_POOL_SIZE;
    }

    public static Set<String> getPoolNames() {
        return Set.copyOf(pools.keySet());
    }

    /** Names the threads "OH-&lt;pool&gt;-&lt;n&gt;" like openHAB does, and makes them daemons. */
    private static final class NamedThreadFactory implements ThreadFactory {
        private final String name;
        private final AtomicInteger count = new AtomicInteger();

        NamedThreadFactory(String name) {
            this.name = name;
        }

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "OH-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    /** A shared pool: its users may submit work but not shut it down. */
    private static class UnstoppableExecutorService<T extends ExecutorService> implements ExecutorService {
        final String poolName;
        final T delegate;

        UnstoppableExecutorService(String poolName, T delegate) {
            this.poolName = poolName;
            this.delegate = delegate;
        }

        @Override
        public void shutdown() {
            LOGGER.warn("shutdown() invoked on a shared thread pool '{}'. This is a bug.", poolName);
        }

        @Override
        public List<Runnable> shutdownNow() {
            LOGGER.warn("shutdownNow() invoked on a shared thread pool '{}'. This is a bug.", poolName);
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return delegate.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return delegate.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return delegate.awaitTermination(timeout, unit);
        }

        @Override
        public <V> Future<V> submit(Callable<V> task) {
            return delegate.submit(task);
        }

        @Override
        public <V> Future<V> submit(Runnable task, V result) {
            return delegate.submit(task, result);
        }

        @Override
        public Future<?> submit(Runnable task) {
            return delegate.submit(task);
        }

        @Override
        public <V> List<Future<V>> invokeAll(Collection<? extends Callable<V>> tasks) throws InterruptedException {
            return delegate.invokeAll(tasks);
        }

        @Override
        public <V> List<Future<V>> invokeAll(Collection<? extends Callable<V>> tasks, long timeout, TimeUnit unit)
                throws InterruptedException {
            return delegate.invokeAll(tasks, timeout, unit);
        }

        @Override
        public <V> V invokeAny(Collection<? extends Callable<V>> tasks)
                throws InterruptedException, ExecutionException {
            return delegate.invokeAny(tasks);
        }

        @Override
        public <V> V invokeAny(Collection<? extends Callable<V>> tasks, long timeout, TimeUnit unit)
                throws InterruptedException, ExecutionException, TimeoutException {
            return delegate.invokeAny(tasks, timeout, unit);
        }

        @Override
        public void execute(Runnable command) {
            delegate.execute(command);
        }
    }

    private static final class UnstoppableScheduledExecutorService
            extends UnstoppableExecutorService<ScheduledExecutorService> implements ScheduledExecutorService {

        UnstoppableScheduledExecutorService(String poolName, ScheduledExecutorService delegate) {
            super(poolName, delegate);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            return delegate.schedule(command, delay, unit);
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            return delegate.schedule(callable, delay, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period,
                TimeUnit unit) {
            return delegate.scheduleAtFixedRate(command, initialDelay, period, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
                TimeUnit unit) {
            return delegate.scheduleWithFixedDelay(command, initialDelay, delay, unit);
        }
    }
}
