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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingUID;

/**
 * Stand-in for openHAB's {@code DiscoveryListener}. {@code removeOlderResults(...)} is left out: its parameter
 * type differs between openHAB 4.3 (long) and 5.x (Instant). A class that must implement this interface and
 * compile against both releases declares both overloads without {@code @Override} (see README).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface DiscoveryListener {

    void thingDiscovered(DiscoveryService source, DiscoveryResult result);

    void thingRemoved(DiscoveryService source, ThingUID thingUID);
}
