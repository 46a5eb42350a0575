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
package org.openhab.binding.vms.cli.binding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.simulator.testing.OpenHabStatusText;
import org.openhab.core.i18n.TranslationProvider;

/**
 * Turns the {@code @text/key [args]} status descriptions of the handlers into the English text of the binding's
 * {@code OH-INF/i18n/<binding>.properties} exactly as openHAB shows them ({@link OpenHabStatusText}: arguments split
 * on commas, empty ones dropped, unknown keys shown as the key), so the tool shows what a user would see.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class StatusTexts {

    private final Function<String, @Nullable String> texts;

    private StatusTexts(Function<String, @Nullable String> texts) {
        this.texts = texts;
    }

    /**
     * The texts as openHAB's translation provider gives them for the locale openHAB runs in (its
     * {@code LocaleProvider}'s), the way openHAB translates a status description.
     */
    public static StatusTexts translated(TranslationProvider translations, Locale locale) {
        return new StatusTexts(key -> translations.getText(null, key, null, locale));
    }

    /** Reads {@code /OH-INF/i18n/<bindingId>.properties} next to {@code bundleClass}; none found gives no texts. */
    public static StatusTexts load(Class<?> bundleClass, String bindingId) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = bundleClass.getResourceAsStream("/OH-INF/i18n/" + bindingId + ".properties")) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return new StatusTexts(texts::getProperty);
    }

    public static StatusTexts none() {
        return new StatusTexts(key -> null);
    }

    /** The text openHAB shows for a description. */
    public @Nullable String translate(@Nullable String description) {
        return OpenHabStatusText.render(description, texts);
    }
}
