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
    /** Figure files in the order of the table. */
    private static final List<String> PARTS = List.of("decode", "dispatch", "end-to-end", "footprint");

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
        String table = table(figures, missing, "`vms-benchmarks/run-all.sh`");
        Files.writeString(Path.of(args[1]), "# Performance figures\n\n" + table, StandardCharsets.UTF_8);
        if (args.length >= 4 && args[2].equals("--readme")) {
            updateReadme(Path.of(args[3]), BEGIN, END, table);
        }
        System.out.print(table);
    }

    /** @param how what made the figures, e.g. {@code `vms-benchmarks/run-all.sh`} */
    static String table(List<Figure> figures, List<String> missing, String how) {
        StringBuilder md = new StringBuilder();
        md.append("Measured ").append(LocalDate.now()).append(" with ").append(how).append(" on ").append(machine())
                .append(".\n\n");
        md.append("| part | figure | measured | target | met |\n|---|---|---|---|---|\n");
        for (Figure figure : figures) {
            md.append("| ").append(figure.part()).append(" | ").append(cell(figure.name())).append(" | **")
                    .append(cell(figure.measured())).append("** | ").append(cell(figure.target())).append(" | ")
                    .append(verdict(figure.met())).append(" |\n");
        }
        md.append("\nHow each figure was obtained:\n\n");
        for (Figure figure : figures) {
            md.append("- ").append(figure.part()).append(", ").append(figure.name()).append(": ")
                    .append(figure.detail()).append('\n');
        }
        if (!missing.isEmpty()) {
            md.append("\nNot measured in this run: ").append(String.join(", ", missing)).append('\n');
        }
        return md.toString();
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
