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
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Turns the {@code @text/key ["argument"]} status descriptions of the handlers into the English text of the
 * binding's {@code OH-INF/i18n/<binding>.properties}, as openHAB's status localisation does before the UI and the
 * event log show them. Unknown keys are shown as they are.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class StatusTexts {

    private static final Pattern TEXT = Pattern.compile("@text/([^\\s\\[]+)\\s*(?:\\[(.*)\\])?\\s*", Pattern.DOTALL);
    private static final Pattern ARGUMENT = Pattern.compile("\"([^\"]*)\"");

    private final Properties texts;

    private StatusTexts(Properties texts) {
        this.texts = texts;
    }

    /** Reads {@code /OH-INF/i18n/<bindingId>.properties} next to {@code bundleClass}; none found gives no texts. */
    public static StatusTexts load(Class<?> bundleClass, String bindingId) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = bundleClass.getResourceAsStream("/OH-INF/i18n/" + bindingId + ".properties")) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return new StatusTexts(texts);
    }

    public static StatusTexts none() {
        return new StatusTexts(new Properties());
    }

    /** The text for a description; anything that is not a known {@code @text} reference is returned unchanged. */
    public @Nullable String translate(@Nullable String description) {
        if (description == null) {
            return null;
        }
        Matcher matcher = TEXT.matcher(description);
        if (!matcher.matches()) {
            return description;
        }
        String template = texts.getProperty(matcher.group(1));
        if (template == null) {
            return description;
        }
        List<String> arguments = new ArrayList<>();
        String list = matcher.group(2);
        if (list != null) {
            Matcher argument = ARGUMENT.matcher(list);
            while (argument.find()) {
                arguments.add(argument.group(1));
            }
        }
        try {
            return new MessageFormat(template, Locale.ROOT).format(arguments.toArray());
        } catch (IllegalArgumentException e) {
            return template;
        }
    }
}
