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
package org.openhab.binding.vms.internal.testlog;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Records what one logger logs at WARN or ERROR (or what a group of loggers logs at any level) while the recorder is open, for tests that assert on log lines of
 * code they do not own, e.g. openHAB's {@code BaseThingHandler} warning about an update after {@code dispose()}.
 * Fed by the tests' SLF4J backend ({@link SecretScanningLogger}), so it sees the stand-in's loggers and real
 * openHAB's alike.
 *
 * <pre>
 * try (LogRecorder warnings = LogRecorder.warnings(BaseThingHandler.class)) {
 *     ...
 *     assertEquals(List.of(), warnings.lines());
 * }
 * </pre>
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LogRecorder implements AutoCloseable {

    private static final Set<LogRecorder> OPEN = new CopyOnWriteArraySet<>();

    private final String loggerName;
    /** Whether {@link #loggerName} is a prefix (every level recorded) or one logger's name (WARN and ERROR). */
    private final boolean everything;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LogRecorder(String loggerName, boolean everything) {
        this.loggerName = loggerName;
        this.everything = everything;
    }

    /** Starts recording the WARN and ERROR lines of the logger named after this class. */
    public static LogRecorder warnings(Class<?> loggerClass) {
        LogRecorder recorder = new LogRecorder(loggerClass.getName(), false);
        OPEN.add(recorder);
        return recorder;
    }

    /**
     * Starts recording every line, at every level down to TRACE, of every logger whose name starts with
     * {@code loggerPrefix} (e.g. {@code "org.openhab.binding.vms."}), for tests that look for what must never be
     * logged.
     */
    public static LogRecorder everything(String loggerPrefix) {
        LogRecorder recorder = new LogRecorder(loggerPrefix, true);
        OPEN.add(recorder);
        return recorder;
    }

    /** The lines so far, as "LEVEL message". */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        OPEN.remove(this);
    }

    static void logged(String loggerName, String level, String line) {
        boolean warning = "WARN".equals(level) || "ERROR".equals(level);
        for (LogRecorder recorder : OPEN) {
            if (recorder.everything ? loggerName.startsWith(recorder.loggerName)
                    : warning && recorder.loggerName.equals(loggerName)) {
                recorder.lines.add(level + " " + line);
            }
        }
    }
}
