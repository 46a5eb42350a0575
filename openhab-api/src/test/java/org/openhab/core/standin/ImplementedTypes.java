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
package org.openhab.core.standin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The test resource IMPLEMENTED-TYPES.txt: the openHAB types that the project's classes implement or extend, per
 * module (each module's ImplementedOpenhabTypesTest keeps its section exact).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ImplementedTypes {

    static final String RESOURCE = "/signatures/IMPLEMENTED-TYPES.txt";

    private ImplementedTypes() {
    }

    /**
     * @return each listed type (fully qualified) with the modules that implement or extend it
     */
    static Map<String, Set<String>> load() {
        try (InputStream in = ImplementedTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            Map<String, Set<String>> types = new TreeMap<>();
            String module = "";
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = line.strip();
                if (text.startsWith("## ")) {
                    module = text.substring(3).strip();
                } else if (!text.isEmpty() && !text.startsWith("#")) {
                    types.computeIfAbsent(text, type -> new TreeSet<>()).add(module);
                }
            }
            return types;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }
}
