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
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionPolicy;
import org.openhab.binding.vms.internal.api.event.VmsEventKind;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;
import org.openhab.binding.vms.internal.config.VmsAccountConfiguration;

/**
 * Runs {@link DescriptorChecks} on the real OH-INF files, vms.properties and README.md of this module and on the
 * repository's docs/DEVELOPERS.md (Maven runs tests with the module directory as working directory).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class DescriptorConsistencyTest {

    private static @Nullable DescriptorChecks checks;

    @BeforeAll
    static void loadDescriptors() {
        checks = new DescriptorChecks(DescriptorSources.load(Path.of("")));
    }

    private static DescriptorChecks checks() {
        DescriptorChecks loaded = checks;
        if (loaded == null) {
            throw new IllegalStateException("descriptors not loaded");
        }
        return loaded;
    }

    static void assertNoProblems(List<String> problems) {
        assertTrue(problems.isEmpty(), () -> problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }

    @Test
    void filesAreWellFormed() {
        assertNoProblems(checks().filesAreWellFormed());
    }

    @Test
    void onlyElementsOpenHab43Knows() {
        assertNoProblems(checks().onlyElementsOpenHab43Knows());
    }

    @Test
    void elementsAreInOpenHab43Order() {
        assertNoProblems(checks().elementsAreInOpenHab43Order());
    }

    @Test
    void categoriesAndAutoUpdatePoliciesAreOpenhabValues() {
        assertNoProblems(checks().categoriesAndPoliciesAreOpenhabValues());
    }

    @Test
    void momentaryAndEquipmentChoicesAreDeclared() {
        // open-door is a momentary action: openHAB must not set the item ON from the command itself
        assertEquals("veto", checks().elementText("channel-type[open-door]/autoUpdatePolicy"));
        assertEquals("WebService", checks().elementText("bridge-type[account]/category"));
        assertEquals("Camera", checks().elementText("thing-type[camera]/category"));
        assertEquals("FrontDoor", checks().elementText("thing-type[intercom]/category"));
    }

    @Test
    void accountDefaultsAreTheCodesDefaults() {
        // a new Thing gets the XML's defaults, getConfigAs a missing value from the Java field: both must agree
        String parameter = "bridge-type[account]/config-description/parameter[";
        assertEquals(String.valueOf(VmsConnectionPolicy.DEFAULT_MAX_RECONNECT_DELAY.toSeconds()),
                checks().elementText(parameter + "maxReconnectDelay]/default"));
        assertEquals(String.valueOf(new VmsAccountConfiguration().maxReconnectDelay),
                checks().elementText(parameter + "maxReconnectDelay]/default"));
        assertEquals(VmsRestConfig.DEFAULT_CLIENT_NAME, checks().elementText(parameter + "clientName]/default"));
        assertEquals(VmsRestConfig.DEFAULT_CLIENT_VERSION, checks().elementText(parameter + "clientVersion]/default"));
    }

    @Test
    void everyUsedChannelTypeIsDefined() {
        assertNoProblems(checks().usedChannelTypesAreDefined());
    }

    @Test
    void everyDefinedChannelTypeIsUsed() {
        assertNoProblems(checks().definedChannelTypesAreUsed());
    }

    @Test
    void everyTextKeyExistsInProperties() {
        assertNoProblems(checks().textKeysExist());
    }

    @Test
    void everyPropertyKeyIsUsedOrAStatusDescription() {
        assertNoProblems(checks().propertyKeysAreUsed());
    }

    @Test
    void propertiesAreWellFormed() {
        assertNoProblems(checks().propertiesAreWellFormed());
    }

    @Test
    void userVisibleTextsArePlainEnglishInTheXml() {
        assertNoProblems(checks().userTextsArePlainEnglish());
    }

    @Test
    void propertiesHoldTheXmlTextsUnderTheGeneratedKeys() {
        assertNoProblems(checks().propertiesHoldTheXmlTexts());
    }

    @Test
    void propertiesAreWhatOpenhabsI18nToolingWrites() {
        assertNoProblems(checks().propertiesAreWhatTheI18nToolingWrites());
    }

    @Test
    void idsAreLowerCaseHyphenated() {
        assertNoProblems(checks().idsAreLowerCaseHyphenated());
    }

    @Test
    void configParametersAreCamelCase() {
        assertNoProblems(checks().configParametersAreCamelCase());
    }

    @Test
    void triggerChannelTypesListTheirPayloads() {
        assertNoProblems(checks().triggerChannelTypesListPayloads());
    }

    @Test
    void thingTypesAreConsistent() {
        assertNoProblems(checks().thingTypesAreConsistent());
    }

    @Test
    void readmeNamesEveryChannel() {
        assertNoProblems(checks().readmeNamesEveryChannel());
    }

    @Test
    void readmeNamesEveryTriggerPayload() {
        assertNoProblems(checks().readmeNamesEveryTriggerPayload());
    }

    @Test
    void readmeNamesEveryConfigParameter() {
        assertNoProblems(checks().readmeNamesEveryConfigParameter());
    }

    @Test
    void readmeExplainsEveryStatusDescription() {
        assertNoProblems(checks().readmeExplainsEveryStatusDescription());
    }

    @Test
    void readmeNamesEverySocketMessageType() {
        List<String> wireTypes = Stream.of(VmsEventKind.values()).map(VmsEventKind::wireType).toList();
        assertNoProblems(checks().readmeNamesEverySocketMessage(wireTypes));
    }
}
