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
package org.openhab.binding.vms.internal.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionPolicy;
import org.openhab.binding.vms.internal.api.event.VmsEventKind;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;
import org.openhab.binding.vms.internal.config.VmsAccountConfiguration;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;

/**
 * Runs {@link DescriptorChecks} on the real OH-INF files, vms.properties and README.md of this module and on the
 * repository's docs/DEVELOPERS.md (Maven runs tests with the module directory as working directory).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class DescriptorConsistencyTest {

    @RegisterExtension
    static final TestResources SHARED = TestResources.perClass();
    /** Read once, before all tests. */
    private static final Opened<DescriptorChecks> CHECKS = SHARED
            .opened(() -> new DescriptorChecks(DescriptorSources.load(Path.of(""))));

    static void assertNoProblems(List<String> problems) {
        assertTrue(problems.isEmpty(), () -> problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }

    @Test
    void filesAreWellFormed() {
        assertNoProblems(CHECKS.get().filesAreWellFormed());
    }

    @Test
    void onlyElementsOpenHab43Knows() {
        assertNoProblems(CHECKS.get().onlyElementsOpenHab43Knows());
    }

    @Test
    void elementsAreInOpenHab43Order() {
        assertNoProblems(CHECKS.get().elementsAreInOpenHab43Order());
    }

    @Test
    void categoriesAndAutoUpdatePoliciesAreOpenhabValues() {
        assertNoProblems(CHECKS.get().categoriesAndPoliciesAreOpenhabValues());
    }

    @Test
    void momentaryAndEquipmentChoicesAreDeclared() {
        // open-door is a momentary action: openHAB must not set the item ON from the command itself
        assertEquals("veto", CHECKS.get().elementText("channel-type[open-door]/autoUpdatePolicy"));
        assertEquals("WebService", CHECKS.get().elementText("bridge-type[account]/category"));
        assertEquals("Camera", CHECKS.get().elementText("thing-type[camera]/category"));
        assertEquals("FrontDoor", CHECKS.get().elementText("thing-type[intercom]/category"));
    }

    @Test
    void accountDefaultsAreTheCodesDefaults() {
        // a new Thing gets the XML's defaults, getConfigAs a missing value from the Java field: both must agree
        String parameter = "bridge-type[account]/config-description/parameter[";
        assertEquals(String.valueOf(VmsConnectionPolicy.DEFAULT_MAX_RECONNECT_DELAY.toSeconds()),
                CHECKS.get().elementText(parameter + "maxReconnectDelay]/default"));
        assertEquals(String.valueOf(new VmsAccountConfiguration().maxReconnectDelay),
                CHECKS.get().elementText(parameter + "maxReconnectDelay]/default"));
        assertEquals(VmsRestConfig.DEFAULT_CLIENT_NAME, CHECKS.get().elementText(parameter + "clientName]/default"));
        assertEquals(VmsRestConfig.DEFAULT_CLIENT_VERSION,
                CHECKS.get().elementText(parameter + "clientVersion]/default"));
    }

    @Test
    void everyUsedChannelTypeIsDefined() {
        assertNoProblems(CHECKS.get().usedChannelTypesAreDefined());
    }

    @Test
    void everyDefinedChannelTypeIsUsed() {
        assertNoProblems(CHECKS.get().definedChannelTypesAreUsed());
    }

    @Test
    void everyTextKeyExistsInProperties() {
        assertNoProblems(CHECKS.get().textKeysExist());
    }

    @Test
    void everyPropertyKeyIsUsedOrAStatusDescription() {
        assertNoProblems(CHECKS.get().propertyKeysAreUsed());
    }

    @Test
    void propertiesAreWellFormed() {
        assertNoProblems(CHECKS.get().propertiesAreWellFormed());
    }

    @Test
    void userVisibleTextsArePlainEnglishInTheXml() {
        assertNoProblems(CHECKS.get().userTextsArePlainEnglish());
    }

    @Test
    void propertiesHoldTheXmlTextsUnderTheGeneratedKeys() {
        assertNoProblems(CHECKS.get().propertiesHoldTheXmlTexts());
    }

    @Test
    void propertiesAreWhatOpenhabsI18nToolingWrites() {
        assertNoProblems(CHECKS.get().propertiesAreWhatTheI18nToolingWrites());
    }

    @Test
    void idsAreLowerCaseHyphenated() {
        assertNoProblems(CHECKS.get().idsAreLowerCaseHyphenated());
    }

    @Test
    void configParametersAreCamelCase() {
        assertNoProblems(CHECKS.get().configParametersAreCamelCase());
    }

    @Test
    void triggerChannelTypesListTheirPayloads() {
        assertNoProblems(CHECKS.get().triggerChannelTypesListPayloads());
    }

    @Test
    void thingTypesAreConsistent() {
        assertNoProblems(CHECKS.get().thingTypesAreConsistent());
    }

    @Test
    void readmeNamesEveryChannel() {
        assertNoProblems(CHECKS.get().readmeNamesEveryChannel());
    }

    @Test
    void readmeNamesEveryTriggerPayload() {
        assertNoProblems(CHECKS.get().readmeNamesEveryTriggerPayload());
    }

    @Test
    void readmeNamesEveryConfigParameter() {
        assertNoProblems(CHECKS.get().readmeNamesEveryConfigParameter());
    }

    @Test
    void readmeExplainsEveryStatusDescription() {
        assertNoProblems(CHECKS.get().readmeExplainsEveryStatusDescription());
    }

    @Test
    void readmeNamesEverySocketMessageType() {
        List<String> wireTypes = Stream.of(VmsEventKind.values()).map(VmsEventKind::wireType).toList();
        assertNoProblems(CHECKS.get().readmeNamesEverySocketMessage(wireTypes));
    }
}
