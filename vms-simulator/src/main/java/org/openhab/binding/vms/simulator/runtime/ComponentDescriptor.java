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

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A Declarative Services component description ({@code OSGI-INF/<component>.xml}, as bnd writes it from the
 * {@code @Component} annotations), read the way SCR reads it. Only what {@link LocalComponentRuntime} can act on is
 * kept; anything it cannot (field injection, multiple cardinality) makes {@link LocalComponentRuntime} refuse the
 * component rather than run it differently from SCR.
 *
 * @param name the component name ({@code component.name})
 * @param implementation the implementation class
 * @param configurationPids the PIDs whose configuration the component gets (the name, unless given)
 * @param scope {@code singleton}, {@code bundle} or {@code prototype}
 * @param services the interfaces the component is registered under (none: not a service)
 * @param immediate whether SCR creates it at once rather than on first use
 * @param activate the activate method named in the description, or {@code null} for SCR's default
 *            {@code activate} (then optional)
 * @param deactivate likewise, default {@code deactivate}
 * @param modified the method for configuration changes, or {@code null} (then a change reactivates)
 * @param constructorParameters how many parameters the activation constructor takes (0: the public no-argument one)
 * @param references the references, in document order
 * @param properties the component's own properties
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record ComponentDescriptor(String name, String implementation, List<String> configurationPids, String scope,
        List<String> services, boolean immediate, @Nullable String activate, @Nullable String deactivate,
        @Nullable String modified, int constructorParameters, List<Reference> references,
        Map<String, Object> properties) {

    /**
     * @param cardinality {@code 0..1}, {@code 1..1}, {@code 0..n} or {@code 1..n}
     * @param bind the bind method, or {@code null}
     * @param parameter the index of the activation constructor parameter it is injected as, or {@code null}
     * @param field the field it is injected into, or {@code null}
     */
    public record Reference(String name, String interfaceName, String cardinality, @Nullable String bind,
            @Nullable Integer parameter, @Nullable String field) {

        public boolean mandatory() {
            return cardinality.startsWith("1");
        }

        public boolean multiple() {
            return cardinality.endsWith("n");
        }
    }

    public static final String SCOPE_SINGLETON = "singleton";
    public static final String SCOPE_PROTOTYPE = "prototype";

    /**
     * Reads the description bnd writes for {@code implementation} (its default component name is the class name).
     *
     * @throws IllegalStateException when the class path has no such description or it cannot be read
     */
    public static ComponentDescriptor of(Class<?> implementation) {
        String resource = "OSGI-INF/" + implementation.getName() + ".xml";
        ClassLoader loader = implementation.getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no component description " + resource
                        + " on the class path (bnd writes it from @Component when the bundle is built)");
            }
            return parse(in, resource);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** @param source names the description in messages */
    public static ComponentDescriptor parse(InputStream xml, String source) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = factory.newDocumentBuilder().parse(xml).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException(source + " is not a readable component description: " + e.getMessage(),
                    e);
        }
        if (!"component".equals(root.getLocalName())) {
            throw new IllegalStateException(source + " is no component description: <" + root.getTagName() + ">");
        }
        String name = attribute(root, "name");
        String implementation = null;
        String scope = SCOPE_SINGLETON;
        List<String> services = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Element child : children(root)) {
            switch (child.getLocalName()) {
                case "implementation" -> implementation = attribute(child, "class");
                case "service" -> {
                    String given = optional(child, "scope");
                    scope = given != null ? given : SCOPE_SINGLETON;
                    for (Element provide : children(child)) {
                        services.add(attribute(provide, "interface"));
                    }
                }
                case "reference" -> {
                    String parameter = optional(child, "parameter");
                    String cardinality = optional(child, "cardinality");
                    references.add(new Reference(attribute(child, "name"), attribute(child, "interface"),
                            cardinality != null ? cardinality : "1..1", optional(child, "bind"),
                            parameter != null ? Integer.valueOf(parameter) : null, optional(child, "field")));
                }
                case "property" -> properties.put(attribute(child, "name"), attribute(child, "value"));
                default -> {
                    // properties files, factory properties: nothing the local runtime uses
                }
            }
        }
        if (implementation == null) {
            throw new IllegalStateException(source + " names no implementation class");
        }
        String pids = optional(root, "configuration-pid");
        String init = optional(root, "init");
        String immediate = optional(root, "immediate");
        return new ComponentDescriptor(name, implementation,
                pids == null ? List.of(name) : List.of(pids.trim().split("\\s+")), scope, List.copyOf(services),
                immediate != null ? Boolean.parseBoolean(immediate) : services.isEmpty(), optional(root, "activate"),
                optional(root, "deactivate"), optional(root, "modified"), init == null ? 0 : Integer.parseInt(init),
                List.copyOf(references), Map.copyOf(properties));
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static String attribute(Element element, String name) {
        String value = optional(element, name);
        if (value == null) {
            throw new IllegalStateException("<" + element.getLocalName() + "> without the attribute " + name);
        }
        return value;
    }

    private static @Nullable String optional(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }
}
