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
import org.openhab.core.config.core.Configuration;
import org.openhab.core.standin.SignatureList.ListedType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/**
 * Keeps the stand-in honest: every public type it declares must be a type of the openHAB 4.3.11 AND 5.2.1
 * signature lists (or one of the few supporting types written down in SUPPORTING-TYPES.txt), in the same package,
 * with the same header, and every public or protected member it declares must appear with the same modifiers, type
 * parameters, return type, name, parameter types and checked exceptions in both lists. So the binding cannot compile
 * against the stand-in while using something real openHAB 4.3 or 5.x does not have. Whatever the stand-in leaves
 * out of a listed type must be named in README.md.
 * <p>
 * And the other way round, for every openHAB type the project's classes implement or extend (IMPLEMENTED-TYPES.txt,
 * kept exact by each module's ImplementedOpenhabTypesTest): its abstract members are the same in both releases, and
 * the stand-in declares every one of them. So a class that implements it here compiles against both releases.
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

    /** {@code ThingHandlerCallback} as the stand-in had it before issue 7: four abstract methods short. */
    interface ThingHandlerCallbackBeforeIssue7 {
        void stateUpdated(ChannelUID channelUID, State state);

        void postCommand(ChannelUID channelUID, Command command);

        void statusUpdated(Thing thing, ThingStatusInfo thingStatus);

        void thingUpdated(Thing thing);

        void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters);

        void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters);

        void configurationUpdated(Thing thing);

        void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration);

        void channelTriggered(Thing thing, ChannelUID channelUID, String event);

        ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID);

        ChannelBuilder editChannel(Thing thing, ChannelUID channelUID);

        boolean isChannelLinked(ChannelUID channelUID);

        @Nullable
        Bridge getBridge(ThingUID bridgeUID);
    }

    static List<String> implementedTypes() {
        return List.copyOf(ImplementedTypes.load().keySet());
    }

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

    @ParameterizedTest
    @MethodSource("implementedTypes")
    void everyImplementedTypeIsATypeOfBothReleasesThatTheStandInProvides(String qualifiedName) throws Exception {
        Class<?> type = Class.forName(qualifiedName);
        String name = ReflectedSignatures.simpleName(type);
        assertFalse(SUPPORTING.types().containsKey(name), name + " is a supporting type: the stand-in does not "
                + "know all its abstract members, so the project must not implement or extend it");
        for (SignatureList release : List.of(RELEASE_4, RELEASE_5)) {
            ListedType listed = release.types().get(name);
            assertNotNull(listed, name + " is not a type of the signature lists");
            assertNotNull(listed.header(), name + " does not exist in one of the releases");
            assertEquals(listed.packageName(), type.getPackageName(), name);
        }
    }

    @ParameterizedTest
    @MethodSource("implementedTypes")
    void noImplementedTypeHasAbstractMembersThatDifferBetweenTheReleases(String qualifiedName) {
        String name = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        ListedType release4 = RELEASE_4.types().get(name);
        ListedType release5 = RELEASE_5.types().get(name);
        assertNotNull(release4, name);
        assertNotNull(release5, name);
        assertEquals(List.of(), AbstractMembers.differences(release4, release5), name + " is implemented or "
                + "extended by " + ImplementedTypes.load().get(qualifiedName) + ", but no class can implement it "
                + "for both releases: use a Mockito mock or a builder instead");
    }

    @ParameterizedTest
    @MethodSource("implementedTypes")
    void theStandInDeclaresEveryAbstractMemberOfAnImplementedType(String qualifiedName) throws Exception {
        Class<?> type = Class.forName(qualifiedName);
        List<String> missing = new ArrayList<>();
        for (ListedType listed : listings(type)) {
            AbstractMembers.missingFrom(type, listed).stream().filter(key -> !missing.contains(key))
                    .forEach(missing::add);
        }
        assertEquals(List.of(), missing, "abstract members of " + qualifiedName + " that the stand-in lacks: a class "
                + "implementing it compiles against the stand-in but not against real openHAB");
    }

    @Test
    void theCompletenessCheckFindsWhatThingHandlerCallbackLackedBeforeIssue7() {
        ListedType real = RELEASE_4.types().get("ThingHandlerCallback");
        assertEquals(List.of("METHOD abstract public ConfigDescription getConfigDescription(ChannelTypeUID)",
                "METHOD abstract public ConfigDescription getConfigDescription(ThingTypeUID)",
                "METHOD abstract public List<ChannelBuilder> createChannelBuilders(ChannelGroupUID,ChannelGroupTypeUID)",
                "METHOD abstract public void sendTimeSeries(ChannelUID,TimeSeries)"),
                AbstractMembers.missingFrom(ThingHandlerCallbackBeforeIssue7.class, real));
        assertEquals(List.of(), AbstractMembers.missingFrom(ThingHandlerCallback.class, real));
    }

    @Test
    void onlyThingDiscoveryResultAndDiscoveryListenerChangedTheirAbstractMembers() {
        List<String> changed = new ArrayList<>();
        for (ListedType release4 : RELEASE_4.types().values()) {
            ListedType release5 = RELEASE_5.types().get(release4.simpleName());
            if (release4.header() != null && release5 != null && release5.header() != null
                    && !AbstractMembers.differences(release4, release5).isEmpty()) {
                changed.add(release4.simpleName());
            }
        }
        assertEquals(List.of("Thing", "DiscoveryResult", "DiscoveryListener"), changed);
        assertEquals(List.of(
                "4.3.11 only: METHOD abstract public Collection<ThingUID> removeOlderResults(DiscoveryService,long,"
                        + "Collection<ThingTypeUID>,ThingUID)",
                "5.2.1 only: METHOD abstract public Collection<ThingUID> removeOlderResults(DiscoveryService,Instant,"
                        + "Collection<ThingTypeUID>,ThingUID)"),
                AbstractMembers.differences(RELEASE_4.types().get("DiscoveryListener"),
                        RELEASE_5.types().get("DiscoveryListener")));
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
