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
package org.openhab.core.thing.binding.builder;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.type.ChannelKind;
import org.openhab.core.thing.type.ChannelTypeUID;

/**
 * {@link ThingBuilder}, {@link BridgeBuilder}, {@link ChannelBuilder} and the things they build.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ThingBuilderTest {

    private static final ThingTypeUID CAMERA = new ThingTypeUID("vms", "camera");
    private static final ThingTypeUID ACCOUNT = new ThingTypeUID("vms", "account");
    private static final ThingUID CAMERA_UID = new ThingUID(CAMERA, "cam7");

    private static Channel channel(String id) {
        return ChannelBuilder.create(new ChannelUID(CAMERA_UID, id), "Switch")
                .withType(new ChannelTypeUID("vms", id)).build();
    }

    @Test
    void buildsAThingWithEverythingGiven() {
        ThingUID bridgeUID = new ThingUID(ACCOUNT, "acc1");
        Channel motion = channel("motion");
        Channel person = ChannelBuilder.create(new ChannelUID(CAMERA_UID, "analytics", "person"))
                .withKind(ChannelKind.TRIGGER).build();

        Thing thing = ThingBuilder.create(CAMERA, "cam7").withLabel("Front").withBridge(bridgeUID)
                .withChannels(motion, person).withConfiguration(new Configuration(Map.of("cameraId", "c7")))
                .withProperty("vendor", "ACME").withLocation("Porch").build();

        assertEquals(CAMERA_UID, thing.getUID());
        assertEquals(CAMERA, thing.getThingTypeUID());
        assertEquals("Front", thing.getLabel());
        assertEquals(bridgeUID, thing.getBridgeUID());
        assertEquals(List.of(motion, person), thing.getChannels());
        assertSame(motion, thing.getChannel("motion"));
        assertSame(person, thing.getChannel(new ChannelUID(CAMERA_UID, "analytics#person")));
        assertEquals(List.of(person), thing.getChannelsOfGroup("analytics"));
        assertEquals("c7", thing.getConfiguration().get("cameraId"));
        assertEquals(Map.of("vendor", "ACME"), thing.getProperties());
        assertEquals("Porch", thing.getLocation());
        assertEquals(ThingStatus.UNINITIALIZED, thing.getStatus());
        assertTrue(thing.isEnabled());
        assertNull(thing.getHandler());
    }

    @Test
    void channelsAreUniqueReplaceableAndRemovable() {
        ThingBuilder builder = ThingBuilder.create(CAMERA, CAMERA_UID).withChannel(channel("motion"));

        assertThrows(IllegalArgumentException.class, () -> builder.withChannel(channel("motion")));
        assertThrows(IllegalArgumentException.class, () -> builder.withChannels(channel("a"), channel("a")));
        assertEquals(1, builder.build().getChannels().size(), "failed calls change nothing");

        builder.withChannels(channel("ring"), channel("door"));
        assertEquals(List.of(channel("ring"), channel("door")), builder.build().getChannels());
        builder.withoutChannel(new ChannelUID(CAMERA_UID, "ring"));
        assertEquals(List.of(channel("door")), builder.build().getChannels());
        builder.withoutChannels(channel("door"));
        assertEquals(List.of(), builder.build().getChannels());
    }

    @Test
    void copiesAThing() {
        Thing thing = ThingBuilder.create(CAMERA, "cam7").withLabel("Front").withChannel(channel("motion")).build();

        Thing copy = ThingBuilder.create(thing).withLabel("Back").build();

        assertEquals(thing.getUID(), copy.getUID());
        assertEquals(thing, copy, "things are equal by UID");
        assertEquals(thing.getChannels(), copy.getChannels());
        assertEquals("Back", copy.getLabel());
        assertEquals("Front", thing.getLabel());
    }

    @Test
    void propertiesAndStatusOfABuiltThing() {
        Thing thing = ThingBuilder.create(CAMERA, "cam7").build();

        assertNull(thing.setProperty("vendor", "ACME"));
        assertEquals("ACME", thing.setProperty("vendor", null));
        assertEquals(Map.of(), thing.getProperties());
        thing.setStatusInfo(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.DISABLED, null));
        assertFalse(thing.isEnabled());
        assertThrows(UnsupportedOperationException.class, () -> thing.getProperties().put("a", "b"));
    }

    @Test
    void bridgeBuilderBuildsBridges() {
        Bridge bridge = BridgeBuilder.create(ACCOUNT, "acc1").withLabel("Account").build();
        BridgeHandler bridgeHandler = mock(BridgeHandler.class);

        assertEquals(new ThingUID(ACCOUNT, "acc1"), bridge.getUID());
        assertEquals(List.of(), bridge.getThings());
        bridge.setHandler(mock(ThingHandler.class));
        assertNull(bridge.getHandler(), "a handler that is no BridgeHandler is not returned as one");
        bridge.setHandler(bridgeHandler);
        assertSame(bridgeHandler, bridge.getHandler());
        assertEquals("Account", BridgeBuilder.create(bridge).build().getLabel());
    }

    @Test
    void channelBuilderCopiesChannels() {
        Channel channel = ChannelBuilder.create(new ChannelUID(CAMERA_UID, "event")).withKind(ChannelKind.TRIGGER)
                .withLabel("Event").withDescription("d").withDefaultTags(Set.of("Alarm"))
                .withProperties(Map.of("k", "v")).withType(new ChannelTypeUID("vms", "event")).build();

        Channel copy = ChannelBuilder.create(channel).build();

        assertEquals(channel, copy);
        assertEquals(channel.hashCode(), copy.hashCode());
        assertEquals(ChannelKind.TRIGGER, copy.getKind());
        assertEquals("Event", copy.getLabel());
        assertEquals(Set.of("Alarm"), copy.getDefaultTags());
        assertNotEquals(channel, ChannelBuilder.create(channel).withLabel("Other").build());
        assertEquals(ChannelKind.STATE, channel("x").getKind());
        assertEquals("Switch", channel("x").getAcceptedItemType());
    }
}
