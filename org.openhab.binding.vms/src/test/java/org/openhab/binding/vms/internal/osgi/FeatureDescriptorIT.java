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
package org.openhab.binding.vms.internal.osgi;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks the filtered Karaf feature (target/feature/feature.xml): the openHAB add-on shape, and a bundle URL that
 * names the jar this build produced.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class FeatureDescriptorIT {

    private static final String KARAF_FEATURES_NS = "http://karaf.apache.org/xmlns/features/v1.4.0";

    @Test
    void describesTheBindingAsAnOpenhabAddonFeature() throws Exception {
        Path featureXml = Path.of(System.getProperty("vms.feature.xml", "target/feature/feature.xml"));
        assertTrue(Files.isRegularFile(featureXml), featureXml + " is generated in generate-resources");
        String text = Files.readString(featureXml);
        assertFalse(text.contains("${"), "all properties are filtered in:\n" + text);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(featureXml.toFile());
        Element root = document.getDocumentElement();
        assertEquals(KARAF_FEATURES_NS, root.getNamespaceURI());
        assertEquals("features", root.getLocalName());

        List<Element> features = children(root, "feature");
        assertEquals(1, features.size());
        Element feature = features.get(0);
        assertEquals("openhab-binding-vms", feature.getAttribute("name"));
        assertEquals(List.of("openhab-runtime-base"), children(feature, "feature").stream()
                .map(e -> e.getTextContent().strip()).toList());

        List<Element> bundles = children(feature, "bundle");
        assertEquals(1, bundles.size(), "only the binding: its libraries are embedded");
        String bundleUrl = bundles.get(0).getTextContent().strip();
        assertEquals(System.getProperty("vms.bundle.mvn"), bundleUrl);
        String[] coordinates = bundleUrl.substring("mvn:".length()).split("/");
        assertEquals(coordinates[1] + "-" + coordinates[2] + ".jar", BuiltBundle.jar().getFileName().toString(),
                "the feature installs the jar this build produced");
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && KARAF_FEATURES_NS.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                result.add(element);
            }
        }
        return result;
    }
}
