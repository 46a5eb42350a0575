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

import java.io.IOException;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.descriptor.DescriptorModel.ChannelDef;
import org.openhab.binding.vms.internal.descriptor.DescriptorModel.ChannelTypeDef;
import org.openhab.binding.vms.internal.descriptor.DescriptorModel.ElementUse;
import org.openhab.binding.vms.internal.descriptor.DescriptorModel.TextRef;
import org.openhab.binding.vms.internal.descriptor.DescriptorModel.ThingTypeDef;
import org.openhab.binding.vms.internal.descriptor.DescriptorModel.UserText;

/**
 * The rules the binding's descriptors, i18n file and README must follow. Every check returns one line per problem,
 * worded so that the line alone says what is wrong and where; an empty list means the rule holds.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class DescriptorChecks {

    static final String BINDING_ID = "vms";
    /** openHAB's id rule for thing types, channels and channel types as this project applies it. */
    static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final Pattern CAMEL_CASE = Pattern.compile("^[a-z][a-zA-Z0-9]*$");
    /**
     * The allow-list of property keys that no XML file references: status descriptions the handlers pass to
     * {@code updateStatus} as {@code "@text/offline.xxx [args]"}.
     */
    static final String STATUS_KEY_PREFIX = "offline.";
    /** A complete {@code "@text/key} literal in Java code (ends in a letter or digit, then a quote or a blank). */
    private static final Pattern JAVA_TEXT_KEY = Pattern.compile("\"@text/([A-Za-z0-9._-]*[A-Za-z0-9])(?=[\" ])");

    private final DescriptorSources sources;
    private final DescriptorModel model;
    private final Properties properties;
    private final List<String> readmeRows;
    private final List<String> developerDocRows;
    private final Map<String, String> generatedTranslations;

    DescriptorChecks(DescriptorSources sources) {
        this.sources = sources;
        this.model = DescriptorModel.parse(sources.xmlFiles());
        this.properties = parseProperties(sources.properties());
        this.readmeRows = tableRows(sources.readme());
        this.developerDocRows = tableRows(sources.developerDocs());
        this.generatedTranslations = DefaultTranslations.generatedEntries(sources.xmlFiles());
    }

    /**
     * Elements that only openHAB 5 understands. openHAB 4.3's XML reader rejects a whole thing type (or file) when it
     * meets an element it does not know, and the bundle must run on 4.3 and 5.x.
     */
    static final Set<String> OPENHAB_5_ONLY_ELEMENTS = Set.of("semantic-equipment-tag");

    /** Every XML file parses and declares the binding id {@value #BINDING_ID}. */
    List<String> filesAreWellFormed() {
        List<String> problems = new ArrayList<>(model.parseErrors);
        model.bindingIds.stream().filter(d -> !BINDING_ID.equals(d.id())).forEach(d -> problems
                .add(d.file() + " declares binding/add-on id '" + d.id() + "' instead of '" + BINDING_ID + "'"));
        return problems;
    }

    List<String> onlyElementsOpenHab43Knows() {
        return model.elements.stream().filter(e -> OPENHAB_5_ONLY_ELEMENTS.contains(e.name()))
                .map(e -> e.file() + ": " + e.where() + " is an openHAB 5 element; openHAB 4.3 rejects the whole"
                        + " definition because of it (use <category> for the equipment instead)")
                .toList();
    }

    /**
     * openHAB's thing categories (openHAB docs, "Categories"), valid in 4.3 and 5.x; UIs pick the Thing's icon by them.
     */
    static final Set<String> THING_CATEGORIES = Set.of("Battery", "Blinds", "Camera", "Car", "CleaningRobot", "Door",
            "FrontDoor", "GarageDoor", "HVAC", "Inverter", "LawnMower", "Lightbulb", "Lock", "MotionDetector",
            "NetworkAppliance", "PowerOutlet", "Projector", "RadiatorControl", "Receiver", "Screen", "Sensor", "Siren",
            "SmokeDetector", "Speaker", "WallSwitch", "WebService", "Window", "WhiteGood");
    /** The values of the schema's auto-update-policy type. */
    static final Set<String> AUTO_UPDATE_POLICIES = Set.of("veto", "default", "recommend");

    /** Thing categories from openHAB's list and auto-update policies the schema allows. */
    List<String> categoriesAndPoliciesAreOpenhabValues() {
        List<String> problems = new ArrayList<>();
        for (ElementUse use : model.elements) {
            boolean thingCategory = "category".equals(use.name())
                    && (use.where().startsWith("thing-type[") || use.where().startsWith("bridge-type["));
            if (thingCategory && !THING_CATEGORIES.contains(use.text())) {
                problems.add(use.file() + ": " + use.where() + " is '" + use.text()
                        + "', which is not one of openHAB's thing categories " + new TreeSet<>(THING_CATEGORIES));
            }
            if ("autoUpdatePolicy".equals(use.name()) && !AUTO_UPDATE_POLICIES.contains(use.text())) {
                problems.add(use.file() + ": " + use.where() + " is '" + use.text() + "', not one of "
                        + new TreeSet<>(AUTO_UPDATE_POLICIES));
            }
        }
        return problems;
    }

    /** The text of the element at {@code where} (as {@link DescriptorModel} describes locations), or null. */
    @Nullable
    String elementText(String where) {
        return model.elements.stream().filter(e -> e.where().equals(where)).map(ElementUse::text)
                .findFirst().orElse(null);
    }

    /**
     * The child elements of thing, bridge and channel types, in the order of the openHAB 4.3 schema. Its XML reader
     * reads them in this order and rejects a type with an element out of place; alternatives share a position.
     */
    static final List<Set<String>> THING_TYPE_ORDER = List.of(Set.of("supported-bridge-type-refs"), Set.of("label"),
            Set.of("description"), Set.of("category"), Set.of("channels", "channel-groups"), Set.of("properties"),
            Set.of("representation-property"), Set.of("config-description", "config-description-ref"));
    static final List<Set<String>> CHANNEL_TYPE_ORDER = List.of(Set.of("item-type"), Set.of("kind"), Set.of("label"),
            Set.of("description"), Set.of("category"), Set.of("tags"), Set.of("state"), Set.of("command"),
            Set.of("event"), Set.of("autoUpdatePolicy"), Set.of("config-description", "config-description-ref"));

    List<String> elementsAreInOpenHab43Order() {
        List<String> problems = new ArrayList<>();
        for (ThingTypeDef thing : model.thingTypes) {
            checkOrder(problems, kind(thing) + " '" + thing.id() + "' (" + thing.file() + ")", thing.elements(),
                    THING_TYPE_ORDER);
        }
        for (ChannelTypeDef type : model.channelTypes) {
            checkOrder(problems, "channel type '" + type.id() + "' (" + type.file() + ")", type.elements(),
                    CHANNEL_TYPE_ORDER);
        }
        return problems;
    }

    private static void checkOrder(List<String> problems, String what, List<String> elements,
            List<Set<String>> order) {
        int position = -1;
        String previous = "the start";
        for (String element : elements) {
            int index = -1;
            for (int i = 0; i < order.size(); i++) {
                if (order.get(i).contains(element)) {
                    index = i;
                }
            }
            if (index < 0) {
                problems.add(what + " has <" + element + ">, which the openHAB 4.3 schema does not allow there");
            } else if (index <= position) {
                problems.add(what + " has <" + element + "> after <" + previous
                        + ">, but the openHAB 4.3 schema wants it earlier (or only once)");
            } else {
                position = index;
                previous = element;
            }
        }
    }

    List<String> usedChannelTypesAreDefined() {
        Set<String> defined = channelTypesById().keySet();
        List<String> problems = new ArrayList<>();
        for (ThingTypeDef thing : model.thingTypes) {
            for (ChannelDef channel : thing.channels()) {
                if (!channel.typeId().startsWith("system.") && !defined.contains(channel.typeId())) {
                    problems.add("channel '" + channel.id() + "' of " + kind(thing) + " '" + thing.id() + "' ("
                            + thing.file() + ") uses channel type '" + channel.typeId()
                            + "', which no XML file defines");
                }
            }
        }
        return problems;
    }

    /** Channel types that handlers add to their Things at run time only (the camera's ptz, on PTZ cameras). */
    static final Set<String> RUNTIME_CHANNEL_TYPES = Set.of("ptz");

    List<String> definedChannelTypesAreUsed() {
        Set<String> used = model.thingTypes.stream().flatMap(t -> t.channels().stream()).map(ChannelDef::typeId)
                .collect(Collectors.toCollection(HashSet::new));
        used.addAll(RUNTIME_CHANNEL_TYPES);
        return model.channelTypes.stream().filter(t -> !used.contains(t.id()))
                .map(t -> "channel type '" + t.id() + "' (" + t.file()
                        + ") is defined but no thing or bridge type has a channel of that type")
                .toList();
    }

    /** Every {@code @text} key of the XML files and of the Java sources exists in vms.properties. */
    List<String> textKeysExist() {
        List<String> problems = new ArrayList<>();
        for (TextRef ref : model.textRefs) {
            if (!properties.containsKey(ref.key())) {
                problems.add("@text key '" + ref.key() + "' (used in " + ref.file() + ") is missing from "
                        + DescriptorSources.PROPERTIES);
            }
        }
        javaTextKeys().forEach((key, file) -> {
            if (!properties.containsKey(key)) {
                problems.add("@text key '" + key + "' (used in " + file + ") is missing from "
                        + DescriptorSources.PROPERTIES);
            }
        });
        return problems;
    }

    /** Every key is one the i18n tooling generates from the XML, or one a Java source uses (or a status text). */
    List<String> propertyKeysAreUsed() {
        Set<String> used = model.textRefs.stream().map(TextRef::key).collect(Collectors.toCollection(HashSet::new));
        used.addAll(javaTextKeys().keySet());
        used.addAll(generatedTranslations.keySet());
        return properties.stringPropertyNames().stream().sorted()
                .filter(key -> !used.contains(key) && !key.startsWith(STATUS_KEY_PREFIX))
                .map(key -> DescriptorSources.PROPERTIES + " key '" + key
                        + "' is neither generated from the XML by openHAB's i18n tooling nor used by any Java source"
                        + " (only status keys starting with '" + STATUS_KEY_PREFIX + "' may be kept for the handlers)")
                .toList();
    }

    /**
     * Every key the i18n tooling generates from the XML is in vms.properties with exactly the XML's English text,
     * which is therefore the default that openHAB shows when no translation exists.
     */
    List<String> propertiesHoldTheXmlTexts() {
        List<String> problems = new ArrayList<>();
        generatedTranslations.forEach((key, text) -> {
            String value = properties.getProperty(key);
            if (value == null) {
                problems.add(DescriptorSources.PROPERTIES + " has no key '" + key
                        + "', which openHAB's i18n tooling generates from the XML text '" + text + "'");
            } else if (!value.equals(text)) {
                problems.add(DescriptorSources.PROPERTIES + " key '" + key + "' is '" + value
                        + "', but the XML text it is generated from is '" + text + "'");
            }
        });
        return problems;
    }

    /**
     * vms.properties is the file openHAB's i18n tooling ({@code i18n:generate-default-translations}) writes from the
     * XML and this file: generated sections in the tooling's order, then the binding's own keys in sections whose
     * headers survive a regeneration. Running the tooling therefore changes nothing.
     */
    List<String> propertiesAreWhatTheI18nToolingWrites() {
        String expected = DefaultTranslations.write(sources.xmlFiles(), sources.properties());
        String actual = sources.properties().replace("\r\n", "\n");
        if (expected.equals(actual)) {
            return List.of();
        }
        String[] want = expected.split("\n", -1);
        String[] have = actual.split("\n", -1);
        int line = 0;
        while (line < want.length && line < have.length && want[line].equals(have[line])) {
            line++;
        }
        return List.of(DescriptorSources.PROPERTIES + " is not what openHAB's i18n tooling writes from the XML: line "
                + (line + 1) + " is '" + (line < have.length ? have[line] : "(end of file)")
                + "' where the tooling writes '" + (line < want.length ? want[line] : "(end of file)")
                + "'. The whole file as the tooling writes it:\n" + expected);
    }

    /** No duplicate keys, ASCII only, and status descriptions that survive MessageFormat. */
    List<String> propertiesAreWellFormed() {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        String[] lines = sources.properties().split("\n", -1);
        boolean continuation = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int c = 0; c < line.length(); c++) {
                if (line.charAt(c) > 127) {
                    problems.add(DescriptorSources.PROPERTIES + " line " + (i + 1) + " has the non-ASCII character '"
                            + line.charAt(c) + "'; write it as a \\u escape");
                    break;
                }
            }
            String trimmed = line.trim();
            boolean isEntry = !continuation && !trimmed.isEmpty() && !trimmed.startsWith("#")
                    && !trimmed.startsWith("!");
            continuation = trimmed.endsWith("\\") && (continuation || isEntry);
            if (isEntry) {
                String key = trimmed.split("[=:]", 2)[0].trim();
                Integer previous = firstLine.putIfAbsent(key, i + 1);
                if (previous != null) {
                    problems.add(DescriptorSources.PROPERTIES + " line " + (i + 1) + " repeats key '" + key
                            + "' first set on line " + previous + "; the later value silently wins");
                }
            }
        }
        problems.addAll(statusDescriptionProblems(properties, ""));
        return problems;
    }

    /** A properties file's text as {@link Properties} (read as a string, so non-ASCII text stays as written). */
    static Properties parseProperties(String text) {
        Properties parsed = new Properties();
        try {
            parsed.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("not a properties file: " + e.getMessage(), e);
        }
        return parsed;
    }

    /**
     * Status descriptions that would not survive MessageFormat, which openHAB applies to a status text when the
     * handler passes arguments; {@code where} (e.g. " in vms_de.properties") follows the key in each message.
     */
    static List<String> statusDescriptionProblems(Properties texts, String where) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(texts.stringPropertyNames())) {
            if (!key.startsWith(STATUS_KEY_PREFIX)) {
                continue;
            }
            String value = texts.getProperty(key);
            if (value.indexOf('\'') >= 0) {
                problems.add("status description '" + key + "'" + where
                        + " contains an apostrophe, which MessageFormat drops when the handler passes arguments;"
                        + " rephrase it");
            }
            try {
                new MessageFormat(value);
            } catch (IllegalArgumentException e) {
                problems.add("status description '" + key + "'" + where + " is not a valid MessageFormat pattern: "
                        + e.getMessage());
            }
        }
        return problems;
    }

    /**
     * Labels, descriptions, the add-on name and option labels are plain English text in the XML, the openHAB
     * convention: the i18n tooling copies each into one line of vms.properties, so each is one line without
     * surrounding blanks, and none is an {@code @text} key.
     */
    List<String> userTextsArePlainEnglish() {
        List<String> problems = new ArrayList<>();
        for (UserText text : model.userTexts) {
            String where = text.file() + ": " + text.where();
            String value = text.text();
            if (value.trim().startsWith(DescriptorModel.TEXT_PREFIX)) {
                problems.add(where + " is the i18n key '" + value.trim() + "'; write the English text in the XML"
                        + " (openHAB's i18n tooling generates the key in " + DescriptorSources.PROPERTIES
                        + " from it)");
            } else if (value.isBlank()) {
                problems.add(where + " is empty");
            } else if (!value.equals(value.trim()) || value.contains("\n")) {
                problems.add(where + " has line breaks or surrounding blanks; write it on one line (the i18n"
                        + " tooling copies it into one line of " + DescriptorSources.PROPERTIES + ")");
            }
        }
        return problems;
    }

    List<String> idsAreLowerCaseHyphenated() {
        List<String> problems = new ArrayList<>();
        for (ThingTypeDef thing : model.thingTypes) {
            requireId(problems, kind(thing) + " id '" + thing.id() + "' (" + thing.file() + ")", thing.id());
            for (ChannelDef channel : thing.channels()) {
                requireId(problems, "channel id '" + channel.id() + "' of " + kind(thing) + " '" + thing.id() + "'",
                        channel.id());
            }
        }
        for (ChannelTypeDef type : model.channelTypes) {
            requireId(problems, "channel type id '" + type.id() + "' (" + type.file() + ")", type.id());
        }
        return problems;
    }

    List<String> configParametersAreCamelCase() {
        List<String> problems = new ArrayList<>();
        for (ThingTypeDef thing : model.thingTypes) {
            for (String parameter : thing.configParameters()) {
                if (!CAMEL_CASE.matcher(parameter).matches()) {
                    problems.add("config parameter '" + parameter + "' of " + kind(thing) + " '" + thing.id()
                            + "' is not camelCase (" + CAMEL_CASE.pattern() + ")");
                }
            }
        }
        return problems;
    }

    List<String> triggerChannelTypesListPayloads() {
        List<String> problems = new ArrayList<>();
        for (ChannelTypeDef type : model.channelTypes) {
            List<String> options = type.eventOptions();
            if (type.trigger() && (options == null || options.isEmpty())) {
                problems.add("trigger channel type '" + type.id() + "' (" + type.file()
                        + ") has no <event><options> listing its payloads");
            }
        }
        return problems;
    }

    /** No duplicate ids, bridge references that exist, representation properties that are config parameters. */
    List<String> thingTypesAreConsistent() {
        List<String> problems = new ArrayList<>();
        Set<String> bridges = model.thingTypes.stream().filter(ThingTypeDef::bridge).map(ThingTypeDef::id)
                .collect(Collectors.toSet());
        Set<String> thingIds = new HashSet<>();
        for (ThingTypeDef thing : model.thingTypes) {
            if (!thingIds.add(thing.id())) {
                problems.add(kind(thing) + " '" + thing.id() + "' is defined twice");
            }
            Set<String> channelIds = new HashSet<>();
            thing.channels().stream().filter(c -> !channelIds.add(c.id())).forEach(c -> problems
                    .add(kind(thing) + " '" + thing.id() + "' has two channels with id '" + c.id() + "'"));
            thing.bridgeRefs().stream().filter(r -> !bridges.contains(r)).forEach(r -> problems.add(kind(thing) + " '"
                    + thing.id() + "' names supported bridge type '" + r + "', which is not defined"));
            String representation = thing.representationProperty();
            if (representation != null && !thing.configParameters().contains(representation)) {
                problems.add(kind(thing) + " '" + thing.id() + "' has representation property '" + representation
                        + "', which is not one of its config parameters");
            }
        }
        Set<String> typeIds = new HashSet<>();
        model.channelTypes.stream().filter(t -> !typeIds.add(t.id()))
                .forEach(t -> problems.add("channel type '" + t.id() + "' is defined twice"));
        return problems;
    }

    List<String> readmeNamesEveryChannel() {
        List<String> problems = new ArrayList<>();
        for (ThingTypeDef thing : model.thingTypes) {
            for (ChannelDef channel : thing.channels()) {
                if (!readmeHasRowStartingWith(channel.id())) {
                    problems.add("README.md has no table row starting with channel `" + channel.id() + "` of "
                            + kind(thing) + " '" + thing.id() + "'");
                }
            }
        }
        return problems;
    }

    /** Every payload of every trigger channel has a README row naming both the channel and the payload. */
    List<String> readmeNamesEveryTriggerPayload() {
        Map<String, ChannelTypeDef> types = channelTypesById();
        List<String> problems = new ArrayList<>();
        for (ThingTypeDef thing : model.thingTypes) {
            for (ChannelDef channel : thing.channels()) {
                ChannelTypeDef type = types.get(channel.typeId());
                List<String> options = type == null ? null : type.eventOptions();
                if (options == null) {
                    continue;
                }
                for (String payload : options) {
                    if (!readmeHasRowStartingWith(channel.id(), payload)) {
                        problems.add("README.md has no trigger payload row starting with `" + channel.id()
                                + "` | `" + payload + "` (payload of trigger channel '" + channel.id() + "' of "
                                + kind(thing) + " '" + thing.id() + "')");
                    }
                }
            }
        }
        return problems;
    }

    List<String> readmeNamesEveryConfigParameter() {
        List<String> problems = new ArrayList<>();
        for (ThingTypeDef thing : model.thingTypes) {
            for (String parameter : thing.configParameters()) {
                if (!readmeHasRowStartingWith(parameter)) {
                    problems.add("README.md has no table row starting with config parameter `" + parameter + "` of "
                            + kind(thing) + " '" + thing.id() + "'");
                }
            }
        }
        return problems;
    }

    /** The README's socket message table has a row for every wire type the decoder knows. */
    List<String> readmeNamesEverySocketMessage(Collection<String> wireTypes) {
        return wireTypes.stream()
                .filter(type -> developerDocRows.stream().noneMatch(row -> cells(row).contains("`" + type + "`")))
                .map(type -> DescriptorSources.DEVELOPER_DOCS + " has no Socket Messages row for message type `"
                        + type + "`")
                .toList();
    }

    /**
     * Every status description has a Troubleshooting row whose first cell is the beginning of its English text, so
     * that a user who sees the message finds its explanation.
     */
    List<String> readmeExplainsEveryStatusDescription() {
        List<String> firstCells = readmeRows.stream().map(DescriptorChecks::cells).filter(c -> !c.isEmpty())
                .map(c -> c.get(0)).filter(c -> c.length() >= 10).toList();
        return properties.stringPropertyNames().stream().filter(k -> k.startsWith(STATUS_KEY_PREFIX)).sorted()
                .filter(key -> firstCells.stream().noneMatch(properties.getProperty(key)::startsWith))
                .map(key -> "README.md has no Troubleshooting row whose first cell begins status description '" + key
                        + "' (\"" + properties.getProperty(key) + "\")")
                .toList();
    }

    /** A README table row whose first cells are exactly the given names in backticks, in that order. */
    private boolean readmeHasRowStartingWith(String... names) {
        return readmeRows.stream().map(DescriptorChecks::cells).anyMatch(cells -> {
            if (cells.size() < names.length) {
                return false;
            }
            for (int i = 0; i < names.length; i++) {
                if (!cells.get(i).equals("`" + names[i] + "`")) {
                    return false;
                }
            }
            return true;
        });
    }

    private static List<String> tableRows(String markdown) {
        return markdown.lines().map(String::trim).filter(l -> l.startsWith("|")).toList();
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        return Stream.of(inner.split("\\|", -1)).map(String::trim).toList();
    }

    private Map<String, ChannelTypeDef> channelTypesById() {
        Map<String, ChannelTypeDef> byId = new LinkedHashMap<>();
        model.channelTypes.forEach(t -> byId.putIfAbsent(t.id(), t));
        return byId;
    }

    /** Complete @text keys written in the Java sources, with the first file that uses each. */
    private Map<String, String> javaTextKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        sources.javaSources().forEach((file, text) -> {
            Matcher matcher = JAVA_TEXT_KEY.matcher(text);
            while (matcher.find()) {
                keys.putIfAbsent(matcher.group(1), file);
            }
        });
        return keys;
    }

    private static void requireId(List<String> problems, String what, String id) {
        if (!ID.matcher(id).matches()) {
            problems.add(what + " does not match " + ID.pattern());
        }
    }

    private static String kind(ThingTypeDef thing) {
        return thing.bridge() ? "bridge type" : "thing type";
    }
}
