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
package org.openhab.core.config.discovery;

import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * The {@link DiscoveryResult} {@link DiscoveryResultBuilder} makes; package-private (openHAB's is internal too).
 * Results are equal when their thing UIDs are.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class DiscoveryResultImpl implements DiscoveryResult {

    private final ThingUID thingUID;
    private final ThingTypeUID thingTypeUID;
    private final @Nullable ThingUID bridgeUID;
    private final Map<String, Object> properties;
    private final @Nullable String representationProperty;
    private final String label;
    private final long timeToLive;

    DiscoveryResultImpl(@Nullable ThingTypeUID thingTypeUID, ThingUID thingUID, @Nullable ThingUID bridgeUID,
            Map<String, Object> properties, @Nullable String representationProperty, @Nullable String label,
            long timeToLive) {
        if (timeToLive < 1 && timeToLive != TTL_UNLIMITED) {
            throw new IllegalArgumentException("The ttl must not be 0 or negative!");
        }
        this.thingUID = thingUID;
        this.thingTypeUID = thingTypeUID != null ? thingTypeUID
                : new ThingTypeUID(thingUID.getBindingId(), thingUID.getAsString().split(ThingUID.SEPARATOR)[1]);
        this.bridgeUID = bridgeUID;
        this.properties = Map.copyOf(properties);
        this.representationProperty = representationProperty;
        this.label = label == null ? "" : label;
        this.timeToLive = timeToLive;
    }

    @Override
    public ThingUID getThingUID() {
        return thingUID;
    }

    @Override
    public ThingTypeUID getThingTypeUID() {
        return thingTypeUID;
    }

    @Override
    public String getBindingId() {
        return thingUID.getBindingId();
    }

    @Override
    public Map<String, Object> getProperties() {
        return properties;
    }

    @Override
    public @Nullable String getRepresentationProperty() {
        return representationProperty;
    }

    @Override
    public DiscoveryResultFlag getFlag() {
        return DiscoveryResultFlag.NEW;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public @Nullable ThingUID getBridgeUID() {
        return bridgeUID;
    }

    @Override
    public long getTimeToLive() {
        return timeToLive;
    }

    @Override
    public int hashCode() {
        return thingUID.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof DiscoveryResultImpl other && Objects.equals(thingUID, other.thingUID);
    }

    @Override
    public String toString() {
        return "DiscoveryResult [thingUID=" + thingUID + ", thingTypeUID=" + thingTypeUID + ", bridgeUID=" + bridgeUID
                + ", label=" + label + ", representationProperty=" + representationProperty + ", ttl=" + timeToLive
                + ", properties=" + properties.keySet() + "]";
    }
}
