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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Stand-in for openHAB's {@code ThingBuilder}. As in openHAB, {@code withChannels(...)} replaces the channels,
 * {@link #withChannel(Channel)} adds one, and a channel UID may occur only once.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class ThingBuilder {

    protected final ThingUID thingUID;
    protected final ThingTypeUID thingTypeUID;

    private @Nullable String label;
    private final List<Channel> channels = new ArrayList<>();
    private @Nullable Configuration configuration;
    private @Nullable ThingUID bridgeUID;
    private @Nullable Map<String, String> properties;
    private @Nullable String location;

    protected ThingBuilder(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        this.thingUID = thingUID;
        this.thingTypeUID = thingTypeUID;
    }

    public static ThingBuilder create(ThingTypeUID thingTypeUID, String thingId) {
        return new ThingBuilder(thingTypeUID, new ThingUID(thingTypeUID, thingId));
    }

    public static ThingBuilder create(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        return new ThingBuilder(thingTypeUID, thingUID);
    }

    /**
     * @param thing the thing to copy
     * @return a builder holding all values of the thing
     */
    public static ThingBuilder create(Thing thing) {
        return create(thing.getThingTypeUID(), thing.getUID()).withBridge(thing.getBridgeUID())
                .withChannels(thing.getChannels()).withConfiguration(thing.getConfiguration())
                .withLabel(thing.getLabel()).withLocation(thing.getLocation()).withProperties(thing.getProperties());
    }

    public Thing build() {
        return fill(new ThingImpl(thingTypeUID, thingUID));
    }

    /** Copies the collected values into a new thing (openHAB's {@code populate}, which is not offered here). */
    <T extends ThingImpl> T fill(T thing) {
        thing.setLabel(label);
        thing.setChannels(channels);
        Configuration configuration = this.configuration;
        thing.setConfiguration(configuration != null ? configuration : new Configuration());
        thing.setBridgeUID(bridgeUID);
        Map<String, String> properties = this.properties;
        if (properties != null) {
            thing.setProperties(properties);
        }
        thing.setLocation(location);
        return thing;
    }

    public ThingBuilder withLabel(@Nullable String label) {
        this.label = label;
        return this;
    }

    /**
     * @throws IllegalArgumentException if a channel with the same UID was added already
     */
    public ThingBuilder withChannel(Channel channel) {
        ensureNotPresent(channel.getUID());
        channels.add(channel);
        return this;
    }

    /**
     * @throws IllegalArgumentException if two of the channels have the same UID
     */
    public ThingBuilder withChannels(Channel... channels) {
        return withChannels(Arrays.asList(channels));
    }

    /**
     * @throws IllegalArgumentException if two of the channels have the same UID
     */
    public ThingBuilder withChannels(List<Channel> channels) {
        List<Channel> previous = new ArrayList<>(this.channels);
        this.channels.clear();
        try {
            for (Channel channel : channels) {
                withChannel(channel);
            }
        } catch (IllegalArgumentException e) {
            this.channels.clear();
            this.channels.addAll(previous);
            throw e;
        }
        return this;
    }

    private void ensureNotPresent(ChannelUID channelUID) {
        for (Channel channel : channels) {
            if (channel.getUID().equals(channelUID)) {
                throw new IllegalArgumentException("Channel UID '" + channelUID + "' is already present");
            }
        }
    }

    public ThingBuilder withoutChannel(ChannelUID channelUID) {
        channels.removeIf(channel -> channel.getUID().equals(channelUID));
        return this;
    }

    public ThingBuilder withoutChannels(Channel... channels) {
        return withoutChannels(Arrays.asList(channels));
    }

    public ThingBuilder withoutChannels(List<Channel> channels) {
        for (Channel channel : channels) {
            withoutChannel(channel.getUID());
        }
        return this;
    }

    public ThingBuilder withConfiguration(Configuration configuration) {
        this.configuration = configuration;
        return this;
    }

    public ThingBuilder withBridge(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
        return this;
    }

    public ThingBuilder withProperty(String key, String value) {
        Map<String, String> properties = this.properties;
        if (properties == null) {
            properties = new HashMap<>();
            this.properties = properties;
        }
        properties.put(key, value);
        return this;
    }

    public ThingBuilder withProperties(Map<String, String> properties) {
        this.properties = new HashMap<>(properties);
        return this;
    }

    public ThingBuilder withLocation(@Nullable String location) {
        this.location = location;
        return this;
    }
}
