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

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Stand-in for openHAB's {@code BridgeBuilder}. Like openHAB's, it does not redeclare {@code withProperty}, which
 * therefore returns a {@link ThingBuilder}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class BridgeBuilder extends ThingBuilder {

    private BridgeBuilder(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        super(thingTypeUID, thingUID);
    }

    public static BridgeBuilder create(ThingTypeUID thingTypeUID, String bridgeId) {
        return new BridgeBuilder(thingTypeUID, new ThingUID(thingTypeUID, bridgeId));
    }

    public static BridgeBuilder create(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        return new BridgeBuilder(thingTypeUID, thingUID);
    }

    /**
     * @param bridge the bridge to copy
     * @return a builder holding all values of the bridge
     */
    public static BridgeBuilder create(Bridge bridge) {
        return create(bridge.getThingTypeUID(), bridge.getUID()).withBridge(bridge.getBridgeUID())
                .withChannels(bridge.getChannels()).withConfiguration(bridge.getConfiguration())
                .withLabel(bridge.getLabel()).withLocation(bridge.getLocation())
                .withProperties(bridge.getProperties());
    }

    @Override
    public Bridge build() {
        return fill(new BridgeImpl(thingTypeUID, thingUID));
    }

    @Override
    public BridgeBuilder withLabel(@Nullable String label) {
        super.withLabel(label);
        return this;
    }

    @Override
    public BridgeBuilder withChannel(Channel channel) {
        super.withChannel(channel);
        return this;
    }

    @Override
    public BridgeBuilder withChannels(Channel... channels) {
        super.withChannels(channels);
        return this;
    }

    @Override
    public BridgeBuilder withChannels(List<Channel> channels) {
        super.withChannels(channels);
        return this;
    }

    @Override
    public BridgeBuilder withoutChannel(ChannelUID channelUID) {
        super.withoutChannel(channelUID);
        return this;
    }

    @Override
    public BridgeBuilder withoutChannels(Channel... channels) {
        super.withoutChannels(channels);
        return this;
    }

    @Override
    public BridgeBuilder withoutChannels(List<Channel> channels) {
        super.withoutChannels(channels);
        return this;
    }

    @Override
    public BridgeBuilder withConfiguration(Configuration configuration) {
        super.withConfiguration(configuration);
        return this;
    }

    @Override
    public BridgeBuilder withBridge(@Nullable ThingUID bridgeUID) {
        super.withBridge(bridgeUID);
        return this;
    }

    @Override
    public BridgeBuilder withProperties(Map<String, String> properties) {
        super.withProperties(properties);
        return this;
    }

    @Override
    public BridgeBuilder withLocation(@Nullable String location) {
        super.withLocation(location);
        return this;
    }
}
