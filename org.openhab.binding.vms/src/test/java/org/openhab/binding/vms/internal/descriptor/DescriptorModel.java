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
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * What the OH-INF XML files declare, read with plain DOM (no openHAB types): thing and bridge types with their
 * channels and config parameters, channel types, the add-on id, every user-visible text and every {@code @text} key
 * used.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class DescriptorModel {

    static final String TEXT_PREFIX = "@text/";

    /** A {@code <channel>} of a thing or bridge type. */
    record ChannelDef(String id, String typeId) {
    }

    /** A {@code <thing-type>} or {@code <bridge-type>}; {@code elements} are its child element names in order. */
    record ThingTypeDef(String file, String id, boolean bridge, List<ChannelDef> channels,
            List<String> configParameters, @Nullable String representationProperty, List<String> bridgeRefs,
            List<String> elements) {
    }

    /**
     * A {@code <channel-type>}; {@code eventOptions} is null when it has no event options at all, {@code elements} are
     * its child element names in order.
     */
    record ChannelTypeDef(String file, String id, boolean trigger, @Nullable List<String> eventOptions,
            List<String> elements) {
    }

    /** An {@code @text} reference: the key and the file it appears in. */
    record TextRef(String file, String key) {
    }

    /** A label, description, add-on name or option label: what a user sees. */
    record UserText(String file, String where, String text) {
    }

    /** An element of an XML file, by name and location, with its text when it has no child elements. */
    record ElementUse(String file, String where, String name, String text) {
    }

    /** The {@code bindingId} (thing files) or {@code id} (add-on file) a file declares. */
    record DeclaredId(String file, String id) {
    }

    final List<ThingTypeDef> thingTypes = new ArrayList<>();
    final List<ChannelTypeDef> channelTypes = new ArrayList<>();
    final List<TextRef> textRefs = new ArrayList<>();
    final List<UserText> userTexts = new ArrayList<>();
    final List<DeclaredId> bindingIds = new ArrayList<>();
    final List<ElementUse> elements = new ArrayList<>();
    final List<String> parseErrors = new ArrayList<>();

    private DescriptorModel() {
    }

    static DescriptorModel parse(Map<String, String> xmlFiles) {
        DescriptorModel model = new DescriptorModel();
        xmlFiles.forEach(model::parseFile);
        return model;
    }

    private void parseFile(String file, String xml) {
        Element root;
        try {
            root = newBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (SAXException | IOException e) {
            parseErrors.add(file + " is not well-formed XML: " + e.getMessage());
            return;
        }
        String rootName = name(root);
        if ("thing-descriptions".equals(rootName)) {
            bindingIds.add(new DeclaredId(file, root.getAttribute("bindingId")));
            for (Element child : children(root)) {
                switch (name(child)) {
                    case "thing-type" -> thingTypes.add(thingType(file, child, false));
                    case "bridge-type" -> thingTypes.add(thingType(file, child, true));
                    case "channel-type" -> channelTypes.add(channelType(file, child));
                    default -> parseErrors.add(file + ": unexpected element <" + name(child) + ">");
                }
            }
        } else if ("addon".equals(rootName)) {
            bindingIds.add(new DeclaredId(file, root.getAttribute("id")));
        }
        collectTexts(file, root);
    }

    private static ThingTypeDef thingType(String file, Element type, boolean bridge) {
        List<ChannelDef> channels = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        List<String> bridgeRefs = new ArrayList<>();
        String representation = null;
        for (Element child : children(type)) {
            switch (name(child)) {
                case "channels" -> children(child).forEach(
                        c -> channels.add(new ChannelDef(c.getAttribute("id"), c.getAttribute("typeId"))));
                case "config-description" -> children(child).stream().filter(p -> "parameter".equals(name(p)))
                        .forEach(p -> parameters.add(p.getAttribute("name")));
                case "supported-bridge-type-refs" -> children(child)
                        .forEach(r -> bridgeRefs.add(r.getAttribute("id")));
                case "representation-property" -> representation = child.getTextContent().trim();
                default -> {
                    // label, description, tags etc. are checked elsewhere
                }
            }
        }
        return new ThingTypeDef(file, type.getAttribute("id"), bridge, channels, parameters, representation,
                bridgeRefs, childNames(type));
    }

    private static ChannelTypeDef channelType(String file, Element type) {
        boolean trigger = false;
        List<String> eventOptions = null;
        for (Element child : children(type)) {
            if ("kind".equals(name(child))) {
                trigger = "trigger".equalsIgnoreCase(child.getTextContent().trim());
            } else if ("event".equals(name(child))) {
                for (Element options : children(child)) {
                    if ("options".equals(name(options))) {
                        List<String> values = new ArrayList<>();
                        children(options).forEach(o -> values.add(o.getAttribute("value")));
                        eventOptions = values;
                    }
                }
            }
        }
        return new ChannelTypeDef(file, type.getAttribute("id"), trigger, eventOptions, childNames(type));
    }

    /** Walks every element: records @text keys anywhere, and every user-visible text. */
    private void collectTexts(String file, Element element) {
        List<Element> children = children(element);
        elements.add(new ElementUse(file, element.getParentNode() instanceof Element ? describe(element) : "/",
                name(element), children.isEmpty() ? element.getTextContent().trim() : ""));
        if (children.isEmpty()) {
            String text = element.getTextContent();
            if (text.trim().startsWith(TEXT_PREFIX)) {
                textRefs.add(new TextRef(file, text.trim().substring(TEXT_PREFIX.length())));
            }
            if (isUserText(element)) {
                userTexts.add(new UserText(file, describe(element), text));
            }
        }
        children.forEach(child -> collectTexts(file, child));
    }

    /** Labels, descriptions, the add-on name and option labels (state, command, event and config options). */
    private static boolean isUserText(Element element) {
        String name = name(element);
        if ("label".equals(name) || "description".equals(name)) {
            return true;
        }
        if ("name".equals(name)) {
            Node parent = element.getParentNode();
            return parent instanceof Element p && "addon".equals(name(p));
        }
        return "option".equals(name);
    }

    /** A readable location such as {@code channel-type[camera-status]/state/options/option[active]}. */
    private static String describe(Element element) {
        StringBuilder path = new StringBuilder();
        Node node = element;
        while (node instanceof Element e && e.getParentNode() instanceof Element) {
            String id = e.hasAttribute("id") ? e.getAttribute("id")
                    : e.hasAttribute("name") ? e.getAttribute("name") : e.getAttribute("value");
            path.insert(0, "/" + name(e) + (id.isEmpty() ? "" : "[" + id + "]"));
            node = e.getParentNode();
        }
        return path.substring(1);
    }

    private static List<String> childNames(Element parent) {
        return children(parent).stream().map(DescriptorModel::name).toList();
    }

    static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    static String name(Element element) {
        String local = element.getLocalName();
        return local != null ? local : element.getTagName();
    }

    static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // our own files never need a DTD; refusing them keeps the parser from resolving anything
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not make a descriptor wrong
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
