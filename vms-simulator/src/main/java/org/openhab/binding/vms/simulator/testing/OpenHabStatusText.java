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
package org.openhab.binding.vms.simulator.testing;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A Thing status description as openHAB 4.3 and 5.x show it: the one model of openHAB's
 * {@code ThingStatusInfoI18nLocalizationService} (with {@code I18nProviderImpl.getText}) in this project, used by the
 * command-line tool's event log and by every test that checks a rendered status text. Written from the behaviour of
 * openHAB's sources at 4.3.11 and 5.2.1:
 * <ul>
 * <li>Only a description starting with {@code @text/} is translated; any other is shown as it is.</li>
 * <li>The description is split at its first run of whitespace: the key, then the argument text.</li>
 * <li>From the argument text every {@code [}, {@code ]} and {@code "} is removed, the rest is split <b>on every
 * comma</b>, each piece is trimmed, and blank pieces are dropped. There is no quoting: a comma inside an argument
 * splits it, and an argument that is empty disappears (so the placeholders after it shift).</li>
 * <li>An argument that itself starts with {@code @text/} is replaced by that key's text.</li>
 * <li>The key's text is formatted with {@link MessageFormat} and the arguments, even when there are none: a
 * placeholder without an argument stays as {@code {0}}, and single quotes in the text are MessageFormat quotes. A
 * text that is not a valid pattern is shown unformatted. An unknown key is shown as the key itself.</li>
 * </ul>
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class OpenHabStatusText {

    private static final String TEXT_PREFIX = "@text/";

    /**
     * A description as openHAB takes it apart.
     *
     * @param key the first word, e.g. {@code @text/offline.comm-error-logged-out}
     * @param arguments what fills the placeholders in order, or null when the description is the key alone
     */
    public record Parsed(String key, @Nullable List<String> arguments) {
    }

    private OpenHabStatusText() {
    }

    /** Whether openHAB translates this description at all. */
    public static boolean isTextReference(@Nullable String description) {
        return description != null && description.startsWith(TEXT_PREFIX);
    }

    public static Parsed parse(String description) {
        String[] parts = description.split("\\s+", 2);
        if (parts.length == 1) {
            return new Parsed(parts[0], null);
        }
        List<String> arguments = new ArrayList<>();
        // String.split also drops trailing empty pieces; the blank check below drops the others
        for (String piece : parts[1].replaceAll("[\\[\\]\"]", "").split(",")) {
            if (!piece.trim().isEmpty()) {
                arguments.add(piece.trim());
            }
        }
        return new Parsed(parts[0], List.copyOf(arguments));
    }

    /**
     * @param description a status description as a handler set it
     * @param textOfKey the text of a key without {@code @text/} (the binding's {@code OH-INF/i18n} properties),
     *            null when there is none
     * @return the text openHAB shows for it
     */
    public static @Nullable String render(@Nullable String description, Function<String, @Nullable String> textOfKey) {
        if (description == null || !isTextReference(description)) {
            return description;
        }
        Parsed parsed = parse(description);
        List<String> arguments = parsed.arguments();
        Object[] values = null;
        if (arguments != null) {
            values = arguments.stream().map(a -> isTextReference(a) ? translate(a, textOfKey, new Object[0]) : a)
                    .toArray();
        }
        return translate(parsed.key(), textOfKey, values);
    }

    private static String translate(String reference, Function<String, @Nullable String> textOfKey,
            Object @Nullable [] values) {
        // openHAB removes every occurrence of the prefix, not only the leading one
        String text = textOfKey.apply(reference.replace(TEXT_PREFIX, ""));
        if (text == null) {
            return reference;
        }
        try {
            return MessageFormat.format(text, values);
        } catch (IllegalArgumentException e) {
            return text; // openHAB logs "Failed to format message" and shows the text as it is
        }
    }
}
