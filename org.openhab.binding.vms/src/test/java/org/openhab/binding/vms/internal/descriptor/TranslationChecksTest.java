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
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shows that every rule of {@link TranslationChecks} catches what it is meant to catch: each test breaks a small
 * language file fixture in one way and expects exactly the problem lines for it.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class TranslationChecksTest {

    private static final String DE = DescriptorSources.I18N + "/vms_de.properties";
    private static final String RU = DescriptorSources.I18N + "/vms_ru.properties";

    private static final String ENGLISH = """
            # add-on

            addon.vms.name = VMS Binding
            addon.vms.description = Connects openHAB to a VMS account.

            # status descriptions
            # {0} takes the argument

            offline.comm-error-rate-limited = The server limits requests. Retrying in {0} seconds.
            offline.bridge-offline = The VMS account is offline.
            """;

    private static final String GERMAN = """
            # add-on

            addon.vms.name = VMS Binding
            addon.vms.description = Verbindet openHAB mit einem VMS-Konto.

            # status descriptions
            # {0} takes the argument

            offline.comm-error-rate-limited = Der Server begrenzt Anfragen. Neuer Versuch in {0} Sekunden.
            offline.bridge-offline = Das VMS-Konto ist offline.
            """;

    private static final String RUSSIAN = """
            # add-on

            addon.vms.name = VMS Binding
            addon.vms.description = Подключает openHAB к учётной записи VMS.

            # status descriptions
            # {0} takes the argument

            offline.comm-error-rate-limited = Сервер ограничивает запросы. Повтор через {0} с.
            offline.bridge-offline = Учётная запись VMS не в сети.
            """;

    private static TranslationChecks checks(Map<String, String> translations) {
        return new TranslationChecks(new DescriptorSources(Map.of(), ENGLISH, "", "", Map.of(), translations));
    }

    private static TranslationChecks german(String text) {
        return checks(Map.of(DE, text));
    }

    private static void assertAllHold(TranslationChecks checks) {
        List.of(checks.languageFilesAreNamedForOpenhab(), checks.everyKeyIsTranslated(), checks.noKeyIsUnknown(),
                checks.noTranslationIsEmpty(), checks.placeholdersMatchTheEnglishText(),
                checks.statusDescriptionsSurviveMessageFormat(), checks.layoutFollowsTheDefaultFile())
                .forEach(DescriptorConsistencyTest::assertNoProblems);
    }

    @Test
    void completeTranslationsHaveNoProblems() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(DE, GERMAN);
        files.put(RU, RUSSIAN);
        TranslationChecks checks = checks(files);
        assertAllHold(checks);
        // non-ASCII text is read as written, not as ISO-8859-1
        assertEquals("Подключает openHAB к учётной записи VMS.",
                checks.languageFiles().get(RU).getProperty("addon.vms.description"));
    }

    @Test
    void missingKeyNamesTheEnglishTextToTranslate() {
        TranslationChecks checks = german(GERMAN.replace("offline.bridge-offline = Das VMS-Konto ist offline.\n", ""));
        assertEquals(List.of(DE + " has no translation of 'offline.bridge-offline' (English: \"The VMS account is"
                + " offline.\")"), checks.everyKeyIsTranslated());
        assertEquals(List.of(DE + " line 10 is (end of file) where " + DescriptorSources.PROPERTIES
                + " has key 'offline.bridge-offline'; keep its comments, blank lines and key order so that a diff"
                + " shows only the texts"), checks.layoutFollowsTheDefaultFile());
    }

    @Test
    void keyTheDefaultFileLacks() {
        TranslationChecks checks = german(GERMAN + "offline.gone-camera = Die Kamera ist weg.\n");
        assertEquals(List.of(DE + " has key 'offline.gone-camera', which " + DescriptorSources.PROPERTIES
                + " does not have (renamed or removed there?)"), checks.noKeyIsUnknown());
        assertEquals(List.of(), checks.everyKeyIsTranslated());
    }

    @Test
    void emptyText() {
        TranslationChecks checks = german(GERMAN.replace("= Verbindet openHAB mit einem VMS-Konto.", "="));
        assertEquals(List.of(DE + " has an empty text for 'addon.vms.description'; openHAB would show nothing"
                + " instead of the English text"), checks.noTranslationIsEmpty());
    }

    @Test
    void placeholderLostOrRenumbered() {
        TranslationChecks lost = german(GERMAN.replace("in {0} Sekunden", "gleich"));
        assertEquals(List.of(DE + " key 'offline.comm-error-rate-limited' has the placeholders [] where the English"
                + " text has [{0}]"), lost.placeholdersMatchTheEnglishText());
        TranslationChecks renumbered = german(GERMAN.replace("{0}", "{1}")
                .replace("Das VMS-Konto ist offline.", "Das VMS-Konto {0, number} ist offline."));
        assertEquals(List.of(
                DE + " key 'offline.bridge-offline' has the placeholders [{0,number}] where the English text has []",
                DE + " key 'offline.comm-error-rate-limited' has the placeholders [{1}] where the English text has"
                        + " [{0}]"),
                renumbered.placeholdersMatchTheEnglishText());
    }

    @Test
    void statusDescriptionThatMessageFormatBreaks() {
        TranslationChecks checks = german(GERMAN.replace("Neuer Versuch", "Gleich geht's weiter, neuer Versuch")
                .replace("ist offline.", "ist offline {."));
        List<String> problems = checks.statusDescriptionsSurviveMessageFormat();
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("status description 'offline.bridge-offline' in " + DE + " is not a valid MessageFormat"
                + " pattern: Unmatched braces in the pattern.", problems.get(0));
        assertEquals("status description 'offline.comm-error-rate-limited' in " + DE + " contains an apostrophe,"
                + " which MessageFormat drops when the handler passes arguments; rephrase it", problems.get(1));
    }

    @Test
    void layoutThatDiffersFromTheDefaultFile() {
        String swapped = GERMAN.replace("addon.vms.name = VMS Binding\naddon.vms.description"
                + " = Verbindet openHAB mit einem VMS-Konto.", "addon.vms.description = Verbindet openHAB mit einem"
                        + " VMS-Konto.\naddon.vms.name = VMS Binding");
        assertEquals(List.of(DE + " line 3 is key 'addon.vms.description' where " + DescriptorSources.PROPERTIES
                + " has key 'addon.vms.name'; keep its comments, blank lines and key order so that a diff shows only"
                + " the texts"), german(swapped).layoutFollowsTheDefaultFile());
        String translatedHeader = GERMAN.replace("# status descriptions", "# Statusbeschreibungen");
        assertEquals(List.of(DE + " line 6 is comment '# Statusbeschreibungen' where " + DescriptorSources.PROPERTIES
                + " has comment '# status descriptions'; keep its comments, blank lines and key order so that a diff"
                + " shows only the texts"), german(translatedHeader).layoutFollowsTheDefaultFile());
    }

    @Test
    void fileNamesOpenhabDoesNotFind() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : List.of("vms_DE.properties", "vms-fr.properties", "vms_pt_br.properties",
                "other/vms_it.properties", "vms_pt_BR.properties", "vms_es_419.properties")) {
            files.put(DescriptorSources.I18N + "/" + name, GERMAN);
        }
        List<String> problems = checks(files).languageFilesAreNamedForOpenhab();
        assertEquals(List.of("vms_DE.properties", "vms-fr.properties", "vms_pt_br.properties",
                "other/vms_it.properties"),
                problems.stream().map(p -> p.substring(DescriptorSources.I18N.length() + 1, p.indexOf(" is not")))
                        .toList());
        assertEquals(Locale.forLanguageTag("pt-BR"), TranslationChecks.locale("vms_pt_BR.properties"));
        assertEquals(Locale.forLanguageTag("es-419"), TranslationChecks.locale("x/vms_es_419.properties"));
        assertNull(TranslationChecks.locale("vms.properties"));
    }

    /** A language added later is found by its name alone and checked like the others. */
    @Test
    void languageFileAddedLaterIsDiscoveredAndChecked(@TempDir Path root) throws IOException {
        Path module = root.resolve("bundle");
        Path i18n = module.resolve(DescriptorSources.I18N);
        Files.createDirectories(i18n);
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(module.resolve(DescriptorSources.README), "", StandardCharsets.UTF_8);
        Files.writeString(module.resolve(DescriptorSources.DEVELOPER_DOCS), "", StandardCharsets.UTF_8);
        Files.writeString(i18n.resolve("vms.properties"), ENGLISH, StandardCharsets.UTF_8);
        Files.writeString(i18n.resolve("vms_de.properties"), GERMAN, StandardCharsets.UTF_8);
        Files.writeString(i18n.resolve("vms_uk.properties"),
                RUSSIAN.replace("offline.bridge-offline = Учётная запись VMS не в сети.\n", ""),
                StandardCharsets.UTF_8);

        TranslationChecks checks = new TranslationChecks(DescriptorSources.load(module));

        assertEquals(List.of(DE, DescriptorSources.I18N + "/vms_uk.properties"),
                List.copyOf(checks.languageFiles().keySet()));
        assertEquals(List.of(DescriptorSources.I18N + "/vms_uk.properties has no translation of"
                + " 'offline.bridge-offline' (English: \"The VMS account is offline.\")"),
                checks.everyKeyIsTranslated());
    }
}
