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
package org.openhab.binding.vms.internal.api.model;

import static org.openhab.binding.vms.internal.api.model.VmsJsonFields.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/**
 * The payload of {@code camera.store_favorite} / {@code camera.destroy_favorite} (docs/protocol.md, "Favourites"). iOS
 * reads only {@code camera_id}; the other fields are Android's.
 *
 * @param order position in the user's favourites
 * @param name the camera's name
 * @param status the camera's status
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsFavorite(@Nullable Long cameraId, @Nullable Long userId, @Nullable Long order,
        @Nullable String name, @Nullable Boolean isFavorite, @Nullable String status) {

    public static VmsFavorite fromJson(@Nullable JsonObject json) {
        return new VmsFavorite(optLong(json, "camera_id"), optLong(json, "user_id"), optLong(json, "order"),
                optString(json, "name"), optBoolean(json, "is_favorite"), optString(json, "status"));
    }
}
