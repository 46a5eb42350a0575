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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A parsed signature list (the javap-style format of /work/shared/openhab-api/SIGNATURES-*.txt, copied into the
 * test resources): per type its package, its class header and its public/protected members.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class SignatureList {

    private static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "static", "final",
            "abstract", "synchronized", "default", "native", "transient", "volatile");

    /** A type of the list; {@code header} is {@code null} for a type the release does not have. */
    record ListedType(String simpleName, String packageName, @Nullable String header, List<Signature> members) {
    }

    private final Map<String, ListedType> types = new LinkedHashMap<>();

    private SignatureList() {
    }

    static SignatureList load(String resource) {
        try (InputStream in = SignatureList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            SignatureList list = new SignatureList();
            list.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return list;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    Map<String, ListedType> types() {
        return types;
    }

    private void parse(String text) {
        Map<String, String> packages = new HashMap<>();
        String current = null;
        String header = null;
        List<Signature> members = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#   ") && line.contains("|")) {
                String[] cells = line.substring(1).split("\\|");
                packages.put(cells[0].trim(), cells[1].trim());
            } else if (line.startsWith("## ")) {
                store(packages, current, header, members);
                current = line.substring(3).trim();
                header = null;
                members = new ArrayList<>();
            } else if (current != null && header == null && !line.isBlank() && !line.startsWith("  ")) {
                header = line.startsWith("NOT PRESENT") ? "" : headerOf(line);
            } else if (current != null && line.startsWith("  ")) {
                members.addAll(parseMember(current, line.trim()));
            }
        }
        store(packages, current, header, members);
    }

    private void store(Map<String, String> packages, @Nullable String type, @Nullable String header,
            List<Signature> members) {
        if (type == null) {
            return;
        }
        String packageName = packages.get(type);
        if (packageName == null) {
            throw new IllegalStateException("no package listed for " + type);
        }
        types.put(type, new ListedType(type, packageName, header == null || header.isEmpty() ? null : header,
                List.copyOf(members)));
    }

    /** The header without the annotations javap printed after three spaces. */
    private static String headerOf(String line) {
        int annotations = line.indexOf("   ");
        return Signature.normalize(annotations < 0 ? line : line.substring(0, annotations));
    }

    static List<Signature> parseMember(String typeName, String line) {
        int end = line.indexOf(';');
        String declaration = line.substring(0, end).trim();
        boolean deprecated = line.substring(end).contains("@Deprecated");

        List<String> exceptions = new ArrayList<>();
        int throwsAt = declaration.indexOf(" throws ");
        if (throwsAt >= 0) {
            for (String exception : declaration.substring(throwsAt + 8).split(",")) {
                exceptions.add(exception.trim());
            }
            declaration = declaration.substring(0, throwsAt);
        }

        int open = declaration.indexOf('(');
        String head = open < 0 ? declaration : declaration.substring(0, open);
        List<String> tokens = new ArrayList<>(List.of(head.trim().split(" ")));
        List<String> modifiers = new ArrayList<>();
        while (!tokens.isEmpty() && MODIFIERS.contains(tokens.get(0))) {
            modifiers.add(tokens.remove(0));
        }
        String rest = String.join(" ", tokens);
        String typeParameters = "";
        if (rest.startsWith("<")) {
            int close = matchingAngle(rest, 0);
            typeParameters = rest.substring(0, close + 1);
            rest = rest.substring(close + 1).trim();
        }

        if (open < 0) {
            // field(s): "Type NAME[, NAME...]"; the type may contain spaces inside <>
            int typeEnd = endOfType(rest);
            String type = rest.substring(0, typeEnd);
            List<Signature> fields = new ArrayList<>();
            for (String name : rest.substring(typeEnd).split(",")) {
                fields.add(new Signature(Signature.Kind.FIELD, Set.copyOf(modifiers), "", type, name.trim(),
                        List.of(), List.of(), deprecated));
            }
            return fields;
        }

        int close = declaration.lastIndexOf(')');
        List<String> parameters = splitTopLevel(declaration.substring(open + 1, close));
        int lastSpace = rest.lastIndexOf(' ');
        if (lastSpace < 0) {
            return List.of(new Signature(Signature.Kind.CONSTRUCTOR, Set.copyOf(modifiers), typeParameters, "",
                    rest, parameters, exceptions, deprecated));
        }
        return List.of(new Signature(Signature.Kind.METHOD, Set.copyOf(modifiers), typeParameters,
                rest.substring(0, lastSpace), rest.substring(lastSpace + 1), parameters, exceptions, deprecated));
    }

    private static int matchingAngle(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced <> in " + text);
    }

    private static int endOfType(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ' ' && depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("no field name in " + text);
    }

    private static List<String> splitTopLevel(String parameters) {
        List<String> result = new ArrayList<>();
        if (parameters.isBlank()) {
            return result;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i < parameters.length(); i++) {
            char c = parameters.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                result.add(parameters.substring(start, i).trim());
                start = i + 1;
            }
        }
        result.add(parameters.substring(start).trim());
        return result;
    }
}
