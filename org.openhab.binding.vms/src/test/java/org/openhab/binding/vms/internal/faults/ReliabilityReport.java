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
package org.openhab.binding.vms.internal.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The fault suite's results as a Markdown table: every scenario adds its row when it passes, and the whole table is
 * written to {@code org.openhab.binding.vms/target/reliability.md} each time. With {@code -Dvms.updateReadme=true}
 * the block between {@value #START} and {@value #END} in the repository's root README is replaced by the same table
 * (nothing else in the README is touched). Rows are ordered by the number each scenario gives itself.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ReliabilityReport {

    static final String START = "<!-- reliability:start -->";
    static final String END = "<!-- reliability:end -->";
    static final String UPDATE_README_PROPERTY = "vms.updateReadme";

    /**
     * One scenario's outcome.
     *
     * @param order position in the table
     * @param scenario what was done
     * @param server the Pusher server behind the simulated VMS
     * @param finalStatus the bridge's status at the end (and its children's when different)
     * @param timeToOnline from the end of the fault to the bridge's ONLINE, as measured
     * @param lostWhileConnected numbered messages published while the bridge was ONLINE that never triggered
     * @param lostDuringOutage numbered messages published during the fault that never triggered, "n of m", or "-"
     * @param caughtUp numbered messages published during the fault that fired late (read from the server's history
     *            after the reconnect), "n of m", or "-"
     * @param duplicates triggers beyond the first per numbered message
     * @param reconnects socket connections after the first (the connection's statistics)
     * @param logins login requests ({@code POST token}) the simulated VMS received
     * @param notes what else was asserted or measured
     */
    record Row(int order, String scenario, String server, String finalStatus, String timeToOnline,
            long lostWhileConnected, String lostDuringOutage, String caughtUp, long duplicates, long reconnects,
            long logins, String notes) {

        String markdown() {
            return "| " + String.join(" | ", cell(scenario), cell(server), cell(finalStatus), cell(timeToOnline),
                    Long.toString(lostWhileConnected), cell(lostDuringOutage), cell(caughtUp), Long.toString(duplicates),
                    Long.toString(reconnects), Long.toString(logins), cell(notes)) + " |";
        }

        private static String cell(String text) {
            return text.replace("|", "\\|").replace("\n", " ");
        }
    }

    private static final Map<Integer, Row> ROWS = new TreeMap<>();

    private ReliabilityReport() {
    }

    /** Adds (or replaces) a scenario's row and writes the report. */
    static synchronized void record(Row row) {
        ROWS.put(row.order(), row);
        String table = table();
        write(moduleDirectory().resolve("target").resolve("reliability.md"),
                "# Reliability (fault suite)\n\n" + table);
        if (Boolean.getBoolean(UPDATE_README_PROPERTY)) {
            Path readme = projectRoot().resolve("README.md");
            write(readme, replaceBlock(read(readme), table));
        }
    }

    static String table() {
        StringBuilder text = new StringBuilder();
        text.append("| Scenario | Pusher server | Final status | Time to ONLINE | Lost while connected"
                + " | Lost during outage | Caught up | Duplicates | Reconnects | Login requests | Also checked |\n");
        text.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : ROWS.values()) {
            text.append(row.markdown()).append('\n');
        }
        text.append("\nMeasured on ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(".\n");
        return text.toString();
    }

    /** The README with the text between the markers replaced; fails if the markers are missing. */
    static String replaceBlock(String readme, String block) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException("README.md has no " + START + " ... " + END + " block");
        }
        return readme.substring(0, start + START.length()) + "\n" + block + readme.substring(end);
    }

    private static Path moduleDirectory() {
        String basedir = System.getProperty("basedir");
        return basedir == null || basedir.isBlank() ? Path.of("").toAbsolutePath() : Path.of(basedir);
    }

    private static Path projectRoot() {
        String root = System.getProperty("vms.project.root");
        return root == null || root.isBlank() ? moduleDirectory().getParent() : Path.of(root);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            @Nullable
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
