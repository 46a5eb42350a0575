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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One public or protected member (field, constructor or method) in a canonical form that both a javap line of the
 * signature lists and a reflected member can be brought into: simple type names, generics kept, no spaces after
 * commas, modifiers as a sorted set.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
record Signature(Kind kind, Set<String> modifiers, String typeParameters, String type, String name,
        List<String> parameters, List<String> exceptions, boolean deprecated) {

    enum Kind {
        FIELD,
        CONSTRUCTOR,
        METHOD
    }

    Signature {
        modifiers = new TreeSet<>(modifiers);
        typeParameters = normalize(typeParameters);
        type = normalize(type);
        parameters = parameters.stream().map(Signature::normalize).toList();
        exceptions = exceptions.stream().map(Signature::normalize).sorted().toList();
    }

    /**
     * @param ignoreSynchronized whether to leave {@code synchronized} out (it is an implementation detail that
     *            differs between 4.3.11 and 5.2.1 for two methods)
     * @return the text two equal members share
     */
    String key(boolean ignoreSynchronized) {
        List<String> mods = new ArrayList<>(modifiers);
        if (ignoreSynchronized) {
            mods.remove("synchronized");
        }
        String text = kind + " " + String.join(" ", mods) + " " + typeParameters + " " + type + " " + name;
        if (kind != Kind.FIELD) {
            text += "(" + String.join(",", parameters) + ")";
            if (!exceptions.isEmpty()) {
                text += " throws " + String.join(",", exceptions);
            }
        }
        return text.replaceAll("\\s+", " ").trim();
    }

    /**
     * @return how the README names this member: "Type.name", or "new Type(" for a constructor
     */
    String documentationToken(String typeName) {
        return kind == Kind.CONSTRUCTOR ? "new " + typeName + "(" : typeName + "." + name;
    }

    static String normalize(String text) {
        return text.replaceAll(",\\s*", ",").replaceAll("\\s+", " ").trim();
    }

    @Override
    public String toString() {
        return key(false);
    }
}
