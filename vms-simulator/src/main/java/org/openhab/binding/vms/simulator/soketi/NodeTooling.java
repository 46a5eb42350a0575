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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Finds out whether Node.js and npm can be started from the PATH, which soketi needs.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class NodeTooling {

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .startsWith("windows");

    private NodeTooling() {
    }

    /** The command that starts Node.js. */
    public static String node() {
        return "node";
    }

    /** The command that starts npm ({@code npm.cmd} on Windows, where npm is a batch file). */
    public static String npm() {
        return WINDOWS ? "npm.cmd" : "npm";
    }

    /**
     * @return empty when both {@code node --version} and {@code npm --version} run and exit 0; otherwise why not
     */
    public static Optional<String> whyUnavailable() {
        for (String tool : List.of(node(), npm())) {
            Optional<String> problem = probe(tool);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> probe(String tool) {
        Process process;
        try {
            process = new ProcessBuilder(tool, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Optional.of("'" + tool + "' is not on the PATH (" + e.getMessage() + ")");
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.of("'" + tool + " --version' did not finish within 60 s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while probing '" + tool + "'");
        }
        int exit = process.exitValue();
        return exit == 0 ? Optional.empty() : Optional.of("'" + tool + " --version' exited with " + exit);
    }
}
