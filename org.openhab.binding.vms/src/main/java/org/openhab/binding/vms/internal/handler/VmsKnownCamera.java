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

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.model.VmsCamera;

/**
 * What the bridge knows about a camera of the account: enough for the camera's channels and for discovery.
 *
 * @param name the name to show ({@link VmsCamera#displayName()})
 * @param status {@code active}, {@code inactive}, ... as the server sent it
 * @param favorite null when not known
 * @param ptz whether the server reports the camera as PTZ ({@code services.ptz}); null when not known
 * @param properties the Thing properties the camera's model gives ({@link ThingProperties#camera})
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsKnownCamera(long id, @Nullable String name, @Nullable String status, @Nullable Boolean favorite,
        @Nullable Boolean ptz, Map<String, String> properties) {

    public VmsKnownCamera {
        properties = Map.copyOf(properties);
    }

    /** A camera whose model is not known (yet): no PTZ answer, no properties. */
    public VmsKnownCamera(long id, @Nullable String name, @Nullable String status, @Nullable Boolean favorite) {
        this(id, name, status, favorite, null, Map.of());
    }

    /** @return null when the camera has no id */
    public static @Nullable VmsKnownCamera of(VmsCamera camera) {
        Long id = camera.id();
        return id == null ? null
                : new VmsKnownCamera(id, camera.displayName(), camera.status(), camera.isFavorite(), camera.ptz(),
                        ThingProperties.camera(camera));
    }

    public VmsKnownCamera withFavorite(boolean newFavorite) {
        return new VmsKnownCamera(id, name, status, newFavorite, ptz, properties);
    }
}
