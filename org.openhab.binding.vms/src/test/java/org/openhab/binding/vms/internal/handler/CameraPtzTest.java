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
package org.openhab.binding.vms.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.type.AutoUpdatePolicy;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@link CameraPtz}: the commands, and the channel the handler adds, which must be what openHAB would make from the
 * {@code ptz} channel type of channel-types.xml.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class CameraPtzTest {

    @Test
    void theChannelIsTheOneTheChannelTypeDescribes() throws Exception {
        Element type = ptzChannelType();
        Channel channel = CameraPtz.channel(new ThingUID(THING_TYPE_CAMERA, new ThingUID(THING_TYPE_ACCOUNT, "home"), "cam1001"));
        assertEquals("vms:camera:home:cam1001:ptz", channel.getUID().getAsString());
        assertEquals(text(type, "item-type"), channel.getAcceptedItemType());
        assertEquals(text(type, "label"), channel.getLabel());
        assertEquals(text(type, "description"), channel.getDescription());
        assertEquals(AutoUpdatePolicy.VETO, channel.getAutoUpdatePolicy());
        assertEquals("veto", text(type, "autoUpdatePolicy"));
        List<String> tags = new ArrayList<>();
        NodeList tagNodes = type.getElementsByTagName("tag");
        for (int i = 0; i < tagNodes.getLength(); i++) {
            tags.add(tagNodes.item(i).getTextContent().trim());
        }
        assertEquals(List.copyOf(channel.getDefaultTags()), tags);
        assertEquals("vms:ptz", String.valueOf(channel.getChannelTypeUID()));
        // every command option of the type is a known command, and the other way round
        List<String> options = new ArrayList<>();
        NodeList optionNodes = type.getElementsByTagName("option");
        for (int i = 0; i < optionNodes.getLength(); i++) {
            options.add(((Element) optionNodes.item(i)).getAttribute("value"));
        }
        assertEquals(List.of(PTZ_UP, PTZ_DOWN, PTZ_LEFT, PTZ_RIGHT, PTZ_ZOOM_IN, PTZ_ZOOM_OUT, PTZ_HOME), options);
        options.forEach(option -> assertTrue(CameraPtz.isKnown(option), option));
    }

    @Test
    void commandsMapToTheSdksMoveKeys() {
        assertEquals("up", CameraPtz.moveKey(PTZ_UP));
        assertEquals("zoom-in", CameraPtz.moveKey(PTZ_ZOOM_IN));
        assertEquals("zoom-out", CameraPtz.moveKey(PTZ_ZOOM_OUT));
        assertNull(CameraPtz.moveKey(PTZ_HOME), "HOME has its own call");
        assertEquals(PTZ_ZOOM_IN, CameraPtz.normalize(" zoom-in "));
        assertNull(CameraPtz.normalize(" "));
        assertFalse(CameraPtz.isKnown("SPIN"));
    }

    private static Element ptzChannelType() throws Exception {
        try (InputStream in = CameraPtzTest.class.getResourceAsStream("/OH-INF/thing/channel-types.xml")) {
            assertNotNull(in);
            NodeList types = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("channel-type");
            for (int i = 0; i < types.getLength(); i++) {
                Element type = (Element) types.item(i);
                if (CHANNEL_PTZ.equals(type.getAttribute("id"))) {
                    return type;
                }
            }
        }
        throw new AssertionError("no ptz channel type");
    }

    private static @Nullable String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}
