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

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.descriptor.DescriptorModel.ChannelTypeDef;
import org.openhab.binding.vms.internal.descriptor.DescriptorModel.ElementUse;

/**
 * The semantic tags of the channel types: only tags that openHAB 4.3 and 5.x both define (a tag one release does not
 * know is dropped with a warning there, and the item lands nowhere in the semantic model), and a Point tag on every
 * channel type that has a state or takes commands, so "Add equipment to model" files every item.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class SemanticTagsTest {

    /**
     * Point tags of both releases: openhab-core's SemanticTags.csv (4.3.x, 5.x). 4.3 also has LowBattery, OpenLevel,
     * OpenState, Tampered and Tilt as points, which 5.0 turned into properties; 5.0 added Forecast.
     */
    static final Set<String> POINTS_IN_BOTH = Set.of("Alarm", "Control", "Switch", "Measurement", "Setpoint",
            "Status");
    /**
     * Property tags of both releases. 5.0 added many (Enabled, Mode, Motion, MediaControl, Position, Brightness,
     * Color, App, Channel, ...), which 4.3 does not know.
     */
    static final Set<String> PROPERTIES_IN_BOTH = Set.of("Temperature", "Light", "ColorTemperature", "Humidity",
            "Presence", "Pressure", "Smoke", "Noise", "Rain", "Wind", "Water", "CO2", "CO", "Energy", "Power",
            "Voltage", "Current", "Frequency", "Gas", "SoundVolume", "Oil", "Duration", "Level", "Opening",
            "Timestamp", "Ultraviolet", "Vibration");

    private final DescriptorModel model = DescriptorModel.parse(DescriptorSources.load(Path.of("")).xmlFiles());

    /** Channel type id to its tags, from {@code channel-type[id]/tags/tag} elements. */
    private Map<String, List<String>> tagsByChannelType() {
        Map<String, List<String>> tags = new TreeMap<>();
        for (ElementUse use : model.elements) {
            if ("tag".equals(use.name()) && use.where().startsWith("channel-type[")) {
                String id = use.where().substring("channel-type[".length(), use.where().indexOf(']'));
                tags.computeIfAbsent(id, unused -> new ArrayList<>()).add(use.text());
            }
        }
        return tags;
    }

    @Test
    void everyTagIsOneThatOpenhab43And5Share() {
        Map<String, List<String>> tags = tagsByChannelType();
        assertFalse(tags.isEmpty(), "tags found: " + tags);
        List<String> unknown = new ArrayList<>();
        tags.forEach((channelType, list) -> list.stream()
                .filter(tag -> !POINTS_IN_BOTH.contains(tag) && !PROPERTIES_IN_BOTH.contains(tag))
                .forEach(tag -> unknown.add(channelType + ": " + tag)));
        assertEquals(List.of(), unknown);
    }

    @Test
    void everyStateOrCommandChannelTypeHasExactlyOnePointAndAtMostOneProperty() {
        Map<String, List<String>> tags = tagsByChannelType();
        List<String> problems = new ArrayList<>();
        for (ChannelTypeDef type : model.channelTypes) {
            if (type.trigger()) {
                continue; // trigger channels have no item
            }
            List<String> list = tags.getOrDefault(type.id(), List.of());
            long points = list.stream().filter(POINTS_IN_BOTH::contains).count();
            long properties = list.stream().filter(PROPERTIES_IN_BOTH::contains).count();
            if (points != 1 || properties > 1) {
                problems.add(type.id() + ": " + list);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theControlsOfThisIssueAreTaggedAsOpenhabSuggests() {
        Map<String, String> expected = Map.of("favorite", "[Switch]", "open-door", "[Switch, Opening]", "ringing",
                "[Status]", "reject-call", "[Switch]", "enabled", "[Switch]", "ptz", "[Control]", "stream-hls",
                "[Status]", "stream-rtsp", "[Status]");
        Map<String, List<String>> tags = tagsByChannelType();
        assertEquals(expected, expected.keySet().stream()
                .collect(Collectors.toMap(id -> id, id -> String.valueOf(tags.get(id)))));
    }
}
