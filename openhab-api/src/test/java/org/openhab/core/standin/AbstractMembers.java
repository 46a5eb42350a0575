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

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.standin.SignatureList.ListedType;

/**
 * The abstract members of a type: what a class implementing or extending it has to declare itself. A class that
 * implements an openHAB type compiles against a release only if it declares every abstract member of that release;
 * so the stand-in must have all of them (or the project's class compiles here and not against real openHAB), and
 * they must be the same in both releases (or no class compiles against both).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class AbstractMembers {

    private AbstractMembers() {
    }

    /**
     * @return the keys of the listed type's own abstract members ({@code synchronized} ignored)
     */
    static Set<String> of(ListedType listed) {
        return listed.members().stream().filter(member -> member.modifiers().contains("abstract"))
                .map(member -> member.key(true)).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * @return the abstract members of the listed type that {@code type} does not declare with the same signature
     *         (modifiers included: a {@code default} method where the release has an abstract one counts as missing)
     */
    static List<String> missingFrom(Class<?> type, ListedType listed) {
        Set<String> declared = ReflectedSignatures.membersOf(type).stream().map(member -> member.key(true))
                .collect(Collectors.toSet());
        return of(listed).stream().filter(key -> !declared.contains(key)).toList();
    }

    /**
     * @return the abstract members that only one of the two releases has, each marked with its release
     */
    static List<String> differences(ListedType release4, ListedType release5) {
        Set<String> in4 = of(release4);
        Set<String> in5 = of(release5);
        List<String> only4 = in4.stream().filter(key -> !in5.contains(key)).map(key -> "4.3.11 only: " + key)
                .toList();
        List<String> only5 = in5.stream().filter(key -> !in4.contains(key)).map(key -> "5.2.1 only: " + key)
                .toList();
        return Stream.concat(only4.stream(), only5.stream()).toList();
    }
}
