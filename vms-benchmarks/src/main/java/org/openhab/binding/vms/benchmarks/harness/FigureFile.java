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
package org.openhab.binding.vms.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * Where one measuring program leaves its figures for {@code ResultsReport}: a JSON array of {@link Figure}s.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class FigureFile {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private FigureFile() {
    }

    /** Writes the figures to {@code file} and prints them, one per line, for whoever watches the run. */
    public static void write(Path file, List<Figure> figures) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, GSON.toJson(figures), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Figure figure : figures) {
            // these programs exist to print figures
            System.out.println("FIGURE " + figure.part() + " | " + figure.name() + " | " + figure.measured()
                    + " | target " + figure.target() + " | " + figure.detail());
        }
    }

    public static List<Figure> read(Path file) throws IOException {
        Figure[] figures = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Figure[].class);
        return figures == null ? List.of() : Arrays.asList(figures);
    }

    /** The output file named by the first argument, else {@code target/results/<name>.json}. */
    public static Path output(String[] args, String name) {
        return args.length > 0 ? Path.of(args[0]) : Path.of("target", "results", name + ".json");
    }
}
