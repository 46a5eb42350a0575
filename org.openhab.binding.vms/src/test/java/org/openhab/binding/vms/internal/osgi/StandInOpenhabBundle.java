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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.eclipse.jdt.annotation.NonNullByDefault;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Jar;

/**
 * Turns the openHAB API stand-in module (a plain jar) into a bundle that exports all its packages at the version of
 * a real openHAB release, the way openHAB's core bundles export theirs (EXPORTS.md: every package at the release
 * version). bnd computes what the stand-in itself imports (Jetty, SLF4J, OSGi), as for a real bundle.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class StandInOpenhabBundle {

    static final String SYMBOLIC_NAME = "org.openhab.core.standin";

    private StandInOpenhabBundle() {
    }

    /**
     * @return whether {@code classes} (where the test class path has the openHAB API from) is the plain stand-in jar
     *         or classes directory, rather than real openHAB bundles (the bundle pom's 'openhab' profile)
     */
    static boolean isStandIn(Path classes) throws IOException {
        if (Files.isDirectory(classes)) {
            return true;
        }
        try (JarFile jar = new JarFile(classes.toFile())) {
            Manifest manifest = jar.getManifest();
            return manifest == null || manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) == null;
        }
    }

    /**
     * @param classes the stand-in's jar or classes directory
     * @param openhabVersion the release to impersonate, e.g. 4.3.11
     * @param target where to write the bundle
     */
    static Path build(Path classes, String openhabVersion, Path target) throws Exception {
        try (Builder builder = new Builder()) {
            builder.addClasspath(classes.toFile());
            builder.setProperty(Constants.BUNDLE_SYMBOLICNAME, SYMBOLIC_NAME);
            builder.setProperty(Constants.BUNDLE_VERSION, openhabVersion);
            // every package of the stand-in (only it is on the builder's class path), not substitutable
            builder.setProperty(Constants.EXPORT_PACKAGE, "*;version=" + openhabVersion + ";-noimport:=true");
            builder.setProperty(Constants.IMPORT_PACKAGE, "org.eclipse.jdt.annotation.*;resolution:=optional,*");
            builder.setProperty(Constants.NOEXTRAHEADERS, "true");
            Jar jar = builder.build();
            List<String> errors = builder.getErrors();
            if (!errors.isEmpty()) {
                throw new IllegalStateException("bnd could not wrap the openHAB stand-in " + classes + ": " + errors);
            }
            Files.createDirectories(target.getParent());
            jar.write(target.toFile());
            return target;
        }
    }
}
