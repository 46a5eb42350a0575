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

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.ConfigDescription;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelGroupUID;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The callback every handler of a {@link LocalThingManager} gets, with the rules of openHAB's: a handler may set
 * UNKNOWN, ONLINE, OFFLINE, and REMOVED only while its Thing is REMOVING (anything else is refused with an
 * {@link IllegalArgumentException}); a bridge that leaves INITIALIZING initialised has its waiting children started,
 * a bridge whose status changes otherwise has its initialised children told; a child that leaves INITIALIZING
 * initialised is announced to its bridge. There are no thing types, channel types or config descriptions here, so
 * nothing is validated against them and what needs them is refused as openHAB refuses an unknown type.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class LocalThingHandlerCallback implements ThingHandlerCallback {

    private final Logger logger = LoggerFactory.getLogger(LocalThingHandlerCallback.class);
    private final LocalThingManager manager;

    LocalThingHandlerCallback(LocalThingManager manager) {
        this.manager = manager;
    }

    @Override
    public void stateUpdated(ChannelUID channelUID, State state) {
        manager.stateUpdated(channelUID, state);
    }

    @Override
    public void postCommand(ChannelUID channelUID, Command command) {
        manager.sendCommand(channelUID, command);
    }

    @Override
    public void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries) {
        manager.timeSeriesSent(channelUID, timeSeries);
    }

    @Override
    public void channelTriggered(Thing thing, ChannelUID channelUID, String event) {
        manager.channelTriggered(thing, channelUID, event);
    }

    @Override
    public void statusUpdated(Thing thing, ThingStatusInfo thingStatus) {
        ThingStatusInfo previous = thing.getStatusInfo();
        ensureValidStatus(previous.getStatus(), thingStatus.getStatus());
        if (previous.getStatus() == ThingStatus.REMOVING && thingStatus.getStatus() != ThingStatus.REMOVED) {
            if (thingStatus.getStatus() == ThingStatus.ONLINE) {
                manager.notifyHandlerAboutRemoval(thing);
            }
            logger.debug("Ignoring the status {} of thing '{}': it is REMOVING", thingStatus.getStatus(),
                    thing.getUID());
            return;
        }
        manager.setThingStatus(thing, thingStatus);
        boolean initialisedNow = LocalThingManager.isInitialized(thing)
                && previous.getStatus() == ThingStatus.INITIALIZING;
        if (thing instanceof Bridge bridge) {
            if (initialisedNow) {
                manager.registerChildHandlers(bridge);
            } else if (!thingStatus.equals(previous)) {
                manager.notifyChildrenAboutBridgeStatusChange(bridge, thingStatus);
            }
        }
        if (thing.getBridgeUID() != null && initialisedNow) {
            manager.notifyBridgeAboutChildHandlerInitialization(thing);
        }
        if (thingStatus.getStatus() == ThingStatus.REMOVED) {
            manager.forceRemoveLater(thing.getUID());
        }
    }

    private static void ensureValidStatus(ThingStatus previous, ThingStatus status) {
        if (status != ThingStatus.UNKNOWN && status != ThingStatus.ONLINE && status != ThingStatus.OFFLINE
                && status != ThingStatus.REMOVED) {
            throw new IllegalArgumentException(
                    "Illegal status " + status + ". Bindings only may set UNKNOWN, ONLINE, OFFLINE or REMOVED.");
        }
        if (status == ThingStatus.REMOVED && previous != ThingStatus.REMOVING) {
            throw new IllegalArgumentException(
                    "Illegal status REMOVED. The thing was in state " + previous + " and not in REMOVING");
        }
    }

    @Override
    public void thingUpdated(Thing thing) {
        manager.thingUpdatedByHandler(thing);
    }

    @Override
    public void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters) {
        // openHAB validates against the thing type's config description; there is none here
    }

    @Override
    public void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters) {
        // openHAB validates against the channel type's config description; there is none here
    }

    @Override
    public @Nullable ConfigDescription getConfigDescription(ChannelTypeUID channelTypeUID) {
        return null; // as openHAB answers for a type it does not know
    }

    @Override
    public @Nullable ConfigDescription getConfigDescription(ThingTypeUID thingTypeUID) {
        return null;
    }

    @Override
    public void configurationUpdated(Thing thing) {
        if (!LocalThingManager.isInitialized(thing)) {
            manager.initializeHandler(thing);
        }
    }

    @Override
    public void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration) {
        throw new IllegalStateException("No thing type " + thingTypeUID + " registered, cannot change thing type for "
                + "thing " + thing.getUID());
    }

    @Override
    public ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID) {
        throw new IllegalArgumentException("Channel type '" + channelTypeUID + "' is not known");
    }

    @Override
    public ChannelBuilder editChannel(Thing thing, ChannelUID channelUID) {
        Channel channel = thing.getChannel(channelUID.getId());
        if (channel == null) {
            throw new IllegalArgumentException(
                    "Channel '" + channelUID + "' does not exist for thing '" + thing.getUID() + "'");
        }
        return ChannelBuilder.create(channel);
    }

    @Override
    public List<ChannelBuilder> createChannelBuilders(ChannelGroupUID channelGroupUID,
            ChannelGroupTypeUID channelGroupTypeUID) {
        throw new IllegalArgumentException("Channel group type '" + channelGroupTypeUID + "' is not known");
    }

    @Override
    public boolean isChannelLinked(ChannelUID channelUID) {
        return manager.isLinked(channelUID);
    }

    @Override
    public @Nullable Bridge getBridge(ThingUID bridgeUID) {
        return manager.bridge(bridgeUID);
    }
}
