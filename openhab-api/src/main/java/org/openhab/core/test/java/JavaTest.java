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
package org.openhab.core.test.java;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in for openHAB's {@code JavaTest}, the base class of openHAB's plain Java tests: polling waits instead of
 * sleeps. An assertion is retried while it throws an {@link Error} (such as {@link AssertionError}) until the timeout,
 * then run a last time so its failure is reported. As in openHAB, {@link #waitFor} and the {@code Runnable} waits
 * count the time slept between tries against the timeout (the tries themselves are extra), the {@code Supplier}
 * waits the time passed.
 * <p>
 * The log-interception helpers ({@code setupInterceptedLogger} etc. and the nested {@code LogLevel}) are left out:
 * they need Logback (see README).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class JavaTest {

    protected static final int DFL_TIMEOUT = 10000;
    protected static final int DFL_SLEEP_TIME = 50;

    public JavaTest() {
        // base class for tests
    }

    /**
     * @param condition the condition to wait for
     * @return whether the condition became true within {@link #DFL_TIMEOUT} milliseconds
     */
    protected boolean waitFor(BooleanSupplier condition) {
        return waitFor(condition, DFL_TIMEOUT, DFL_SLEEP_TIME);
    }

    /**
     * @param condition the condition to wait for
     * @param timeout milliseconds to wait at most
     * @param sleepTime milliseconds between two checks
     * @return whether the condition became true in time
     */
    protected boolean waitFor(BooleanSupplier condition, long timeout, long sleepTime) {
        long waited = 0;
        boolean holds;
        while (!(holds = condition.getAsBoolean()) && waited < timeout) {
            waited += sleepTime;
            internalSleep(sleepTime);
        }
        return holds;
    }

    protected void waitForAssert(Runnable assertion) {
        waitForAssert(assertion, null, null, DFL_TIMEOUT, DFL_SLEEP_TIME);
    }

    /**
     * @param assertion the assertion to retry
     * @param timeout milliseconds to retry at most
     * @param sleepTime milliseconds between two tries
     */
    protected void waitForAssert(Runnable assertion, long timeout, long sleepTime) {
        waitForAssert(assertion, null, null, timeout, sleepTime);
    }

    /**
     * @return the value of the first successful call of the assertion
     */
    protected <T> T waitForAssert(Supplier<T> assertion) {
        return waitForAssert(assertion, DFL_TIMEOUT, DFL_SLEEP_TIME);
    }

    /**
     * @param assertion the assertion to retry; it may also throw a {@link NullPointerException} while the value it
     *            checks is not there yet
     * @param timeout milliseconds to retry at most
     * @param sleepTime milliseconds between two tries
     * @return the value of the first successful call of the assertion
     */
    protected <T> T waitForAssert(Supplier<T> assertion, long timeout, long sleepTime) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout);
        while (System.nanoTime() - deadline < 0) {
            try {
                return assertion.get();
            } catch (Error | NullPointerException e) {
                internalSleep(sleepTime);
            }
        }
        return assertion.get();
    }

    /**
     * @param beforeLastCall run once before the last try, when all tries within the timeout have failed
     */
    protected void waitForAssert(Runnable assertion, @Nullable Runnable beforeLastCall, long timeout,
            long sleepTime) {
        waitForAssert(assertion, beforeLastCall, null, timeout, sleepTime);
    }

    /**
     * @param beforeLastCall run once before the last try, when all tries within the timeout have failed
     * @param afterLastCall run after the successful or the last try
     */
    protected void waitForAssert(Runnable assertion, @Nullable Runnable beforeLastCall,
            @Nullable Runnable afterLastCall, long timeout, long sleepTime) {
        long waited = 0;
        while (waited < timeout) {
            try {
                assertion.run();
                if (afterLastCall != null) {
                    afterLastCall.run();
                }
                return;
            } catch (Error e) {
                waited += sleepTime;
                internalSleep(sleepTime);
            }
        }
        if (beforeLastCall != null) {
            beforeLastCall.run();
        }
        try {
            assertion.run();
        } finally {
            if (afterLastCall != null) {
                afterLastCall.run();
            }
        }
    }

    /**
     * @return {@code null} typed as non-null, to test how code handles a null it should never get
     */
    @SuppressWarnings("null")
    protected static <T> T giveNull() {
        return null;
    }

    private static void internalSleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("We shouldn't be interrupted while testing", e);
        }
    }
}
