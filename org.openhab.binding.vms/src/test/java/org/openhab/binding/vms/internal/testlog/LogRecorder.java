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
 * Records what one logger logs at WARN or ERROR while the recorder is open, for tests that assert on log lines of
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
    private final boolean everyLevel;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LogRecorder(String loggerName, boolean everyLevel) {
        this.loggerName = loggerName;
        this.everyLevel = everyLevel;
    }

    /** Starts recording the WARN and ERROR lines of the logger named after this class. */
    public static LogRecorder warnings(Class<?> loggerClass) {
        LogRecorder recorder = new LogRecorder(loggerClass.getName(), false);
        OPEN.add(recorder);
        return recorder;
    }

    /** Starts recording every line (DEBUG too) of the logger named after this class. */
    public static LogRecorder everyLevel(Class<?> loggerClass) {
        LogRecorder recorder = new LogRecorder(loggerClass.getName(), true);
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
            if (recorder.loggerName.equals(loggerName) && (warning || recorder.everyLevel)) {
                recorder.lines.add(level + " " + line);
            }
        }
    }
}
