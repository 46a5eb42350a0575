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
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.VmsBindingConstants;
import org.openhab.binding.vms.internal.api.event.VmsEventKind;
import org.openhab.binding.vms.internal.config.VmsAccountConfiguration;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The ids the Java code uses (channels, configuration parameters, trigger payloads) are the ones OH-INF/thing
 * declares, and every trigger option declared there can actually be fired.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class DescriptorIdsTest {

    private static final List<String> FILES = List.of("account.xml", "camera.xml", "intercom.xml",
            "channel-types.xml");

    private static final Map<String, List<String>> CHANNELS = new HashMap<>();
    private static final Map<String, List<String>> PARAMETERS = new HashMap<>();
    private static final Map<String, Set<String>> EVENT_OPTIONS = new HashMap<>();

    @BeforeAll
    static void readDescriptors() throws Exception {
        for (String file : FILES) {
            try (InputStream in = DescriptorIdsTest.class.getResourceAsStream("/OH-INF/thing/" + file)) {
                assertNotNull(in, file);
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                Document document = factory.newDocumentBuilder().parse(in);
                for (String kind : List.of("bridge-type", "thing-type")) {
                    for (Element type : elements(document.getDocumentElement(), kind)) {
                        String id = type.getAttribute("id");
                        CHANNELS.put(id, elements(type, "channel").stream().map(c -> c.getAttribute("id")).toList());
                        PARAMETERS.put(id,
                                elements(type, "parameter").stream().map(p -> p.getAttribute("name")).toList());
                    }
                }
                for (Element channelType : elements(document.getDocumentElement(), "channel-type")) {
                    List<Element> events = elements(channelType, "event");
                    if (!events.isEmpty()) {
                        EVENT_OPTIONS.put(channelType.getAttribute("id"), elements(events.get(0), "option").stream()
                                .map(o -> o.getAttribute("value")).collect(Collectors.toCollection(TreeSet::new)));
                    }
                }
            }
        }
    }

    @Test
    void channelIdsMatchTheThingTypes() {
        assertEquals(Set.of(CHANNEL_CONNECTION_STATE, CHANNEL_LAST_MESSAGE, CHANNEL_ARCHIVE_URL,
                CHANNEL_DROPPED_MESSAGES, CHANNEL_ACCOUNT_EVENT_DATA, CHANNEL_ACCOUNT_EVENT), channels("account"));
        assertEquals(Set.of(CHANNEL_FAVORITE, CHANNEL_STATUS, CHANNEL_PREVIEW_URL, CHANNEL_FAVORITE_CHANGED,
                CHANNEL_MARK, CHANNEL_ANALYTIC_EVENT, CHANNEL_LAST_EVENT_TYPE, CHANNEL_LAST_EVENT_TIME,
                CHANNEL_LAST_EVENT_TITLE, CHANNEL_LAST_EVENT_JSON, CHANNEL_LAST_EVENT_IMAGE_URL,
                CHANNEL_LAST_LICENSE_PLATE, CHANNEL_LAST_COUNT, CHANNEL_STREAM_HLS, CHANNEL_STREAM_RTSP,
                CHANNEL_LATE_ANALYTIC_EVENT, CHANNEL_LATE_MARK, CHANNEL_LATE_EVENT_TIME, CHANNEL_SNAPSHOT,
                CHANNEL_LAST_EVENT_IMAGE), channels("camera"));
        assertEquals(Set.of(CHANNEL_NAME, CHANNEL_ADDRESS, CHANNEL_ONLINE, CHANNEL_OPEN_DOOR, CHANNEL_CALL,
                CHANNEL_CALL_CANCELED, CHANNEL_INTERCOM_EVENT, CHANNEL_LAST_CALL_TIME, CHANNEL_LAST_CALL_STATUS,
                CHANNEL_LAST_CALL_ID, CHANNEL_LAST_EVENT_JSON, CHANNEL_RINGING, CHANNEL_REJECT_CALL, CHANNEL_ENABLED,
                CHANNEL_LATE_CALL, CHANNEL_LATE_INTERCOM_EVENT, CHANNEL_LATE_EVENT_TIME), channels("intercom"));
    }

    @Test
    void configurationClassesMatchTheParameters() {
        Set<String> accountFields = Stream.of(VmsAccountConfiguration.class.getFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName).collect(Collectors.toSet());
        assertEquals(Set.copyOf(PARAMETERS.get("account")), accountFields);
        assertEquals(List.of(CONFIG_CAMERA_ID, CONFIG_STREAM_QUALITY, CONFIG_SNAPSHOT_INTERVAL), PARAMETERS.get("camera"));
        assertEquals(List.of(CONFIG_INTERCOM_ID, CONFIG_RING_TIMEOUT), PARAMETERS.get("intercom"));
        assertTrue(PARAMETERS.get("account").containsAll(List.of(CONFIG_BASE_URL, CONFIG_LOGIN)));
    }

    @Test
    void thingTypeIdsMatch() {
        assertEquals(Set.of(THING_TYPE_ACCOUNT.getId(), THING_TYPE_CAMERA.getId(), THING_TYPE_INTERCOM.getId()),
                CHANNELS.keySet());
    }

    @Test
    void everyAccountEventPayloadIsAnOptionAndEveryOptionIsFired() {
        assertEquals(constants("EVENT_"), EVENT_OPTIONS.get("account-event"));
    }

    @Test
    void cameraTriggerPayloadsMatch() {
        assertEquals(Set.of(FAVORITE_ADDED, FAVORITE_REMOVED), EVENT_OPTIONS.get("favorite-changed"));
        assertEquals(Set.of(MARK_CREATED, MARK_UPDATED, MARK_DELETED), EVENT_OPTIONS.get("mark"));
        Set<String> analytic = Stream.of(VmsEventKind.values()).filter(VmsEventKind::isAnalytic)
                .map(EventRouter::analyticPayload).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(10, analytic.size());
        assertEquals(analytic, EVENT_OPTIONS.get("analytic-event"));
        // caught up after a gap: the same payloads as live, marks only as created (deleted ones are not kept)
        assertEquals(analytic, EVENT_OPTIONS.get(CHANNEL_LATE_ANALYTIC_EVENT));
        assertEquals(Set.of(MARK_CREATED), EVENT_OPTIONS.get(CHANNEL_LATE_MARK));
    }

    @Test
    void intercomTriggerPayloadsMatch() {
        Set<String> intercomEvents = constants("INTERCOM_");
        assertEquals(intercomEvents, EVENT_OPTIONS.get("intercom-event"));
        assertEquals(Set.of(CALL_CANCELED), EVENT_OPTIONS.get("call-canceled"));
        Set<String> callStatuses = Stream.of("ring", "missed", "answered", "ended").map(VmsIntercomHandler::callStatus)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(callStatuses, EVENT_OPTIONS.get("call"));
        assertEquals(callStatuses, EVENT_OPTIONS.get(CHANNEL_LATE_CALL));
        assertEquals(Set.of(INTERCOM_FACE_DETECTED, INTERCOM_ANALYTIC_EVENT), EVENT_OPTIONS.get(CHANNEL_LATE_INTERCOM_EVENT));
    }

    private static Set<String> channels(String thingType) {
        List<String> channels = CHANNELS.get(thingType);
        assertNotNull(channels, thingType);
        return Set.copyOf(channels);
    }

    /** The values of the String constants whose names start with the prefix. */
    private static Set<String> constants(String prefix) {
        Set<String> values = new TreeSet<>();
        for (Field field : VmsBindingConstants.class.getFields()) {
            if (field.getName().startsWith(prefix) && field.getType() == String.class) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return values;
    }

    private static List<Element> elements(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        if (result.isEmpty()) {
            nodes = parent.getElementsByTagName(localName);
            for (int i = 0; i < nodes.getLength(); i++) {
                result.add((Element) nodes.item(i));
            }
        }
        return result;
    }
}
