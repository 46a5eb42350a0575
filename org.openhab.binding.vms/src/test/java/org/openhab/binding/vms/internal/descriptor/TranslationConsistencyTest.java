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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.ResourceBundle.Control;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;

/**
 * Runs {@link TranslationChecks} on the real language files of this module (Maven runs tests with the module
 * directory as working directory), and reads each one the way openHAB does, to show that its non-ASCII text arrives
 * unchanged.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class TranslationConsistencyTest {

    /** The languages the binding ships; more may be added, none may silently disappear. */
    private static final Set<String> SHIPPED = Set.of("de", "ru");

    @RegisterExtension
    static final TestResources SHARED = TestResources.perClass();
    /** Read once, before all tests. */
    private static final Opened<TranslationChecks> CHECKS = SHARED
            .opened(() -> new TranslationChecks(DescriptorSources.load(Path.of(""))));

    @Test
    void theShippedLanguagesArePresent() {
        Set<String> languages = CHECKS.get().languageFiles().keySet().stream().map(TranslationChecks::locale)
                .filter(l -> l != null).map(l -> l.toLanguageTag()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(languages.containsAll(SHIPPED), () -> "language files found: " + languages);
    }

    @Test
    void languageFilesAreNamedForOpenhab() {
        DescriptorConsistencyTest.assertNoProblems(CHECKS.get().languageFilesAreNamedForOpenhab());
    }

    @Test
    void everyKeyIsTranslated() {
        DescriptorConsistencyTest.assertNoProblems(CHECKS.get().everyKeyIsTranslated());
    }

    @Test
    void noKeyIsUnknown() {
        DescriptorConsistencyTest.assertNoProblems(CHECKS.get().noKeyIsUnknown());
    }

    @Test
    void noTranslationIsEmpty() {
        DescriptorConsistencyTest.assertNoProblems(CHECKS.get().noTranslationIsEmpty());
    }

    @Test
    void placeholdersMatchTheEnglishText() {
        DescriptorConsistencyTest.assertNoProblems(CHECKS.get().placeholdersMatchTheEnglishText());
    }

    @Test
    void statusDescriptionsSurviveMessageFormat() {
        DescriptorConsistencyTest.assertNoProblems(CHECKS.get().statusDescriptionsSurviveMessageFormat());
    }

    @Test
    void layoutFollowsTheDefaultFile() {
        DescriptorConsistencyTest.assertNoProblems(CHECKS.get().layoutFollowsTheDefaultFile());
    }

    /**
     * openHAB's LanguageResourceBundleManager asks {@link ResourceBundle} for base name {@code vms} in the bundle's
     * OH-INF/i18n folder with a no-fallback properties control; Java then reads the file as UTF-8. Every text must
     * come out exactly as this project's tests read it, and from the language file itself, not the English one.
     */
    @Test
    void openhabsResourceBundleLookupReadsEveryTextUnchanged() throws IOException {
        URL folder = Path.of(DescriptorSources.I18N).toAbsolutePath().toUri().toURL();
        try (URLClassLoader loader = new URLClassLoader(new URL[] { folder }, null)) {
            for (Map.Entry<String, Properties> file : CHECKS.get().languageFiles().entrySet()) {
                Locale locale = TranslationChecks.locale(file.getKey());
                assertNotNull(locale, file.getKey());
                ResourceBundle bundle = ResourceBundle.getBundle("vms", locale, loader,
                        Control.getNoFallbackControl(Control.FORMAT_PROPERTIES));
                assertEquals(locale, bundle.getLocale(), file.getKey() + " is not what openHAB finds for " + locale);
                Properties texts = file.getValue();
                for (String key : texts.stringPropertyNames()) {
                    assertEquals(texts.getProperty(key), bundle.getString(key), file.getKey() + " key " + key);
                }
            }
        }
    }
}
