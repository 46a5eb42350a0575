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

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.model.VmsIntercom;

/**
 * What the bridge knows about an intercom of the account. Messages often carry only part of an intercom (a rename
 * may carry just id and title), so unknown fields are null and {@link #mergedOver(VmsKnownIntercom)} keeps what was
 * known before.
 *
 * @param cameraId the intercom's camera, used to route analytics detections and canceled calls
 * @param enabled {@code is_enabled}: whether calls reach this user's devices
 * @param properties the Thing properties the intercom's model gives ({@link ThingProperties#intercom}), by key
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsKnownIntercom(long id, @Nullable String name, @Nullable String address, @Nullable Boolean online,
        @Nullable Long cameraId, @Nullable Boolean enabled, Map<String, String> properties) {

    public VmsKnownIntercom {
        properties = Map.copyOf(properties);
    }

    /** An intercom without settings or properties known. */
    public VmsKnownIntercom(long id, @Nullable String name, @Nullable String address, @Nullable Boolean online,
            @Nullable Long cameraId) {
        this(id, name, address, online, cameraId, null, Map.of());
    }

    /** @return null when the intercom has no id */
    public static @Nullable VmsKnownIntercom of(@Nullable VmsIntercom intercom) {
        if (intercom == null) {
            return null;
        }
        Long id = intercom.id();
        return id == null ? null
                : new VmsKnownIntercom(id, intercom.title(), intercom.address(), intercom.isOnline(),
                        intercom.cameraId(), intercom.isEnabled(), ThingProperties.intercom(intercom));
    }

    /** This intercom, with the fields it lacks taken from {@code older}; properties merged key by key. */
    public VmsKnownIntercom mergedOver(@Nullable VmsKnownIntercom older) {
        if (older == null) {
            return this;
        }
        Map<String, String> mergedProperties = new HashMap<>(older.properties);
        mergedProperties.putAll(properties);
        return new VmsKnownIntercom(id, name != null ? name : older.name, address != null ? address : older.address,
                online != null ? online : older.online, cameraId != null ? cameraId : older.cameraId,
                enabled != null ? enabled : older.enabled, mergedProperties);
    }
}
