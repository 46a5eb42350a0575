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
package org.openhab.binding.vms.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.benchmarks.harness.Figure;
import org.openhab.binding.vms.benchmarks.harness.FigureFile;

/**
 * Collects the figure files of one run into a Markdown table (RESULTS.md) and, if asked, copies it into the README's
 * Performance section between its {@value #BEGIN} and {@value #END} markers.
 * <p>
 * Arguments: {@code <results folder> <RESULTS.md> [--readme <README.md>]}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ResultsReport {

    static final String BEGIN = "<!-- benchmark-results:begin (written by vms-benchmarks/run-all.sh --readme) -->";
    static final String END = "<!-- benchmark-results:end -->";
    private static final String RUN_ALL = "`vms-benchmarks/run-all.sh`";
    /** Figure files in the order of the table. */
    private static final List<String> PARTS = List.of("decode", "dispatch", "end-to-end", "footprint", "snapshot");

    private ResultsReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ResultsReport <results folder> <RESULTS.md> [--readme <file>]");
        }
        Path folder = Path.of(args[0]);
        List<Figure> figures = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String part : PARTS) {
            Path file = folder.resolve(part + ".json");
            if (Files.isRegularFile(file)) {
                figures.addAll(FigureFile.read(file));
            } else {
                missing.add(part);
            }
        }
        Path readme = args.length >= 4 && args[2].equals("--readme") ? Path.of(args[3]) : null;
        // a run of some parts (run-all.sh --only) keeps the README's rows of the others, saying so
        String table = table(figures, missing, RUN_ALL, readme == null ? "" : section(readme));
        Files.writeString(Path.of(args[1]), "# Performance figures\n\n" + table, StandardCharsets.UTF_8);
        if (readme != null) {
            updateReadme(readme, BEGIN, END, table);
        }
        System.out.print(table);
    }

    static String table(List<Figure> figures, List<String> missing) {
        return table(figures, missing, RUN_ALL, "");
    }

    /**
     * @param how what made the figures, e.g. {@code `vms-benchmarks/run-all.sh`}
     * @param earlier the README's section from an earlier run: its rows and details of the parts missing now are
     *            kept, in the order of {@link #PARTS}
     */
    static String table(List<Figure> figures, List<String> missing, String how, String earlier) {
        List<String> rows = new ArrayList<>();
        List<String> details = new ArrayList<>();
        List<String> carried = new ArrayList<>();
        // the run-all parts in their order, then any other part the figures have (the soak's)
        List<String> parts = new ArrayList<>(PARTS);
        figures.stream().map(Figure::part).distinct().filter(part -> !parts.contains(part)).forEach(parts::add);
        for (String part : parts) {
            List<String> oldRows = earlier.lines().filter(l -> l.startsWith("| " + part + " |")).toList();
            if (missing.contains(part) && !oldRows.isEmpty()) {
                rows.addAll(oldRows);
                earlier.lines().filter(l -> l.startsWith("- " + part + ", ")).forEach(details::add);
                carried.add(part);
                continue;
            }
            for (Figure figure : figures) {
                if (figure.part().equals(part)) {
                    rows.add("| " + figure.part() + " | " + cell(figure.name()) + " | **" + cell(figure.measured())
                            + "** | " + cell(figure.target()) + " | " + verdict(figure.met()) + " |");
                    details.add("- " + figure.part() + ", " + figure.name() + ": " + figure.detail());
                }
            }
        }
        List<String> notMeasured = missing.stream().filter(part -> !carried.contains(part)).toList();
        StringBuilder md = new StringBuilder();
        md.append("Measured ").append(LocalDate.now()).append(" with ").append(how).append(" on ").append(machine())
                .append(".");
        if (!carried.isEmpty()) {
            md.append(" The ").append(String.join(", ", carried))
                    .append(" rows are kept from the run before (this run measured only the others).");
        }
        md.append("\n\n| part | figure | measured | target | met |\n|---|---|---|---|---|\n");
        rows.forEach(row -> md.append(row).append('\n'));
        md.append("\nHow each figure was obtained:\n\n");
        details.forEach(detail -> md.append(detail).append('\n'));
        if (!notMeasured.isEmpty()) {
            md.append("\nNot measured in this run: ").append(String.join(", ", notMeasured)).append('\n');
        }
        return md.toString();
    }

    /** The README's current benchmark section, "" when it has none. */
    private static String section(Path readme) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        return begin < 0 || end < begin ? "" : text.substring(begin + BEGIN.length(), end);
    }

    private static String verdict(@Nullable Boolean met) {
        return met == null ? "-" : met ? "met" : "**missed**";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }

    /** e.g. {@code 2 cores (Intel(R) Xeon(R) ...), Linux amd64, OpenJDK 64-Bit Server VM 17.0.15}. */
    static String machine() {
        String cpu = cpuModel().map(model -> " (" + model + ")").orElse("");
        return Runtime.getRuntime().availableProcessors() + " cores" + cpu + ", " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch") + ", " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version");
    }

    private static Optional<String> cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(line -> line.toLowerCase(Locale.ROOT).startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim().replaceAll("\\s+", " "));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Replaces what the README has between the markers {@code beginMarker} and {@code endMarker} by {@code table}. */
    static void updateReadme(Path readme, String beginMarker, String endMarker, String table) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int begin = text.indexOf(beginMarker);
        int end = text.indexOf(endMarker);
        if (begin < 0 || end < begin) {
            throw new IOException(readme + " has no " + beginMarker + " ... " + endMarker + " section");
        }
        String updated = text.substring(0, begin + beginMarker.length()) + "\n" + table + text.substring(end);
        Files.writeString(readme, updated, StandardCharsets.UTF_8);
    }
}
