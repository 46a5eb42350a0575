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
package org.openhab.binding.vms.benchmarks.snapshot;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.benchmarks.harness.Figure;
import org.openhab.binding.vms.benchmarks.harness.FigureFile;
import org.openhab.binding.vms.benchmarks.harness.Format;
import org.openhab.binding.vms.benchmarks.harness.JmhRounds;
import org.openhab.binding.vms.benchmarks.harness.JmhRounds.Case;
import org.openhab.binding.vms.benchmarks.harness.JmhRounds.Measured;

/**
 * The cost of a snapshot ({@link SnapshotBenchmark} in alternating rounds: CPU time and allocation of the 1080p
 * preview decoded and written as a JPEG, and of the decoding alone) and the size of the bundle with the embedded
 * decoder (the jar named by {@code -Dvms.bundle.jar}, else the one in ../org.openhab.binding.vms/target), with the
 * share of jcodec's classes in it. No targets: the issue asks for the figures. Argument: the output file.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SnapshotFigures {

    private static final String PART = "snapshot";

    private SnapshotFigures() {
    }

    public static void main(String[] args) throws Exception {
        List<Figure> figures = new ArrayList<>();
        Map<String, List<Measured>> runs = JmhRounds.alternate(
                List.of(Case.of("decodeAndEncode", SnapshotBenchmark.class, "decodeAndEncode"),
                        Case.of("decodeOnly", SnapshotBenchmark.class, "decodeOnly")));
        List<Measured> whole = runs.get("decodeAndEncode");
        List<Measured> decode = runs.get("decodeOnly");
        figures.add(Figure.info(PART, "1920x1080 preview (H.264 main, one-frame MP4) to JPEG: CPU and allocation",
                Format.number(JmhRounds.leastCpu(whole) / 1e6) + " ms, "
                        + Format.number(JmhRounds.medianAllocated(whole) / (1024 * 1024)) + " MiB",
                String.format("CPU per snapshot %s ms (least of %d rounds), wall-clock %s ms (median); decoding "
                        + "alone %s ms CPU, %s MiB; allocated %s B per snapshot (median)",
                        Format.number(JmhRounds.leastCpu(whole) / 1e6), whole.size(),
                        Format.number(JmhRounds.medianScore(whole)), Format.number(JmhRounds.leastCpu(decode) / 1e6),
                        Format.number(JmhRounds.medianAllocated(decode) / (1024 * 1024)),
                        Format.number(JmhRounds.medianAllocated(whole)))));
        Path bundle = bundleJar();
        if (bundle != null) {
            figures.add(bundleSize(bundle));
        }
        FigureFile.write(FigureFile.output(args, PART), figures);
    }

    private static Figure bundleSize(Path bundle) throws IOException {
        long size = Files.size(bundle);
        long jcodec = 0;
        int classes = 0;
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().startsWith("org/jcodec/")) {
                    // compressed data plus the local and central headers (30 and 46 bytes plus the name each)
                    jcodec += entry.getCompressedSize() + 76 + 2L * entry.getName().length();
                    classes += entry.getName().endsWith(".class") ? 1 : 0;
                }
            }
        }
        return Figure.info(PART, "bundle size with the embedded decoder",
                Format.number(size / 1024.0) + " KiB (decoder " + Format.number(jcodec / 1024.0) + " KiB)",
                String.format("%s: %s bytes, of which jcodec's %d classes take %s bytes; without them %s bytes",
                        bundle.getFileName(), Format.number(size), classes, Format.number(jcodec),
                        Format.number(size - jcodec)));
    }

    private static @Nullable Path bundleJar() throws IOException {
        String configured = System.getProperty("vms.bundle.jar");
        if (configured != null) {
            return Path.of(configured);
        }
        Path target = Path.of("..", "org.openhab.binding.vms", "target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "org.openhab.binding.vms-*.jar")) {
            for (Path jar : jars) {
                if (!jar.getFileName().toString().endsWith("-sources.jar")) {
                    return jar;
                }
            }
        }
        return null;
    }
}
