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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelKind;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The binding's thing and channel types, read from its own {@code OH-INF/thing/*.xml} as openHAB reads them, so
 * that the Things the main job builds have exactly the channels (ids, types, kinds, item types) and configuration
 * defaults that openHAB would give them.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ThingTypeDefinitions {

    private static final String FOLDER = "OH-INF/thing/";

    /** One {@code <channel id typeId>} of a thing type. */
    public record ChannelDefinition(String id, String typeId) {
    }

    /** One {@code <channel-type>}: its kind and, for state channels, the item type. */
    public record ChannelTypeDefinition(String id, ChannelKind kind, @Nullable String itemType) {
    }

    /** One {@code <parameter>} with its type and default, if any. */
    public record ParameterDefinition(String name, String type, @Nullable String defaultValue) {
    }

    /** A {@code <thing-type>} or {@code <bridge-type>}. */
    public record ThingTypeDefinition(String id, boolean bridge, List<ChannelDefinition> channels,
            List<ParameterDefinition> parameters) {
    }

    private final String bindingId;
    private final Map<String, ThingTypeDefinition> thingTypes;
    private final Map<String, ChannelTypeDefinition> channelTypes;

    private ThingTypeDefinitions(String bindingId, Map<String, ThingTypeDefinition> thingTypes,
            Map<String, ChannelTypeDefinition> channelTypes) {
        this.bindingId = bindingId;
        this.thingTypes = Map.copyOf(thingTypes);
        this.channelTypes = Map.copyOf(channelTypes);
    }

    /**
     * Reads every {@code OH-INF/thing/*.xml} next to {@code bundleClass} (its jar, or its classes folder).
     *
     * @throws IOException when the files cannot be found or read, or are not valid thing descriptions
     */
    public static ThingTypeDefinitions load(Class<?> bundleClass) throws IOException {
        URL location = bundleClass.getProtectionDomain().getCodeSource().getLocation();
        try {
            return load(Path.of(location.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot locate the binding's files at " + location, e);
        }
    }

    /** Reads every {@code OH-INF/thing/*.xml} of a bundle jar or classes folder. */
    public static ThingTypeDefinitions load(Path bundle) throws IOException {
        Map<String, String> documents = readAll(bundle);
        if (documents.isEmpty()) {
            throw new IOException("no " + FOLDER + "*.xml in " + bundle);
        }
        String bindingId = null;
        Map<String, ThingTypeDefinition> thingTypes = new LinkedHashMap<>();
        Map<String, ChannelTypeDefinition> channelTypes = new HashMap<>();
        for (Map.Entry<String, String> document : documents.entrySet()) {
            Element root = parse(document.getKey(), document.getValue()).getDocumentElement();
            String id = root.getAttribute("bindingId");
            if (id.isEmpty() || (bindingId != null && !bindingId.equals(id))) {
                throw new IOException(document.getKey() + ": missing or different bindingId '" + id + "'");
            }
            bindingId = id;
            for (Element type : children(root)) {
                switch (type.getLocalName()) {
                    case "thing-type", "bridge-type" -> thingTypes.put(type.getAttribute("id"),
                            thingType(type, "bridge-type".equals(type.getLocalName())));
                    case "channel-type" -> channelTypes.put(type.getAttribute("id"), channelType(type));
                    default -> {
                        // channel-group-type and others: not used by this binding
                    }
                }
            }
        }
        return new ThingTypeDefinitions(bindingId == null ? "" : bindingId, thingTypes, channelTypes);
    }

    public String bindingId() {
        return bindingId;
    }

    public ThingTypeUID thingTypeUID(String thingTypeId) {
        return new ThingTypeUID(bindingId, thingTypeId);
    }

    public ThingTypeDefinition thingType(String id) {
        ThingTypeDefinition type = thingTypes.get(id);
        if (type == null) {
            throw new IllegalArgumentException("the binding defines no thing type '" + id + "'");
        }
        return type;
    }

    public @Nullable ChannelTypeDefinition channelType(String id) {
        return channelTypes.get(id);
    }

    /** The channels of a Thing of this type, built as openHAB builds them from the XML. */
    public List<Channel> channels(String thingTypeId, ThingUID thingUID) {
        List<Channel> channels = new ArrayList<>();
        for (ChannelDefinition definition : thingType(thingTypeId).channels()) {
            ChannelTypeDefinition type = channelTypes.get(definition.typeId());
            if (type == null) {
                throw new IllegalStateException("channel " + definition.id() + " of " + thingTypeId
                        + " has the undefined type " + definition.typeId());
            }
            channels.add(ChannelBuilder.create(new ChannelUID(thingUID, definition.id()), type.itemType())
                    .withType(new ChannelTypeUID(bindingId, definition.typeId())).withKind(type.kind()).build());
        }
        return channels;
    }

    /** {@code values} plus the XML defaults of the parameters not given, typed as openHAB types them. */
    public Configuration configuration(String thingTypeId, Map<String, Object> values) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (ParameterDefinition parameter : thingType(thingTypeId).parameters()) {
            String defaultValue = parameter.defaultValue();
            if (defaultValue != null) {
                merged.put(parameter.name(), typed(parameter.type(), defaultValue));
            }
        }
        merged.putAll(values);
        return new Configuration(merged);
    }

    private static Object typed(String type, String value) {
        return switch (type) {
            case "integer", "decimal" -> new BigDecimal(value.trim());
            case "boolean" -> Boolean.valueOf(value.trim());
            default -> value;
        };
    }

    private static ThingTypeDefinition thingType(Element type, boolean bridge) {
        List<ChannelDefinition> channels = new ArrayList<>();
        List<ParameterDefinition> parameters = new ArrayList<>();
        for (Element section : children(type)) {
            if ("channels".equals(section.getLocalName())) {
                for (Element channel : children(section)) {
                    channels.add(new ChannelDefinition(channel.getAttribute("id"), channel.getAttribute("typeId")));
                }
            } else if ("config-description".equals(section.getLocalName())) {
                for (Element parameter : children(section)) {
                    if ("parameter".equals(parameter.getLocalName())) {
                        parameters.add(new ParameterDefinition(parameter.getAttribute("name"),
                                parameter.getAttribute("type"), text(parameter, "default")));
                    }
                }
            }
        }
        return new ThingTypeDefinition(type.getAttribute("id"), bridge, List.copyOf(channels),
                List.copyOf(parameters));
    }

    private static ChannelTypeDefinition channelType(Element type) {
        String kind = text(type, "kind");
        ChannelKind channelKind = kind != null && "trigger".equalsIgnoreCase(kind.trim()) ? ChannelKind.TRIGGER
                : ChannelKind.STATE;
        String itemType = text(type, "item-type");
        return new ChannelTypeDefinition(type.getAttribute("id"), channelKind,
                itemType == null ? null : itemType.trim());
    }

    private static @Nullable String text(Element parent, String childName) {
        for (Element child : children(parent)) {
            if (childName.equals(child.getLocalName())) {
                return child.getTextContent();
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static Document parse(String name, String xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // our own files, but an XML parser that fetches nothing is the only kind worth having
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(name + " is not a valid thing description: " + e.getMessage(), e);
        }
    }

    /** File name to content of every {@code OH-INF/thing/*.xml} in a jar or a classes folder. */
    private static Map<String, String> readAll(Path path) throws IOException {
        Map<String, String> documents = new TreeMap<>();
        if (Files.isDirectory(path)) {
            Path folder = path.resolve(FOLDER);
            if (Files.isDirectory(folder)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.xml")) {
                    for (Path file : files) {
                        documents.put(file.getFileName().toString(), Files.readString(file));
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(path.toFile())) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.startsWith(FOLDER) && name.endsWith(".xml") && name.indexOf('/', FOLDER.length()) < 0) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            documents.put(name.substring(FOLDER.length()),
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        }
        return documents;
    }
}
