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

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.i18n.TranslationProvider;
import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openHAB's {@link TranslationProvider} for one binding outside a framework: the texts of its
 * {@code OH-INF/i18n/<name>.properties} (and {@code <name>_<language>.properties}), looked up and formatted as
 * openHAB's own provider does: a key the file lacks gives the default text, and the variant with arguments formats
 * the text (found or default) with {@link MessageFormat}, keeping it as it is when it is no valid pattern.
 * <p>
 * openHAB finds the texts through the {@link Bundle} argument; there are no bundles here (it is {@code null}), so
 * this provider stands for the one binding whose class loader it was given.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BundleTranslations implements TranslationProvider {

    private final Logger logger = LoggerFactory.getLogger(BundleTranslations.class);
    private final ClassLoader loader;
    private final String baseName;

    /**
     * @param bundleClass a class of the binding, whose class loader has its {@code OH-INF/i18n} files
     * @param name the file's name without {@code .properties}, the binding id in openHAB's convention
     */
    public BundleTranslations(Class<?> bundleClass, String name) {
        ClassLoader classLoader = bundleClass.getClassLoader();
        this.loader = classLoader != null ? classLoader : ClassLoader.getSystemClassLoader();
        this.baseName = "OH-INF/i18n/" + name;
    }

    @Override
    public @Nullable String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
            @Nullable Locale locale) {
        if (key == null) {
            return defaultText;
        }
        try {
            ResourceBundle texts = ResourceBundle.getBundle(baseName, locale != null ? locale : Locale.ROOT, loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return texts.containsKey(key) ? texts.getString(key) : defaultText;
        } catch (MissingResourceException e) {
            return defaultText;
        }
    }

    @Override
    public @Nullable String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
            @Nullable Locale locale, @Nullable Object @Nullable... arguments) {
        String text = getText(bundle, key, defaultText, locale);
        if (text == null) {
            return null;
        }
        try {
            return MessageFormat.format(text, arguments);
        } catch (IllegalArgumentException e) {
            logger.warn("Failed to format message '{}' with parameters {}. This is a bug.", text,
                    Arrays.toString(arguments));
            return text;
        }
    }
}
