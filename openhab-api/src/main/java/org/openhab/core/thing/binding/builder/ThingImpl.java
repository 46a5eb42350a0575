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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * The {@link Thing} the builders make (openHAB's internal {@code ThingImpl}); not part of the API, so
 * package-private. A new thing is UNINITIALIZED. Two things are equal when their UIDs are.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ThingImpl implements Thing {

    private final ThingUID uid;
    private final ThingTypeUID thingTypeUID;
    private @Nullable String label;
    private @Nullable ThingUID bridgeUID;
    private List<Channel> channels = List.of();
    private Configuration configuration = new Configuration();
    private final Map<String, String> properties = new HashMap<>();
    private @Nullable String location;
    private volatile ThingStatusInfo statusInfo = new ThingStatusInfo(ThingStatus.UNINITIALIZED,
            ThingStatusDetail.NONE, null);
    private volatile @Nullable ThingHandler handler;

    ThingImpl(ThingTypeUID thingTypeUID, ThingUID uid) {
        this.thingTypeUID = thingTypeUID;
        this.uid = uid;
    }

    void setChannels(List<Channel> channels) {
        this.channels = List.copyOf(channels);
    }

    void setConfiguration(Configuration configuration) {
        this.configuration = configuration;
    }

    @Override
    public @Nullable String getLabel() {
        return label;
    }

    @Override
    public void setLabel(@Nullable String label) {
        this.label = label;
    }

    @Override
    public List<Channel> getChannels() {
        return channels;
    }

    @Override
    public List<Channel> getChannelsOfGroup(String channelGroupId) {
        List<Channel> result = new ArrayList<>();
        for (Channel channel : channels) {
            if (channelGroupId.equals(channel.getUID().getGroupId())) {
                result.add(channel);
            }
        }
        return Collections.unmodifiableList(result);
    }

    @Override
    public @Nullable Channel getChannel(String channelId) {
        for (Channel channel : channels) {
            if (channel.getUID().getId().equals(channelId)) {
                return channel;
            }
        }
        return null;
    }

    @Override
    public @Nullable Channel getChannel(ChannelUID channelUID) {
        for (Channel channel : channels) {
            if (channel.getUID().equals(channelUID)) {
                return channel;
            }
        }
        return null;
    }

    @Override
    public ThingStatus getStatus() {
        return statusInfo.getStatus();
    }

    @Override
    public ThingStatusInfo getStatusInfo() {
        return statusInfo;
    }

    @Override
    public void setStatusInfo(ThingStatusInfo status) {
        this.statusInfo = status;
    }

    @Override
    public void setHandler(@Nullable ThingHandler thingHandler) {
        this.handler = thingHandler;
    }

    @Override
    public @Nullable ThingHandler getHandler() {
        return handler;
    }

    @Override
    public @Nullable ThingUID getBridgeUID() {
        return bridgeUID;
    }

    @Override
    public void setBridgeUID(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
    }

    @Override
    public Configuration getConfiguration() {
        return configuration;
    }

    @Override
    public ThingUID getUID() {
        return uid;
    }

    @Override
    public ThingTypeUID getThingTypeUID() {
        return thingTypeUID;
    }

    @Override
    public Map<String, String> getProperties() {
        synchronized (properties) {
            return Map.copyOf(properties);
        }
    }

    @Override
    public @Nullable String setProperty(String name, @Nullable String value) {
        synchronized (properties) {
            return value == null ? properties.remove(name) : properties.put(name, value);
        }
    }

    @Override
    public void setProperties(Map<String, String> properties) {
        synchronized (this.properties) {
            this.properties.clear();
            this.properties.putAll(properties);
        }
    }

    @Override
    public @Nullable String getLocation() {
        return location;
    }

    @Override
    public void setLocation(@Nullable String location) {
        this.location = location;
    }

    @Override
    public boolean isEnabled() {
        return statusInfo.getStatusDetail() != ThingStatusDetail.DISABLED;
    }

    @Override
    public int hashCode() {
        return uid.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        return Objects.equals(uid, ((ThingImpl) obj).uid);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " [uid=" + uid + ", thingTypeUID=" + thingTypeUID + ", bridgeUID="
                + bridgeUID + ", status=" + statusInfo + "]";
    }
}
