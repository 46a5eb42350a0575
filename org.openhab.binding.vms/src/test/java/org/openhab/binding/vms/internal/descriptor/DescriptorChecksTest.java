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

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Shows that every rule of {@link DescriptorChecks} catches what it is meant to catch, and says so precisely:
 * each test feeds a small broken fixture and expects exactly the problem lines for what was broken.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class DescriptorChecksTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <thing:thing-descriptions bindingId="vms"
                xmlns:thing="https://openhab.org/schemas/thing-description/v1.0.0">
            """;
    private static final String TAIL = "</thing:thing-descriptions>\n";
    private static final String CAMERA_LABEL = "<label>Camera</label>";
    private static final String SEMANTIC_TAG = "<semantic-equipment-tag>Camera</semantic-equipment-tag>";

    /** A consistent fixture: one bridge, one thing, one state and one trigger channel, documented. */
    private static final String GOOD_XML = HEAD + """
            <bridge-type id="account">
              <label>Account</label>
              <config-description>
                <parameter name="baseUrl" type="text">
                  <label>Server URL</label>
                </parameter>
              </config-description>
            </bridge-type>
            <thing-type id="camera">
              <supported-bridge-type-refs><bridge-type-ref id="account"/></supported-bridge-type-refs>
              <label>Camera</label>
              <channels>
                <channel id="status" typeId="camera-status"/>
                <channel id="mark" typeId="mark"/>
              </channels>
              <representation-property>cameraId</representation-property>
              <config-description>
                <parameter name="cameraId" type="integer">
                  <label>Camera ID</label>
                </parameter>
              </config-description>
            </thing-type>
            <channel-type id="camera-status">
              <item-type>String</item-type>
              <label>Status</label>
              <state readOnly="true"><options>
                <option value="active">Active</option>
              </options></state>
            </channel-type>
            <channel-type id="mark">
              <kind>trigger</kind>
              <label>Mark</label>
              <event><options><option value="CREATED">Mark created</option></options></event>
            </channel-type>
            """ + TAIL;

    /** What openHAB's i18n tooling writes for GOOD_XML, followed by the binding's own status texts. */
    private static final String GOOD_PROPERTIES = """
            # thing types

            thing-type.vms.account.label = Account
            thing-type.vms.camera.label = Camera

            # thing types config

            thing-type.config.vms.account.baseUrl.label = Server URL
            thing-type.config.vms.camera.cameraId.label = Camera ID

            # channel types

            channel-type.vms.camera-status.label = Status
            channel-type.vms.camera-status.state.option.active = Active
            channel-type.vms.mark.label = Mark

            # status descriptions

            offline.conf-error-missing-base-url = No server URL configured.
            offline.comm-error-rate-limited = Retrying in {0} seconds.
            """;

    private static final String GOOD_README = """
            | `baseUrl` | text |
            | `cameraId` | integer |
            | `status` | String |
            | `mark` | Trigger |
            | `mark` | `CREATED` | A mark was created. |
            | No server URL configured | `baseUrl` is empty | Enter it |
            | Retrying in | Rate limited | Wait |
            """;

    private static final String GOOD_DEVELOPER_DOCS = """
            | 1 | `logout` | account-event |
            """;

    private static DescriptorChecks checks(String xml, String properties, String readme, String java) {
        return new DescriptorChecks(new DescriptorSources(Map.of("OH-INF/thing/fixture.xml", xml), properties, readme,
                GOOD_DEVELOPER_DOCS, Map.of("src/main/java/Fixture.java", java)));
    }

    private static DescriptorChecks good() {
        return checks(GOOD_XML, GOOD_PROPERTIES, GOOD_README, "");
    }

    @Test
    void consistentFixtureHasNoProblems() {
        DescriptorChecks checks = good();
        List<List<String>> all = List.of(checks.filesAreWellFormed(), checks.onlyElementsOpenHab43Knows(),
                checks.elementsAreInOpenHab43Order(), checks.usedChannelTypesAreDefined(),
                checks.definedChannelTypesAreUsed(), checks.textKeysExist(), checks.propertyKeysAreUsed(),
                checks.propertiesAreWellFormed(), checks.userTextsArePlainEnglish(),
                checks.propertiesHoldTheXmlTexts(), checks.propertiesAreWhatTheI18nToolingWrites(),
                checks.idsAreLowerCaseHyphenated(), checks.configParametersAreCamelCase(),
                checks.triggerChannelTypesListPayloads(), checks.thingTypesAreConsistent(),
                checks.readmeNamesEveryChannel(), checks.readmeNamesEveryTriggerPayload(),
                checks.readmeNamesEveryConfigParameter(), checks.readmeNamesEverySocketMessage(List.of("logout")),
                checks.readmeExplainsEveryStatusDescription(), checks.categoriesAndPoliciesAreOpenhabValues());
        all.forEach(DescriptorConsistencyTest::assertNoProblems);
    }

    @Test
    void openHab5OnlyElement() {
        String xml = GOOD_XML.replace(CAMERA_LABEL, CAMERA_LABEL + SEMANTIC_TAG);
        assertEquals(List.of("OH-INF/thing/fixture.xml: thing-type[camera]/semantic-equipment-tag is an openHAB 5"
                + " element; openHAB 4.3 rejects the whole definition because of it (use <category> for the equipment"
                + " instead)"), checks(xml, GOOD_PROPERTIES, GOOD_README, "").onlyElementsOpenHab43Knows());
    }

    @Test
    void elementsOutOfOpenHab43Order() {
        String xml = GOOD_XML
                .replace(CAMERA_LABEL, CAMERA_LABEL + SEMANTIC_TAG)
                .replace("  <representation-property>cameraId</representation-property>\n", "")
                .replace("</channels>", "</channels><representation-property>cameraId</representation-property>"
                        + "<category>Camera</category>")
                .replace("<kind>trigger</kind>\n  <label>Mark</label>",
                        "<label>Mark</label><kind>trigger</kind>");
        assertEquals(List.of(
                "thing type 'camera' (OH-INF/thing/fixture.xml) has <semantic-equipment-tag>, which the openHAB 4.3"
                        + " schema does not allow there",
                "thing type 'camera' (OH-INF/thing/fixture.xml) has <category> after <representation-property>, but"
                        + " the openHAB 4.3 schema wants it earlier (or only once)",
                "channel type 'mark' (OH-INF/thing/fixture.xml) has <kind> after <label>, but the openHAB 4.3 schema"
                        + " wants it earlier (or only once)"),
                checks(xml, GOOD_PROPERTIES, GOOD_README, "").elementsAreInOpenHab43Order());
    }

    @Test
    void categoryOrAutoUpdatePolicyThatOpenhabDoesNotKnow() {
        String xml = GOOD_XML.replace(CAMERA_LABEL, CAMERA_LABEL + "<category>Intercom</category>")
                .replace("<event>", "<autoUpdatePolicy>never</autoUpdatePolicy><event>");
        List<String> problems = checks(xml, GOOD_PROPERTIES, GOOD_README, "").categoriesAndPoliciesAreOpenhabValues();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("OH-INF/thing/fixture.xml: thing-type[camera]/category is 'Intercom',"
                + " which is not one of openHAB's thing categories [Battery,"), problems::toString);
        assertEquals("OH-INF/thing/fixture.xml: channel-type[mark]/autoUpdatePolicy is 'never', not one of [default,"
                + " recommend, veto]", problems.get(1));
    }

    @Test
    void channelTypeUsedButNotDefined() {
        String xml = GOOD_XML.replace("typeId=\"camera-status\"", "typeId=\"camera-state\"");
        assertEquals(List.of("channel 'status' of thing type 'camera' (OH-INF/thing/fixture.xml) uses channel type"
                + " 'camera-state', which no XML file defines"),
                checks(xml, GOOD_PROPERTIES, GOOD_README, "").usedChannelTypesAreDefined());
    }

    @Test
    void systemChannelTypesNeedNoDefinition() {
        String xml = GOOD_XML.replace("typeId=\"camera-status\"", "typeId=\"system.signal-strength\"");
        assertEquals(List.of(), checks(xml, GOOD_PROPERTIES, GOOD_README, "").usedChannelTypesAreDefined());
    }

    @Test
    void channelTypeDefinedButNeverUsed() {
        String xml = GOOD_XML.replace("<channel id=\"status\" typeId=\"camera-status\"/>", "");
        assertEquals(List.of("channel type 'camera-status' (OH-INF/thing/fixture.xml) is defined but no thing or"
                + " bridge type has a channel of that type"),
                checks(xml, GOOD_PROPERTIES, GOOD_README, "").definedChannelTypesAreUsed());
    }

    @Test
    void generatedKeyMissingOrWithAnotherTextThanTheXml() {
        String properties = GOOD_PROPERTIES.replace("channel-type.vms.mark.label = Mark\n", "")
                .replace("= Camera ID", "= Camera Id");
        assertEquals(List.of(
                "src/main/resources/OH-INF/i18n/vms.properties key 'thing-type.config.vms.camera.cameraId.label' is"
                        + " 'Camera Id', but the XML text it is generated from is 'Camera ID'",
                "src/main/resources/OH-INF/i18n/vms.properties has no key 'channel-type.vms.mark.label', which"
                        + " openHAB's i18n tooling generates from the XML text 'Mark'"),
                checks(GOOD_XML, properties, GOOD_README, "").propertiesHoldTheXmlTexts());
    }

    @Test
    void propertiesThatTheI18nToolingWouldRewrite() {
        // the tooling sorts the groups of a section by key, so a thing type written out of order moves
        String swapped = GOOD_PROPERTIES.replace("""
                thing-type.vms.account.label = Account
                thing-type.vms.camera.label = Camera
                """, """
                thing-type.vms.camera.label = Camera
                thing-type.vms.account.label = Account
                """);
        List<String> problems = checks(GOOD_XML, swapped, GOOD_README, "").propertiesAreWhatTheI18nToolingWrites();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("src/main/resources/OH-INF/i18n/vms.properties is not what openHAB's"
                + " i18n tooling writes from the XML: line 3 is 'thing-type.vms.camera.label = Camera' where the"
                + " tooling writes 'thing-type.vms.account.label = Account'. The whole file as the tooling writes"
                + " it:\n" + GOOD_PROPERTIES), problems::toString);

        // a comment between two status texts would not survive a regeneration
        String commented = GOOD_PROPERTIES.replace("offline.comm-error-rate-limited",
                "# {0} = seconds\noffline.comm-error-rate-limited");
        assertEquals(1, checks(GOOD_XML, commented, GOOD_README, "").propertiesAreWhatTheI18nToolingWrites().size());
    }

    @Test
    void textKeyOfJavaSourceMissingFromProperties() {
        String java = "updateStatus(OFFLINE, CONFIGURATION_ERROR, \"@text/offline.conf-error-no-such-key\");\n"
                + "updateStatus(OFFLINE, COMMUNICATION_ERROR, \"@text/offline.comm-error-rate-limited [\\\"\" + s);\n"
                + "String dynamic = \"@text/offline.\" + reason;\n";
        assertEquals(List.of("@text key 'offline.conf-error-no-such-key' (used in src/main/java/Fixture.java) is"
                + " missing from src/main/resources/OH-INF/i18n/vms.properties"),
                checks(GOOD_XML, GOOD_PROPERTIES, GOOD_README, java).textKeysExist());
    }

    @Test
    void propertyKeyNotUsedAnywhere() {
        String properties = GOOD_PROPERTIES + "channel-type.vms.gone.label = Gone\n";
        assertEquals(List.of("src/main/resources/OH-INF/i18n/vms.properties key 'channel-type.vms.gone.label' is neither"
                + " generated from the XML by openHAB's i18n tooling nor used by any Java source (only status keys"
                + " starting with 'offline.' may be kept for the handlers)"),
                checks(GOOD_XML, properties, GOOD_README, "").propertyKeysAreUsed());
    }

    @Test
    void badlyFormedProperties() {
        String properties = GOOD_PROPERTIES + "channel-type.vms.mark.label = Mark again\n"
                + "offline.comm-error-network = Can't reach {0}\n" + "offline.conf-error-bad = Broken {0\n"
                + "thing-type.vms.camera.description = Cam\u00e9ra\n";
        assertEquals(List.of(
                "src/main/resources/OH-INF/i18n/vms.properties line 21 repeats key 'channel-type.vms.mark.label'"
                        + " first set on line 15; the later value silently wins",
                "src/main/resources/OH-INF/i18n/vms.properties line 24 has the non-ASCII character '\u00e9'; write it"
                        + " as a \\u escape",
                "status description 'offline.comm-error-network' contains an apostrophe, which MessageFormat drops"
                        + " when the handler passes arguments; rephrase it",
                "status description 'offline.conf-error-bad' is not a valid MessageFormat pattern: Unmatched braces"
                        + " in the pattern."),
                checks(GOOD_XML, properties, GOOD_README, "").propertiesAreWellFormed());
    }

    @Test
    void textKeyBlankOrMultiLineTextInsteadOfOneLineOfEnglish() {
        String xml = GOOD_XML.replace("<label>Status</label>", "<label>@text/channel-type.vms.camera-status.label</label>")
                .replace(">Active<", "> <").replace("<label>Mark</label>", "<label>Mark\n   set</label>");
        assertEquals(List.of(
                "OH-INF/thing/fixture.xml: channel-type[camera-status]/label is the i18n key"
                        + " '@text/channel-type.vms.camera-status.label'; write the English text in the XML (openHAB's"
                        + " i18n tooling generates the key in src/main/resources/OH-INF/i18n/vms.properties from it)",
                "OH-INF/thing/fixture.xml: channel-type[camera-status]/state/options/option[active] is empty",
                "OH-INF/thing/fixture.xml: channel-type[mark]/label has line breaks or surrounding blanks; write it on"
                        + " one line (the i18n tooling copies it into one line of"
                        + " src/main/resources/OH-INF/i18n/vms.properties)"),
                checks(xml, GOOD_PROPERTIES, GOOD_README, "").userTextsArePlainEnglish());
    }

    @Test
    void idsThatAreNotLowerCaseHyphenated() {
        String xml = GOOD_XML.replace("<channel id=\"status\"", "<channel id=\"cameraStatus\"")
                .replace("channel-type id=\"mark\"", "channel-type id=\"mark_\"").replace("typeId=\"mark\"",
                        "typeId=\"mark_\"");
        assertEquals(List.of("channel id 'cameraStatus' of thing type 'camera' does not match ^[a-z0-9]+(-[a-z0-9]+)*$",
                "channel type id 'mark_' (OH-INF/thing/fixture.xml) does not match ^[a-z0-9]+(-[a-z0-9]+)*$"),
                checks(xml, GOOD_PROPERTIES, GOOD_README, "").idsAreLowerCaseHyphenated());
    }

    @Test
    void configParameterNotCamelCase() {
        String xml = GOOD_XML.replace("name=\"baseUrl\"", "name=\"base_url\"");
        assertEquals(
                List.of("config parameter 'base_url' of bridge type 'account' is not camelCase (^[a-z][a-zA-Z0-9]*$)"),
                checks(xml, GOOD_PROPERTIES, GOOD_README, "").configParametersAreCamelCase());
    }

    @Test
    void triggerChannelTypeWithoutPayloads() {
        String xml = GOOD_XML.replace("<event><options><option value=\"CREATED\">Mark created</option></options>"
                + "</event>", "");
        assertEquals(List.of("trigger channel type 'mark' (OH-INF/thing/fixture.xml) has no <event><options> listing"
                + " its payloads"), checks(xml, GOOD_PROPERTIES, GOOD_README, "").triggerChannelTypesListPayloads());
    }

    @Test
    void inconsistentThingTypes() {
        String xml = GOOD_XML.replace("<bridge-type-ref id=\"account\"/>", "<bridge-type-ref id=\"nvr\"/>")
                .replace("<representation-property>cameraId", "<representation-property>deviceId")
                .replace("<channel id=\"mark\" typeId=\"mark\"/>",
                        "<channel id=\"mark\" typeId=\"mark\"/><channel id=\"mark\" typeId=\"mark\"/>");
        assertEquals(List.of("thing type 'camera' has two channels with id 'mark'",
                "thing type 'camera' names supported bridge type 'nvr', which is not defined",
                "thing type 'camera' has representation property 'deviceId', which is not one of its config"
                        + " parameters"),
                checks(xml, GOOD_PROPERTIES, GOOD_README, "").thingTypesAreConsistent());
    }

    @Test
    void wrongBindingIdAndBrokenXml() {
        DescriptorChecks checks = new DescriptorChecks(new DescriptorSources(
                Map.of("a.xml", GOOD_XML.replace("bindingId=\"vms\"", "bindingId=\"hue\""), "b.xml", "<addon"),
                GOOD_PROPERTIES, GOOD_README, GOOD_DEVELOPER_DOCS, Map.of()));
        List<String> problems = checks.filesAreWellFormed();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.contains("a.xml declares binding/add-on id 'hue' instead of 'vms'"),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("b.xml is not well-formed XML: ")),
                problems::toString);
    }

    @Test
    void readmeMissingChannelPayloadParameterAndMessage() {
        String readme = """
                | `baseUrl` | text |
                | `status` | String |
                | `mark` | Trigger |
                | `mark` | `UPDATED` | wrong payload |
                | 12 | `mark_created` | then `mark` `CREATED` (a row that merely mentions the payload) |
                | `baseUrl` | Like `cameraId`, named in a later cell only |
                Prose naming `cameraId` outside any table does not count.
                """;
        String developerDocs = """
                | 1 | `logout` and more in one cell |
                Prose naming `logout` outside any table does not count.
                """;
        DescriptorChecks checks = new DescriptorChecks(new DescriptorSources(Map.of("OH-INF/thing/fixture.xml",
                GOOD_XML), GOOD_PROPERTIES, readme, developerDocs, Map.of()));
        assertEquals(List.of(), checks.readmeNamesEveryChannel());
        assertEquals(List.of("README.md has no trigger payload row starting with `mark` | `CREATED` (payload of"
                + " trigger channel 'mark' of thing type 'camera')"), checks.readmeNamesEveryTriggerPayload());
        assertEquals(List.of(
                "README.md has no table row starting with config parameter `cameraId` of thing type 'camera'"),
                checks.readmeNamesEveryConfigParameter());
        assertEquals(List.of("../docs/DEVELOPERS.md has no Socket Messages row for message type `logout`"),
                checks.readmeNamesEverySocketMessage(List.of("logout")));

        assertEquals(List.of(
                "README.md has no Troubleshooting row whose first cell begins status description"
                        + " 'offline.comm-error-rate-limited' (\"Retrying in {0} seconds.\")",
                "README.md has no Troubleshooting row whose first cell begins status description"
                        + " 'offline.conf-error-missing-base-url' (\"No server URL configured.\")"),
                checks.readmeExplainsEveryStatusDescription());

        DescriptorChecks noStatus = checks(GOOD_XML, GOOD_PROPERTIES, readme.replace("`status`", "status"), "");
        assertEquals(List.of("README.md has no table row starting with channel `status` of thing type 'camera'"),
                noStatus.readmeNamesEveryChannel());
    }
}
