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
package org.openhab.binding.vms.internal.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test during which any thread of the JVM died of an uncaught exception (or error): the default handler is
 * replaced for the duration of the test and records the thread and what killed it.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class UncaughtExceptionWatch implements BeforeEachCallback, AfterEachCallback {

    private final List<String> deaths = new CopyOnWriteArrayList<>();
    private Thread.@Nullable UncaughtExceptionHandler previous;

    @Override
    public void beforeEach(ExtensionContext context) {
        deaths.clear();
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(
                (thread, throwable) -> deaths.add(thread.getName() + " died of " + throwable + origin(throwable)));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        check();
    }

    /** Where it began: the outermost frames of the trace (a stack overflow's innermost ones all look alike). */
    private static String origin(Throwable throwable) {
        StackTraceElement[] trace = throwable.getStackTrace();
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(0, trace.length - 12); i < trace.length; i++) {
            text.append("\n\tat ").append(trace[i]);
        }
        return text.toString();
    }

    /** Fails if a thread died so far. */
    void check() {
        if (!deaths.isEmpty()) {
            fail("uncaught exceptions: " + deaths);
        }
    }

    /** How many threads died so far. */
    int deaths() {
        return deaths.size();
    }
}
