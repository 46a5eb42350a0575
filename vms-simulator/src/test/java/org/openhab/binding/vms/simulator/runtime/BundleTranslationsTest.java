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
package org.openhab.binding.vms.simulator.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * {@link BundleTranslations} answers as openHAB's translation provider does, from the test resources'
 * OH-INF/i18n/demo*.properties.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class BundleTranslationsTest {

    private final BundleTranslations translations = new BundleTranslations(BundleTranslationsTest.class, "demo");

    @Test
    void knownKeysGiveTheirTextUnknownOnesTheDefault() {
        assertEquals("Front camera", translations.getText(null, "camera.label", "x", Locale.ENGLISH));
        assertEquals("Kamera vorne", translations.getText(null, "camera.label", "x", Locale.GERMAN));
        assertEquals("Back camera", translations.getText(null, "back.label", "x", Locale.GERMAN),
                "a key the German file lacks comes from the default file");
        assertEquals("fallback", translations.getText(null, "missing", "fallback", Locale.ENGLISH));
        assertNull(translations.getText(null, "missing", null, Locale.ENGLISH));
        assertEquals("fallback", new BundleTranslations(BundleTranslationsTest.class, "absent").getText(null,
                "camera.label", "fallback", Locale.ENGLISH));
    }

    @Test
    void withArgumentsTheTextGoesThroughMessageFormat() {
        assertEquals("Camera 7 of Ada", translations.getText(null, "camera.numbered", "x", Locale.ENGLISH, "7",
                "Ada"));
        assertEquals("Bob's door", translations.getText(null, "missing", "Bob's door", Locale.ENGLISH),
                "the variant without arguments does not format");
        assertEquals("Bobs door", translations.getText(null, "missing", "Bob's door", Locale.ENGLISH,
                (Object[]) null), "MessageFormat drops a lone apostrophe, also in a default text");
        assertEquals("Bob's door", translations.getText(null, "missing", "Bob''s door", Locale.ENGLISH,
                (Object[]) null));
        assertEquals("{broken", translations.getText(null, "missing", "{broken", Locale.ENGLISH, "1"),
                "an invalid pattern is kept as it is");
    }
}
