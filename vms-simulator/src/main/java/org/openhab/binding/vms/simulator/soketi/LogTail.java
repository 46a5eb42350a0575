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
package org.openhab.binding.vms.simulator.soketi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The last lines of a child process's log file, for failure messages. ANSI colour codes (soketi colours its output
 * even into a file) are removed.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class LogTail {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

    private LogTail() {
    }

    static String of(Path file, int maxLines) {
        if (!Files.isRegularFile(file)) {
            return "(no log at " + file + ")";
        }
        Deque<String> lines = new ArrayDeque<>();
        try {
            // malformed bytes must not hide the log: decode leniently
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (String line : text.split("\r?\n")) {
                String clean = ANSI.matcher(line).replaceAll("").strip();
                if (!clean.isEmpty()) {
                    lines.addLast(clean);
                    if (lines.size() > maxLines) {
                        lines.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            return "(log " + file + " unreadable: " + e.getMessage() + ")";
        }
        return "--- last lines of " + file + " ---\n" + String.join("\n", lines);
    }
}
