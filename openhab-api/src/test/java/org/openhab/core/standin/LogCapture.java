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
package org.openhab.core.standin;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the stand-in's tests log while it is open: slf4j-simple (their logging backend) writes each line to the
 * {@code System.err} of the moment, "[thread] LEVEL logger.name - message", so the lines are caught by swapping it.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LogCapture implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    public LogCapture() {
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    /**
     * @return the lines logged so far, without the thread name: "LEVEL logger.name - message"
     */
    public List<String> lines() {
        return captured.toString(StandardCharsets.UTF_8).lines()
                .map(line -> line.startsWith("[") && line.contains("] ") ? line.substring(line.indexOf("] ") + 2)
                        : line)
                .toList();
    }

    @Override
    public void close() {
        System.setErr(original);
        original.print(captured.toString(StandardCharsets.UTF_8));
    }
}
