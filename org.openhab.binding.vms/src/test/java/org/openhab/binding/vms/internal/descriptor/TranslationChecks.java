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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The rules every language file ({@code vms_<language>.properties} next to vms.properties) must follow against the
 * default English file: the same keys, no empty text, the same {@code {n}} placeholders, status descriptions that
 * survive MessageFormat, and the layout of vms.properties, so that a translator can diff the two files. Language
 * files are whatever else the i18n folder holds, so a new language is checked without changing this class. Each check
 * returns one line per problem; an empty list means the rule holds.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class TranslationChecks {

    /**
     * The names under which openHAB's ResourceBundle lookup finds a language of the base name {@code vms}: an ISO 639
     * language in lower case, optionally followed by an ISO 3166 country in upper case or a UN M.49 region.
     */
    static final Pattern LANGUAGE_FILE = Pattern.compile("vms_([a-z]{2,3})(?:_([A-Z]{2}|[0-9]{3}))?\\.properties");
    /** A MessageFormat argument such as {@code {0}} or {@code {1,number}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(,[^{}]*)?}");

    private final String defaultText;
    private final Properties defaults;
    private final Map<String, String> fileTexts;
    private final Map<String, Properties> languageFiles = new LinkedHashMap<>();

    TranslationChecks(DescriptorSources sources) {
        this.defaultText = sources.properties();
        this.defaults = DescriptorChecks.parseProperties(sources.properties());
        this.fileTexts = sources.translations();
        fileTexts.forEach((file, text) -> {
            try {
                languageFiles.put(file, DescriptorChecks.parseProperties(text));
            } catch (IllegalStateException e) {
                throw new IllegalStateException(file + " is " + e.getMessage(), e);
            }
        });
    }

    /** Every language file, by path relative to the module, with its texts. */
    Map<String, Properties> languageFiles() {
        return languageFiles;
    }

    /** The locale openHAB serves a language file for, or null if openHAB would not find it under its name. */
    static @Nullable Locale locale(String file) {
        Matcher matcher = LANGUAGE_FILE.matcher(file.substring(file.lastIndexOf('/') + 1));
        if (!matcher.matches()) {
            return null;
        }
        String region = matcher.group(2);
        return new Locale.Builder().setLanguage(matcher.group(1)).setRegion(region == null ? "" : region).build();
    }

    List<String> languageFilesAreNamedForOpenhab() {
        String folder = DescriptorSources.I18N + "/";
        return fileTexts.keySet().stream()
                .filter(file -> locale(file) == null || file.indexOf('/', folder.length()) >= 0)
                .map(file -> file + " is not a language file openHAB finds: name it " + DescriptorSources.I18N
                        + "/vms_<language>.properties (ISO 639 code in lower case, e.g. vms_de.properties, or"
                        + " vms_<language>_<COUNTRY>.properties)")
                .toList();
    }

    /** Every key of vms.properties has a translation; the message gives the English text to translate. */
    List<String> everyKeyIsTranslated() {
        List<String> problems = new ArrayList<>();
        languageFiles.forEach((file, translated) -> sortedKeys(defaults).stream().filter(key -> !translated.containsKey(key))
                .forEach(key -> problems.add(file + " has no translation of '" + key + "' (English: \""
                        + defaults.getProperty(key) + "\")")));
        return problems;
    }

    /** No language file has a key that vms.properties lacks (a key renamed or removed there, or misspelt here). */
    List<String> noKeyIsUnknown() {
        List<String> problems = new ArrayList<>();
        languageFiles.forEach((file, translated) -> sortedKeys(translated).stream().filter(key -> !defaults.containsKey(key))
                .forEach(key -> problems.add(file + " has key '" + key + "', which " + DescriptorSources.PROPERTIES
                        + " does not have (renamed or removed there?)")));
        return problems;
    }

    List<String> noTranslationIsEmpty() {
        List<String> problems = new ArrayList<>();
        languageFiles.forEach((file, translated) -> sortedKeys(translated).stream()
                .filter(key -> translated.getProperty(key).isBlank())
                .forEach(key -> problems.add(file + " has an empty text for '" + key
                        + "'; openHAB would show nothing instead of the English text")));
        return problems;
    }

    /** A translation has exactly the {@code {n}} placeholders of the English text, so no argument is lost. */
    List<String> placeholdersMatchTheEnglishText() {
        List<String> problems = new ArrayList<>();
        languageFiles.forEach((file, translated) -> sortedKeys(translated).stream().filter(defaults::containsKey)
                .forEach(key -> {
                    Set<String> english = placeholders(defaults.getProperty(key));
                    Set<String> used = placeholders(translated.getProperty(key));
                    if (!english.equals(used)) {
                        problems.add(file + " key '" + key + "' has the placeholders " + used
                                + " where the English text has " + english);
                    }
                }));
        return problems;
    }

    /** The MessageFormat rules of vms.properties' status descriptions hold in every language. */
    List<String> statusDescriptionsSurviveMessageFormat() {
        List<String> problems = new ArrayList<>();
        languageFiles.forEach((file, translated) -> problems
                .addAll(DescriptorChecks.statusDescriptionProblems(translated, " in " + file)));
        return problems;
    }

    /**
     * A language file has the lines of vms.properties in the same order: the same comments and blank lines, and
     * the same key on each entry line, so that a diff of the two files shows only the texts.
     */
    List<String> layoutFollowsTheDefaultFile() {
        List<String> want = skeleton(defaultText);
        List<String> problems = new ArrayList<>();
        fileTexts.forEach((file, text) -> {
            List<String> have = skeleton(text);
            int line = 0;
            while (line < want.size() && line < have.size() && want.get(line).equals(have.get(line))) {
                line++;
            }
            if (line < want.size() || line < have.size()) {
                problems.add(file + " line " + (line + 1) + " is " + describe(have, line) + " where "
                        + DescriptorSources.PROPERTIES + " has " + describe(want, line)
                        + "; keep its comments, blank lines and key order so that a diff shows only the texts");
            }
        });
        return problems;
    }

    /** Per line: the comment itself, an empty string for a blank line, or the key of an entry. */
    private static List<String> skeleton(String text) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return body.lines().map(String::trim).map(line -> line.startsWith("#") || line.startsWith("!") ? line
                : line.isEmpty() ? "" : "key '" + line.split("[=:]", 2)[0].trim() + "'").toList();
    }

    private static String describe(List<String> skeleton, int line) {
        if (line >= skeleton.size()) {
            return "(end of file)";
        }
        String entry = skeleton.get(line);
        return entry.isEmpty() ? "a blank line" : entry.startsWith("key '") ? entry : "comment '" + entry + "'";
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String format = matcher.group(2);
            found.add("{" + matcher.group(1) + (format == null ? "" : format.replace(" ", "")) + "}");
        }
        return found;
    }

    private static Set<String> sortedKeys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
