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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.core.common.AbstractUID;
import org.openhab.core.standin.SignatureList.ListedType;

/**
 * Keeps the stand-in honest: every public type it declares must be a type of the openHAB 4.3.11 AND 5.2.1
 * signature lists (or one of the few supporting types written down in SUPPORTING-TYPES.txt), in the same package,
 * with the same header, and every public or protected member it declares must appear with the same modifiers, type
 * parameters, return type, name, parameter types and checked exceptions in both lists. So the binding cannot compile
 * against the stand-in while using something real openHAB 4.3 or 5.x does not have. Whatever the stand-in leaves
 * out of a listed type must be named in README.md.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class SignatureConformanceTest {

    private static final SignatureList RELEASE_4 = SignatureList.load("/signatures/SIGNATURES-4.3.11.txt");
    private static final SignatureList RELEASE_5 = SignatureList.load("/signatures/SIGNATURES-5.2.1.txt");
    private static final SignatureList SUPPORTING = SignatureList.load("/signatures/SUPPORTING-TYPES.txt");

    /**
     * Members whose 4.3.11 form is not in the 5.2.1 list literally but links and compiles the same way there
     * (DIFFERENCES.md): the stand-in keeps the 4.3.11 form. Keyed by type and member key, with the 5.2.1 form.
     */
    private static final Map<String, String> SAME_IN_5_2_1_AFTER_ERASURE = Map.of(
            "AbstractThingHandlerDiscoveryService METHOD public ThingHandler getThingHandler()",
            "METHOD public T getThingHandler()");

    static List<Class<?>> standInTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(AbstractUID.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(file -> file.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : files) {
            String relative = classes.relativize(file).toString();
            String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
            Class<?> type = Class.forName(name, false, SignatureConformanceTest.class.getClassLoader());
            if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass() && !type.isLocalClass()) {
                types.add(type);
            }
        }
        return types;
    }

    @Test
    void theListsAreReadCompletely() throws Exception {
        ListedType handler = RELEASE_4.types().get("BaseThingHandler");
        assertNotNull(handler);
        assertEquals("org.openhab.core.thing.binding", handler.packageName());
        assertEquals("public abstract class BaseThingHandler implements ThingHandler", handler.header());
        assertTrue(handler.members().size() >= 40, "members of BaseThingHandler: " + handler.members().size());
        List<String> keys = handler.members().stream().map(member -> member.key(false)).toList();
        assertTrue(keys.contains("METHOD protected <T> T getConfigAs(Class<T>)"), keys.toString());
        assertTrue(keys.contains(
                "METHOD protected void updateStatus(ThingStatus,ThingStatusDetail,String)"), keys.toString());
        assertNull(RELEASE_4.types().get("SameThreadExecutorService").header(), "absent in 4.3.11");
        assertNotNull(RELEASE_5.types().get("SameThreadExecutorService").header(), "present in 5.2.1");
        assertTrue(standInTypes().size() >= 50, "stand-in types found: " + standInTypes().size());
    }

    @Test
    void theReflectionSideProducesTheJavapForm() throws Exception {
        Class<?> handler = Class.forName("org.openhab.core.thing.binding.BaseThingHandler");
        List<String> keys = ReflectedSignatures.membersOf(handler).stream().map(member -> member.key(false))
                .toList();
        assertTrue(keys.contains("METHOD protected <T> T getConfigAs(Class<T>)"), keys.toString());
        assertTrue(keys.contains("FIELD final protected ScheduledExecutorService scheduler"), keys.toString());
        Class<?> storage = Class.forName("org.openhab.core.storage.Storage");
        assertTrue(ReflectedSignatures.membersOf(storage).stream().map(member -> member.key(false)).toList()
                .contains("METHOD default public Stream<Map$Entry<String,T>> stream()"));
    }

    @ParameterizedTest
    @MethodSource("standInTypes")
    void everyTypeExistsInBothReleasesInTheSamePackage(Class<?> type) {
        String name = ReflectedSignatures.simpleName(type);
        if (SUPPORTING.types().containsKey(name)) {
            assertEquals(SUPPORTING.types().get(name).packageName(), type.getPackageName());
            assertFalse(RELEASE_4.types().containsKey(name), name + " is listed: remove it from SUPPORTING-TYPES");
            return;
        }
        for (SignatureList release : List.of(RELEASE_4, RELEASE_5)) {
            ListedType listed = release.types().get(name);
            assertNotNull(listed, name + " is not a type of the signature lists");
            assertNotNull(listed.header(), name + " does not exist in one of the releases");
            assertEquals(listed.packageName(), type.getPackageName(), name + " is in the wrong package");
        }
    }

    @ParameterizedTest
    @MethodSource("standInTypes")
    void everyTypeHasTheRealHeader(Class<?> type) {
        for (ListedType listed : listings(type)) {
            assertEquals(listed.header(), ReflectedSignatures.headerOf(type));
        }
    }

    @ParameterizedTest
    @MethodSource("standInTypes")
    void everyMemberExistsWithTheSameSignatureInBothReleases(Class<?> type) {
        List<String> missing = new ArrayList<>();
        for (ListedType listed : listings(type)) {
            // 'synchronized' is compared against 4.3.11 (whose signatures the stand-in copies) only
            boolean ignoreSynchronized = listed != RELEASE_4.types().get(listed.simpleName());
            Set<String> real = listed.members().stream().map(member -> member.key(ignoreSynchronized))
                    .collect(Collectors.toSet());
            for (Signature member : ReflectedSignatures.membersOf(type)) {
                String key = member.key(ignoreSynchronized);
                String erased = SAME_IN_5_2_1_AFTER_ERASURE.get(listed.simpleName() + " " + key);
                if (ignoreSynchronized && erased != null) {
                    key = erased;
                }
                if (!real.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing, "members of " + type.getName() + " that are not in the signature lists");
    }

    @ParameterizedTest
    @MethodSource("standInTypes")
    void noDeprecatedMemberIsOffered(Class<?> type) {
        List<String> deprecated = new ArrayList<>();
        for (ListedType listed : listings(type)) {
            Set<String> offered = ReflectedSignatures.membersOf(type).stream().map(member -> member.key(true))
                    .collect(Collectors.toSet());
            listed.members().stream().filter(Signature::deprecated).map(member -> member.key(true))
                    .filter(offered::contains).forEach(deprecated::add);
        }
        assertEquals(List.of(), deprecated);
    }

    @Test
    void everyLeftOutMemberAndTypeIsNamedInTheReadme() throws Exception {
        Path readme = Path.of("README.md");
        assertTrue(Files.isRegularFile(readme), "README.md of the module (run from the module directory)");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Set<String> provided = standInTypes().stream().map(ReflectedSignatures::simpleName)
                .collect(Collectors.toSet());
        List<String> undocumented = new ArrayList<>();
        for (ListedType listed : RELEASE_4.types().values()) {
            if (listed.header() == null) {
                continue;
            }
            String name = listed.simpleName();
            if (!provided.contains(name)) {
                if (!text.contains("`" + name + "`")) {
                    undocumented.add("type " + name);
                }
                continue;
            }
            Class<?> type = Class.forName(listed.packageName() + "." + name);
            Set<String> offered = ReflectedSignatures.membersOf(type).stream().map(member -> member.key(true))
                    .collect(Collectors.toSet());
            for (Signature member : listed.members()) {
                if (!offered.contains(member.key(true)) && !text.contains(member.documentationToken(name))) {
                    undocumented.add(member.key(false) + " (name it as " + member.documentationToken(name) + ")");
                }
            }
        }
        assertEquals(List.of(), undocumented, "left out of the stand-in but not explained in README.md");
    }

    private static List<ListedType> listings(Class<?> type) {
        String name = ReflectedSignatures.simpleName(type);
        @Nullable
        ListedType supporting = SUPPORTING.types().get(name);
        if (supporting != null) {
            return List.of(supporting);
        }
        List<ListedType> result = new ArrayList<>();
        for (SignatureList release : List.of(RELEASE_4, RELEASE_5)) {
            ListedType listed = release.types().get(name);
            assertNotNull(listed, name + " is not a type of the signature lists");
            result.add(listed);
        }
        return result;
    }
}
