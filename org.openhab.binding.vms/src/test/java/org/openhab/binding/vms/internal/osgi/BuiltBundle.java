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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The bundle jar that the build produced (target/org.openhab.binding.vms-*.jar), as failsafe passes it in.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class BuiltBundle {

    static final String SYMBOLIC_NAME = "org.openhab.binding.vms";

    private BuiltBundle() {
    }

    static Path jar() {
        return existing("vms.bundle.jar", "the packaged bundle, after the jar is built");
    }

    /** src/main/resources of the bundle module, whose OH-INF must end up in the jar unchanged. */
    static @Nullable Path resources() {
        String path = System.getProperty("vms.bundle.resources");
        return path == null ? null : Path.of(path);
    }

    /** The bundle module's directory (its NOTICE must be the jar's META-INF/NOTICE). */
    static Path moduleDir() {
        return existing("vms.bundle.dir", "the bundle module");
    }

    /** The file or folder a system property that failsafe passes in names. */
    private static Path existing(String property, String what) {
        String path = System.getProperty(property);
        if (path == null || !Files.exists(Path.of(path))) {
            throw new IllegalStateException("System property " + property + " must name " + what + " (got " + path
                    + "); run the OSGi tests through 'mvn verify' (failsafe)");
        }
        return Path.of(path);
    }

    static Attributes mainAttributes() {
        try (JarFile jar = new JarFile(jar().toFile())) {
            return jar.getManifest().getMainAttributes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
