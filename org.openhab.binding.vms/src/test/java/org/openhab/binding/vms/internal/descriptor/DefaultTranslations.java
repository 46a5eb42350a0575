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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What openHAB's i18n tooling ({@code mvn i18n:generate-default-translations} of openhab-core's i18n-maven-plugin, in
 * its default mode) writes as the default translations file of a binding: the keys it derives from the OH-INF XML,
 * with the English texts of the XML as values, followed by whatever else the existing file holds (the binding's own
 * keys). Written after the plugin's documented behaviour so that the checks can tell whether vms.properties is a file
 * the tooling would leave unchanged; it does not use the plugin.
 * <p>
 * Keys: {@code addon.<id>.name|description}; {@code thing-type.<binding>.<type>.label|description} (and
 * {@code .channel.<id>.label|description} for channels with their own texts); {@code
 * thing-type.config.<binding>.<type>.<parameter>.label|description|option.<value>}; {@code
 * channel-type.<binding>.<type>.label|description|state.option.<value>|command.option.<value>}, plus {@code
 * state.pattern} for date patterns; {@code channel-type.config...} for channel configuration. Event options get no
 * key (openHAB does not localize them). Entries without text are left out; groups of entries are sorted by their
 * first key; option values escape blank, colon and equals sign with a backslash.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class DefaultTranslations {

    /** One {@code key = value} line. */
    record Entry(String key, String value) {
        boolean hasTranslation() {
            return !value.isBlank() && !value.startsWith(DescriptorModel.TEXT_PREFIX);
        }
    }

    /** Entries that are written together (one thing type, one parameter, ...). */
    record Group(List<Entry> entries) {
        String firstKey() {
            return entries.isEmpty() ? "" : entries.get(0).key();
        }

        boolean hasTranslations() {
            return entries.stream().anyMatch(Entry::hasTranslation);
        }
    }

    /** A {@code # header} and its groups, sorted as the tooling sorts them. */
    record Section(String header, List<Group> groups) {
        static Section sorted(String header, List<Group> groups) {
            List<Group> copy = new ArrayList<>(groups);
            // an empty group sorts first, as in the tooling
            copy.sort(Comparator.comparing((Group g) -> !g.entries().isEmpty()).thenComparing(Group::firstKey));
            return new Section(header, copy);
        }

        boolean hasTranslations() {
            return groups.stream().anyMatch(Group::hasTranslations);
        }
    }

    private static final Pattern OPTION_ESCAPE = Pattern.compile("([ :=])");

    private DefaultTranslations() {
    }

    /** The file the tooling writes for these XML files when {@code existing} is the current properties file. */
    static String write(Map<String, String> xmlFiles, String existing) {
        List<Section> generated = fromXml(xmlFiles);
        Set<String> generatedKeys = keys(generated);
        List<Section> all = new ArrayList<>(generated);
        for (Section section : fromProperties(existing)) {
            List<Group> rest = section.groups().stream().map(g -> new Group(
                    g.entries().stream().filter(e -> !generatedKeys.contains(e.key())).toList())).toList();
            Section left = new Section(section.header(), rest);
            if (left.hasTranslations()) {
                all.add(left);
            }
        }
        return render(all);
    }

    /** The keys the tooling derives from the XML, with the XML's texts. */
    static Map<String, String> generatedEntries(Map<String, String> xmlFiles) {
        Map<String, String> entries = new LinkedHashMap<>();
        fromXml(xmlFiles).forEach(s -> s.groups().forEach(g -> g.entries().forEach(e -> {
            if (e.hasTranslation()) {
                entries.put(e.key(), e.value());
            }
        })));
        return entries;
    }

    static List<Section> fromXml(Map<String, String> xmlFiles) {
        List<Group> addon = new ArrayList<>();
        List<Group> thingTypes = new ArrayList<>();
        List<Group> thingConfig = new ArrayList<>();
        List<Group> channelTypes = new ArrayList<>();
        List<Group> channelConfig = new ArrayList<>();
        xmlFiles.forEach((file, xml) -> {
            Element root = parse(xml);
            if (root == null) {
                return; // DescriptorChecks.filesAreWellFormed reports it
            }
            String rootName = DescriptorModel.name(root);
            if ("addon".equals(rootName)) {
                String prefix = "addon." + root.getAttribute("id");
                addon.add(new Group(List.of(entry(prefix + ".name", text(root, "name")),
                        entry(prefix + ".description", text(root, "description")))));
            } else if ("thing-descriptions".equals(rootName)) {
                String binding = root.getAttribute("bindingId");
                for (Element type : DescriptorModel.children(root)) {
                    String kind = DescriptorModel.name(type);
                    String id = type.getAttribute("id");
                    if ("thing-type".equals(kind) || "bridge-type".equals(kind)) {
                        thingTypes.add(thingType("thing-type." + binding + "." + id, type));
                        configGroups("thing-type.config." + binding + "." + id, type, thingConfig);
                    } else if ("channel-type".equals(kind)) {
                        channelTypes.add(channelType("channel-type." + binding + "." + id, type));
                        configGroups("channel-type.config." + binding + "." + id, type, channelConfig);
                    }
                }
            }
        });
        return List.of(Section.sorted("add-on", addon), Section.sorted("thing types", thingTypes),
                Section.sorted("thing types config", thingConfig), Section.sorted("channel types", channelTypes),
                Section.sorted("channel types config", channelConfig));
    }

    private static Group thingType(String prefix, Element type) {
        List<Entry> entries = new ArrayList<>();
        entries.add(entry(prefix + ".label", text(type, "label")));
        entries.add(entry(prefix + ".description", text(type, "description")));
        List<Element> channels = new ArrayList<>();
        for (Element section : DescriptorModel.children(type)) {
            if ("channels".equals(DescriptorModel.name(section))) {
                channels.addAll(DescriptorModel.children(section));
            }
        }
        channels.sort(Comparator.comparing(c -> c.getAttribute("id")));
        for (Element channel : channels) {
            String channelPrefix = prefix + ".channel." + channel.getAttribute("id");
            String label = text(channel, "label");
            if (label != null) {
                entries.add(entry(channelPrefix + ".label", label));
            }
            String description = text(channel, "description");
            if (description != null) {
                entries.add(entry(channelPrefix + ".description", description));
            }
        }
        return new Group(entries);
    }

    private static Group channelType(String prefix, Element type) {
        List<Entry> entries = new ArrayList<>();
        entries.add(entry(prefix + ".label", text(type, "label")));
        entries.add(entry(prefix + ".description", text(type, "description")));
        for (Element child : DescriptorModel.children(type)) {
            String name = DescriptorModel.name(child);
            if ("state".equals(name)) {
                options(child).forEach((value, label) -> entries.add(entry(prefix + ".state.option." + escape(value),
                        label)));
                String pattern = child.getAttribute("pattern");
                if (pattern.contains("%1$t")) {
                    entries.add(entry(prefix + ".state.pattern", pattern));
                }
            } else if ("command".equals(name)) {
                options(child).forEach((value, label) -> entries.add(entry(prefix + ".command.option." + value,
                        label)));
            }
        }
        return new Group(entries);
    }

    /** Parameter groups and parameters of an inline config description, one group of entries each. */
    private static void configGroups(String prefix, Element type, List<Group> groups) {
        for (Element description : DescriptorModel.children(type)) {
            if (!"config-description".equals(DescriptorModel.name(description))) {
                continue;
            }
            for (Element element : DescriptorModel.children(description)) {
                String elementName = DescriptorModel.name(element);
                String name = element.getAttribute("name");
                if ("parameter-group".equals(elementName)) {
                    groups.add(new Group(List.of(entry(prefix + ".group." + name + ".label", text(element, "label")),
                            entry(prefix + ".group." + name + ".description", text(element, "description")))));
                } else if ("parameter".equals(elementName)) {
                    List<Entry> entries = new ArrayList<>();
                    entries.add(entry(prefix + "." + name + ".label", text(element, "label")));
                    entries.add(entry(prefix + "." + name + ".description", text(element, "description")));
                    options(element).forEach((value, label) -> entries
                            .add(entry(prefix + "." + name + ".option." + escape(value), label)));
                    groups.add(new Group(entries));
                }
            }
        }
    }

    /** value to label of the {@code <options><option value>} below {@code parent}, in XML order. */
    private static Map<String, @Nullable String> options(Element parent) {
        Map<String, @Nullable String> options = new LinkedHashMap<>();
        for (Element child : DescriptorModel.children(parent)) {
            if ("options".equals(DescriptorModel.name(child))) {
                for (Element option : DescriptorModel.children(child)) {
                    options.put(option.getAttribute("value"), option.getTextContent());
                }
            }
        }
        return options;
    }

    /**
     * The sections of an existing properties file as the tooling reads it: a run of comment lines is the header of a
     * new section (lower-cased), a blank line ends a group, a line without {@code =} or with an escaped first
     * {@code =} is skipped. Like the tooling, a comment between two entries starts a new section without ending the
     * group being read, so such comments do not survive a regeneration.
     */
    static List<Section> fromProperties(String text) {
        List<Section> sections = new ArrayList<>();
        List<Group> groups = null;
        List<Entry> entries = null;
        boolean inHeader = false;
        String header = "";
        for (String raw : text.split("\\R", -1)) {
            String line = raw.trim();
            if ("#".equals(line)) {
                line = "";
            }
            if (line.startsWith("#")) {
                if (!inHeader) {
                    if (groups != null) {
                        sections.add(Section.sorted(header, groups));
                    }
                    header = "";
                    groups = new ArrayList<>();
                }
                if (line.length() > 1) {
                    header += (header.isEmpty() ? "" : "\n") + line.substring(1).trim().toLowerCase();
                }
                inHeader = true;
                continue;
            }
            inHeader = false;
            if (!line.isBlank()) {
                int equals = line.indexOf('=');
                if (equals > 0 && line.charAt(equals - 1) != '\\') {
                    if (entries == null) {
                        entries = new ArrayList<>();
                    }
                    entries.add(new Entry(line.substring(0, equals).trim(), line.substring(equals + 1).trim()));
                }
            } else if (entries != null) {
                if (groups == null) {
                    groups = new ArrayList<>();
                }
                groups.add(new Group(entries));
                entries = null;
            }
        }
        if (entries != null) {
            if (groups == null) {
                groups = new ArrayList<>();
            }
            groups.add(new Group(entries));
        }
        if (groups != null) {
            sections.add(Section.sorted(header, groups));
        }
        return sections;
    }

    static String render(List<Section> sections) {
        List<String> lines = new ArrayList<>();
        for (Section section : sections) {
            if (!section.hasTranslations()) {
                continue;
            }
            if (!section.header().isBlank()) {
                section.header().lines().forEach(l -> lines.add("# " + l));
                lines.add("");
            }
            for (Group group : section.groups()) {
                if (group.hasTranslations()) {
                    group.entries().stream().filter(Entry::hasTranslation)
                            .forEach(e -> lines.add(e.key() + " = " + e.value()));
                }
            }
            lines.add("");
        }
        return String.join("\n", lines);
    }

    private static Set<String> keys(List<Section> sections) {
        return sections.stream().flatMap(s -> s.groups().stream()).flatMap(g -> g.entries().stream())
                .filter(Entry::hasTranslation).map(Entry::key).collect(Collectors.toSet());
    }

    private static Entry entry(String key, @Nullable String value) {
        return new Entry(key, value == null ? "" : value);
    }

    private static String escape(String optionValue) {
        return OPTION_ESCAPE.matcher(optionValue).replaceAll("\\\\$1");
    }

    private static @Nullable String text(Element parent, String childName) {
        for (Element child : DescriptorModel.children(parent)) {
            if (childName.equals(DescriptorModel.name(child))) {
                return child.getTextContent();
            }
        }
        return null;
    }

    private static @Nullable Element parse(String xml) {
        try {
            return DescriptorModel.newBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (SAXException | IOException e) {
            return null;
        }
    }
}
