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
package org.openhab.binding.vms.internal.testsupport;

import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * The binding's Things as a user sets them up, built with openHAB's builders: an account bridge with its
 * configuration, and camera and intercom Things under it with their id parameter.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsTestThings {

    private VmsTestThings() {
    }

    public static Bridge account(ThingUID uid, Map<String, Object> configuration) {
        return BridgeBuilder.create(THING_TYPE_ACCOUNT, uid).withConfiguration(new Configuration(configuration))
                .build();
    }

    /** @param cameraId the value of {@code cameraId} as given (any type, as a user might write it) */
    public static Thing camera(ThingUID bridge, String thingId, Object cameraId) {
        return child(THING_TYPE_CAMERA, bridge, thingId, CONFIG_CAMERA_ID, cameraId);
    }

    /** @param intercomId the value of {@code intercomId} as given */
    public static Thing intercom(ThingUID bridge, String thingId, Object intercomId) {
        return child(THING_TYPE_INTERCOM, bridge, thingId, CONFIG_INTERCOM_ID, intercomId);
    }

    private static Thing child(ThingTypeUID type, ThingUID bridge, String thingId, String idParameter, Object id) {
        Map<String, Object> config = new HashMap<>();
        config.put(idParameter, id);
        return ThingBuilder.create(type, new ThingUID(type, bridge, thingId)).withBridge(bridge)
                .withConfiguration(new Configuration(config)).build();
    }

    /**
     * For {@code LocalThingManager.linkChannels}: an item on every channel but the pictures ({@code snapshot},
     * {@code last-event-image}), whose downloads (and decoding) run after a message on the scheduler and have tests
     * of their own (VmsCameraPicturesTest); suites that count messages, time or memory leave them out.
     */
    public static boolean linkedButPictures(ChannelUID channel) {
        String id = channel.getId();
        return !CHANNEL_SNAPSHOT.equals(id) && !CHANNEL_LAST_EVENT_IMAGE.equals(id);
    }
}
