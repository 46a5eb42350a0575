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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Stand-in for openHAB's {@code DiscoveryResult}. Build results with {@link DiscoveryResultBuilder}; do not
 * implement this interface. {@code getTimestamp()} (4.3) / {@code getCreationTime()} (5.x) are left out (see
 * README).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface DiscoveryResult {

    /** The time to live of a result that never expires. */
    long TTL_UNLIMITED = -1;

    ThingUID getThingUID();

    ThingTypeUID getThingTypeUID();

    String getBindingId();

    Map<String, Object> getProperties();

    @Nullable
    String getRepresentationProperty();

    DiscoveryResultFlag getFlag();

    String getLabel();

    @Nullable
    ThingUID getBridgeUID();

    /**
     * @return the time to live in seconds, or {@link #TTL_UNLIMITED}
     */
    long getTimeToLive();
}
