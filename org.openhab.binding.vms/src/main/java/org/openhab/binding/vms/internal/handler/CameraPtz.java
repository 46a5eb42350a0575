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

import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.AutoUpdatePolicy;
import org.openhab.core.thing.type.ChannelTypeUID;

/**
 * The camera's {@code ptz} channel, which only PTZ cameras have (docs/protocol.md, "PTZ"): its commands and the
 * channel the handler adds to its Thing when the server reports the camera as PTZ.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class CameraPtz {

    static final ChannelTypeUID CHANNEL_TYPE = new ChannelTypeUID(BINDING_ID, CHANNEL_PTZ);
    /** Label and description of the channel type in camera-channel-types XML; a test keeps them equal. */
    static final String LABEL = "PTZ";
    static final String DESCRIPTION = "Moves or zooms the camera: UP, DOWN, LEFT, RIGHT, ZOOM_IN, ZOOM_OUT, HOME.";
    static final Set<String> TAGS = Set.of("Control");

    /** The command and the key that {@code POST cameras/{id}/move} sets to true; HOME has its own call. */
    private static final Map<String, String> MOVES = Map.of(PTZ_UP, "up", PTZ_DOWN, "down", PTZ_LEFT, "left",
            PTZ_RIGHT, "right", PTZ_ZOOM_IN, "zoom-in", PTZ_ZOOM_OUT, "zoom-out");

    private CameraPtz() {
    }

    /** The command in upper case with {@code -} as {@code _} (so {@code zoom-in} works too); null when blank. */
    static @Nullable String normalize(@Nullable String command) {
        return command == null || command.isBlank() ? null
                : command.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** @return the wire key of a move, null for HOME or an unknown command */
    static @Nullable String moveKey(String command) {
        return MOVES.get(command);
    }

    static boolean isKnown(String command) {
        return PTZ_HOME.equals(command) || MOVES.containsKey(command);
    }

    /**
     * The channel as openHAB's {@code createChannelBuilder} makes it from the channel type (item type, label,
     * description, tags, auto-update policy), built here so that every Thing runtime, with or without a channel type
     * registry, gets the same channel.
     */
    static Channel channel(ThingUID thing) {
        return ChannelBuilder.create(new ChannelUID(thing, CHANNEL_PTZ), "String").withType(CHANNEL_TYPE)
                .withLabel(LABEL).withDescription(DESCRIPTION).withDefaultTags(TAGS)
                .withAutoUpdatePolicy(AutoUpdatePolicy.VETO).build();
    }
}
