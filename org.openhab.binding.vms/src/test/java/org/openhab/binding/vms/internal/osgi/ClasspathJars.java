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

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Finds the jar (or, for a reactor module not packaged yet, the classes directory) that holds a class of the test
 * class path, so the test installs exactly the artifacts Maven resolved for it.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ClasspathJars {

    private ClasspathJars() {
    }

    static Path containing(String className) {
        try {
            Class<?> type = Class.forName(className, false, ClasspathJars.class.getClassLoader());
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                throw new IllegalStateException(className + " has no code source");
            }
            return Path.of(source.getLocation().toURI());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(className + " is not on the test class path; check the test dependencies",
                    e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
