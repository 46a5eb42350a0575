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

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * A logger enabled at every level, so every log statement of the code under test is formatted and scanned by
 * {@link LogSecretScanner}; lines at or above the console level (system property {@code vms.test.log.level},
 * default WARN) are also printed to stderr.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class SecretScanningLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;
    private static final Level CONSOLE_LEVEL = Level
            .valueOf(System.getProperty("vms.test.log.level", "WARN").toUpperCase(java.util.Locale.ROOT));

    SecretScanningLogger(String name) {
        this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
        return true;
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    protected @Nullable String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, @Nullable Marker marker, @Nullable String messagePattern,
            Object @Nullable [] arguments, @Nullable Throwable throwable) {
        String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
        StringBuilder line = new StringBuilder(message == null ? "null" : message);
        if (throwable != null) {
            StringWriter trace = new StringWriter();
            throwable.printStackTrace(new PrintWriter(trace));
            line.append(System.lineSeparator()).append(trace);
        }
        String text = line.toString();
        LogSecretScanner.scan(name, level.name(), text);
        LogRecorder.logged(name, level.name(), text);
        if (level.toInt() >= CONSOLE_LEVEL.toInt()) {
            PrintStream err = System.err;
            err.println(LocalTime.now() + " [" + Thread.currentThread().getName() + "] " + level + " " + name + " - "
                    + text);
        }
    }
}
