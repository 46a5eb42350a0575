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

import java.util.Collection;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Stand-in for openHAB's {@code DiscoveryService}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface DiscoveryService {

    /** Configuration property that switches background discovery on or off. */
    String CONFIG_PROPERTY_BACKGROUND_DISCOVERY = "background";

    Collection<ThingTypeUID> getSupportedThingTypes();

    boolean isScanInputSupported();

    @Nullable
    String getScanInputLabel();

    @Nullable
    String getScanInputDescription();

    int getScanTimeout();

    boolean isBackgroundDiscoveryEnabled();

    void startScan(@Nullable ScanListener listener);

    void startScan(String input, @Nullable ScanListener listener);

    void abortScan();

    void addDiscoveryListener(@Nullable DiscoveryListener listener);

    void removeDiscoveryListener(@Nullable DiscoveryListener listener);
}
