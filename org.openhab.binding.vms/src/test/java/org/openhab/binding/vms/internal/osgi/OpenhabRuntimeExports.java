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
package org.openhab.binding.vms.internal.osgi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What an openHAB 4.3.11 and 5.2.1 runtime exports, and the import range a binding for both must use for each
 * package, as recorded from the releases' manifests (the project's EXPORTS.md): the openHAB core packages exported
 * by both releases, the third-party packages the core bundles import themselves, and the JRE.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class OpenhabRuntimeExports {

    /** Covers openHAB's exports at 4.3.11 and at 5.2.1. */
    static final String OPENHAB_RANGE = "[4.3,6)";

    /** Ranges of the OSGi packages, the same in both releases. */
    static final Map<String, String> OSGI_RANGES = osgiRanges();

    private static final Set<String> OPENHAB_PACKAGES = readOpenhabPackages();

    private OpenhabRuntimeExports() {
    }

    /**
     * The range the binding's import of {@code pkg} must have, "" for a JRE package (imported without a version),
     * or null when no openHAB 4.3/5.x runtime exports the package.
     */
    static @Nullable String requiredRange(String pkg) {
        if (pkg.startsWith("org.openhab.core")) {
            return OPENHAB_PACKAGES.contains(pkg) ? OPENHAB_RANGE : null;
        }
        if (pkg.equals("com.google.gson") || pkg.startsWith("com.google.gson.")) {
            return "[2.10,3)";
        }
        if (pkg.equals("org.slf4j") || pkg.startsWith("org.slf4j.")) {
            return "[2.0,3)";
        }
        if (pkg.startsWith("org.eclipse.jetty.")) {
            return "[9.4,10)";
        }
        if (pkg.startsWith("org.osgi.")) {
            return OSGI_RANGES.get(pkg);
        }
        return isJrePackage(pkg) ? "" : null;
    }

    /** A package of a java.* module of this JDK: the system bundle exports those in every openHAB runtime. */
    static boolean isJrePackage(String pkg) {
        return ModuleLayer.boot().modules().stream().filter(m -> m.getName().startsWith("java."))
                .anyMatch(m -> m.getPackages().contains(pkg));
    }

    private static Map<String, String> osgiRanges() {
        Map<String, String> ranges = new LinkedHashMap<>();
        ranges.put("org.osgi.framework", "[1.10,2)");
        ranges.put("org.osgi.framework.dto", "[1.8,2)");
        ranges.put("org.osgi.framework.startlevel", "[1.0,2)");
        ranges.put("org.osgi.service.cm", "[1.6,2)");
        ranges.put("org.osgi.service.component", "[1.5,2)");
        ranges.put("org.osgi.service.component.annotations", "[1.5,2)");
        ranges.put("org.osgi.service.component.runtime", "[1.5,2)");
        ranges.put("org.osgi.service.component.runtime.dto", "[1.5,2)");
        ranges.put("org.osgi.service.event", "[1.4,2)");
        ranges.put("org.osgi.service.packageadmin", "[1.2,2)");
        ranges.put("org.osgi.util.tracker", "[1.5,2)");
        return Map.copyOf(ranges);
    }

    private static Set<String> readOpenhabPackages() {
        String name = "/osgi/openhab-core-exports.txt";
        try (InputStream in = OpenhabRuntimeExports.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + name + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
