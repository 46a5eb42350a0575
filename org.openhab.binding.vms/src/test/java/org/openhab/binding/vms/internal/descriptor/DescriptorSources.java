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
package org.openhab.binding.vms.internal.descriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The raw text of everything the descriptor checks look at, keyed by a path relative to the module directory.
 * Kept apart from the files so that the checks can also be run on small broken fixtures.
 *
 * @param xmlFiles every XML file under OH-INF (thing, addon, config), by relative path
 * @param properties the default (English) i18n file
 * @param readme the user documentation
 * @param developerDocs the developers' documentation of the repository (protocol coverage tables)
 * @param javaSources the bundle's main Java sources, searched for {@code "@text/..."} keys they use
 * @param translations every other properties file in the i18n folder (the language files), by relative path
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
record DescriptorSources(Map<String, String> xmlFiles, String properties, String readme, String developerDocs,
        Map<String, String> javaSources, Map<String, String> translations) {

    static final String OH_INF = "src/main/resources/OH-INF";
    static final String I18N = OH_INF + "/i18n";
    static final String PROPERTIES = I18N + "/vms.properties";
    static final String README = "README.md";
    static final String DEVELOPER_DOCS = "../docs/DEVELOPERS.md";
    static final String JAVA_SOURCES = "src/main/java";

    /** Sources without language files, for fixtures that only concern the default file. */
    DescriptorSources(Map<String, String> xmlFiles, String properties, String readme, String developerDocs,
            Map<String, String> javaSources) {
        this(xmlFiles, properties, readme, developerDocs, javaSources, Map.of());
    }

    /** Reads the real files; {@code moduleDir} is the directory of the bundle's pom.xml. */
    static DescriptorSources load(Path moduleDir) {
        Path ohInf = moduleDir.resolve(OH_INF);
        if (!Files.isDirectory(ohInf)) {
            throw new IllegalStateException(ohInf.toAbsolutePath()
                    + " does not exist: run the test with the module directory as working directory");
        }
        Map<String, String> translations = readTree(moduleDir, moduleDir.resolve(I18N), ".properties");
        translations.remove(PROPERTIES);
        return new DescriptorSources(readTree(moduleDir, ohInf, ".xml"), read(moduleDir.resolve(PROPERTIES)),
                read(moduleDir.resolve(README)), read(moduleDir.resolve(DEVELOPER_DOCS)),
                readTree(moduleDir, moduleDir.resolve(JAVA_SOURCES), ".java"), translations);
    }

    private static Map<String, String> readTree(Path moduleDir, Path root, String suffix) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix))
                    .forEach(p -> files.put(moduleDir.relativize(p).toString().replace('\\', '/'), read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }
}
