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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Leaves the figures of a fuzz run in {@code target/fuzz-report.txt} (one line per run, appended), for the README.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class FuzzReport {

    private FuzzReport() {
    }

    static void write(String test, long frames, Duration took, String details) {
        Path target = Path.of("target");
        if (!Files.isDirectory(target)) {
            return;
        }
        String line = test + ": " + frames + " frames in " + took.toMillis() + " ms; " + details + "\n";
        try {
            Files.writeString(target.resolve("fuzz-report.txt"), line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the figures are a by-product; the assertions are what counts
        }
    }
}
