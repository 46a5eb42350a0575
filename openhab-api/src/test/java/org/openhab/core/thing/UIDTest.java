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
package org.openhab.core.thing;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.common.AbstractUID;
import org.openhab.core.thing.type.ChannelTypeUID;

/**
 * The UID types: construction, parsing, segment rules, equality.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class UIDTest {

    private static final ThingTypeUID ACCOUNT = new ThingTypeUID("vms", "account");
    private static final ThingTypeUID CAMERA = new ThingTypeUID("vms", "camera");

    @Test
    void thingUidThroughABridge() {
        ThingUID bridge = new ThingUID(ACCOUNT, "acc1");
        ThingUID camera = new ThingUID(CAMERA, bridge, "cam7");

        assertEquals("vms:camera:acc1:cam7", camera.getAsString());
        assertEquals("vms:camera:acc1:cam7", camera.toString());
        assertEquals(List.of("acc1"), camera.getBridgeIds());
        assertEquals("cam7", camera.getId());
        assertEquals("vms", camera.getBindingId());
        assertEquals(camera, new ThingUID("vms:camera:acc1:cam7"));
        assertEquals(camera.hashCode(), new ThingUID("vms:camera:acc1:cam7").hashCode());
        assertEquals(camera, new ThingUID(CAMERA, "cam7", "acc1"));
        assertEquals(List.of(), bridge.getBridgeIds());
        assertEquals("vms::x", new ThingUID("vms", "x").getAsString());
    }

    @Test
    void channelUidWithAndWithoutGroup() {
        ThingUID camera = new ThingUID(CAMERA, "cam7");
        ChannelUID plain = new ChannelUID(camera, "motion");
        ChannelUID grouped = new ChannelUID(camera, "analytics", "person");

        assertEquals("vms:camera:cam7:motion", plain.getAsString());
        assertFalse(plain.isInGroup());
        assertNull(plain.getGroupId());
        assertEquals("analytics#person", grouped.getId());
        assertEquals("person", grouped.getIdWithoutGroup());
        assertEquals("analytics", grouped.getGroupId());
        assertTrue(grouped.isInGroup());
        assertEquals(camera, grouped.getThingUID());
        assertEquals(grouped, new ChannelUID(new ChannelGroupUID(camera, "analytics"), "person"));
        assertEquals(grouped, new ChannelUID("vms:camera:cam7:analytics#person"));
        assertEquals(camera, new ChannelGroupUID("vms:camera:cam7:analytics").getThingUID());
    }

    @Test
    void rejectsInvalidSegmentsAndTooFewSegments() {
        assertThrows(IllegalArgumentException.class, () -> new ThingUID(CAMERA, "has space"));
        assertThrows(IllegalArgumentException.class, () -> new ThingTypeUID("vms"));
        assertThrows(IllegalArgumentException.class, () -> new ThingUID("vms:camera"));
        assertThrows(IllegalArgumentException.class, () -> new ChannelUID("vms:camera:cam7:a#b#c"));
        assertThrows(IllegalArgumentException.class, () -> new ChannelUID(new ThingUID(CAMERA, "cam7"), "a.b"));
        assertTrue(AbstractUID.isValid("door-1_a"));
        assertFalse(AbstractUID.isValid("door 1"));
        assertFalse(AbstractUID.isValid(null));
    }

    @Test
    void uidsOfDifferentKindsAreNotEqual() {
        assertNotEquals(new ChannelTypeUID("vms", "camera"), CAMERA);
        assertEquals(new ChannelTypeUID("vms:motion"), new ChannelTypeUID("vms", "motion"));
        assertEquals("motion", new ChannelTypeUID("vms:motion").getId());
        assertEquals("camera", CAMERA.getId());
    }

    @Test
    void statusInfoEqualityAndText() {
        ThingStatusInfo info = new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, "down");

        assertEquals(info, new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, "down"));
        assertNotEquals(info, new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, null));
        assertEquals("OFFLINE (COMMUNICATION_ERROR): down", info.toString());
        assertEquals("ONLINE", new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null).toString());
    }
}
