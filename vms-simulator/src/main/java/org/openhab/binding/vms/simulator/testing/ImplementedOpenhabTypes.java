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
package org.openhab.binding.vms.simulator.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Which openHAB core types ({@code org.openhab.core.*}) the project's compiled classes implement or extend, directly
 * or through other classes, anonymous classes included; and the check that the module's section of
 * {@value #LIST} names exactly those. openhab-api's SignatureConformanceTest reads the same list and makes sure that
 * each type on it has the same abstract members in openHAB 4.3.11 and 5.2.1 and that the stand-in declares all of
 * them: so a class that compiles against the stand-in also compiles against both real releases, and a new
 * implementation of an openHAB type is noticed (it fails the module's test until it is listed and checked).
 * <p>
 * Each module with classes of its own (the binding, the main job, the benchmarks) runs the check in a test of its
 * own, on its own classes, since only that module's test class path has them all, freshly compiled.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ImplementedOpenhabTypes {

    /** The list, relative to the repository root. */
    public static final String LIST = "openhab-api/src/test/resources/signatures/IMPLEMENTED-TYPES.txt";

    /** The project's own classes; other classes in a module's output (bnd inlines libraries there) are not looked at. */
    private static final String PROJECT_PACKAGE = "org/openhab/binding/vms/";
    private static final String OPENHAB_PACKAGE = "org.openhab.core.";

    private ImplementedOpenhabTypes() {
    }

    /**
     * Fails unless the section {@code ## <module>} of {@value #LIST} names exactly the openHAB types that the classes
     * in the class folders (or jars) of the anchors implement or extend.
     *
     * @param module the module's folder name, which names its section of the list
     * @param anchors one class from each class folder to scan, e.g. a main class and the calling test class
     */
    public static void assertListed(String module, Class<?>... anchors) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        for (Class<?> anchor : anchors) {
            folders.add(locationOf(anchor));
        }
        SortedMap<String, SortedSet<String>> found = scan(anchors[0].getClassLoader(), folders);
        SortedSet<String> listed = listed(module);
        List<String> problems = new ArrayList<>();
        found.forEach((type, classes) -> {
            if (!listed.contains(type)) {
                problems.add(type + " is implemented or extended by " + classes + " but is not listed");
            }
        });
        for (String type : listed) {
            if (!found.containsKey(type)) {
                problems.add(type + " is listed, but no class of the module implements or extends it any more");
            }
        }
        assertEquals(List.of(), problems, "section '## " + module + "' of " + LIST + " (scanned " + folders
                + "). List a new type only after checking with openhab-api's SignatureConformanceTest that it may be "
                + "implemented (the same abstract members in 4.3.11 and 5.2.1, all of them in the stand-in); "
                + "otherwise use a Mockito mock or a builder instead of implementing it");
    }

    /**
     * @param loader loads the classes found
     * @param locations class folders; a jar is skipped (its classes are not the module's own)
     * @return each openHAB type implemented or extended, with the project classes that do so
     */
    public static SortedMap<String, SortedSet<String>> scan(ClassLoader loader, Iterable<Path> locations)
            throws IOException {
        SortedMap<String, SortedSet<String>> result = new TreeMap<>();
        for (Path location : locations) {
            Path root = location.resolve(PROJECT_PACKAGE);
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(file -> file.toString().endsWith(".class")).sorted().toList();
            }
            for (Path file : files) {
                String relative = location.relativize(file).toString().replace('\\', '/');
                String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                if (name.endsWith("package-info")) {
                    continue;
                }
                for (Class<?> openhab : openhabSupertypes(load(loader, name))) {
                    result.computeIfAbsent(openhab.getName(), type -> new TreeSet<>()).add(name);
                }
            }
        }
        return result;
    }

    /** The types named in one module's section of the list. */
    public static SortedSet<String> listed(String module) throws IOException {
        SortedSet<String> types = new TreeSet<>();
        String section = null;
        for (String line : Files.readAllLines(listFile(), StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (text.startsWith("## ")) {
                section = text.substring(3).strip();
            } else if (!text.isEmpty() && !text.startsWith("#") && module.equals(section)) {
                types.add(text);
            }
        }
        return types;
    }

    private static Set<Class<?>> openhabSupertypes(Class<?> type) {
        Set<Class<?>> found = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(type);
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> current = todo.pop();
            if (!seen.add(current)) {
                continue;
            }
            if (current != type && current.getName().startsWith(OPENHAB_PACKAGE)) {
                found.add(current);
            }
            Class<?> superclass = current.getSuperclass();
            if (superclass != null) {
                todo.add(superclass);
            }
            todo.addAll(Arrays.asList(current.getInterfaces()));
        }
        return found;
    }

    private static Class<?> load(ClassLoader loader, String name) throws IOException {
        try {
            // not initialised: only its supertypes are looked at
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IOException("cannot load " + name + " to look at its supertypes", e);
        }
    }

    private static Path locationOf(Class<?> anchor) throws IOException {
        try {
            return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("no class folder for " + anchor.getName(), e);
        }
    }

    /** The list: under the repository root surefire names, else under the working folder or one of its parents. */
    private static Path listFile() throws IOException {
        List<Path> candidates = new ArrayList<>();
        @Nullable
        String root = System.getProperty("vms.project.root");
        if (root != null && !root.isBlank()) {
            candidates.add(Path.of(root));
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            candidates.add(folder);
        }
        for (Path candidate : candidates) {
            Path list = candidate.resolve(LIST);
            if (Files.isRegularFile(list)) {
                return list;
            }
        }
        throw new IOException(LIST + " not found under " + candidates);
    }
}
