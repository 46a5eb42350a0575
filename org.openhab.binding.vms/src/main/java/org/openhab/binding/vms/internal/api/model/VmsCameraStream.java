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
 * One stream of a camera (docs/protocol.md, "Camera payload", {@code streams[]}). Enum-like values are kept as open
 * strings (docs/protocol.md, "Reading payloads").
 *
 * @param type {@code low} or {@code high}
 * @param status {@code active}, {@code inactive} or null
 * @param videoCodec e.g. {@code H264}, {@code H265}
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsCameraStream(@Nullable Long id, @Nullable String type, @Nullable String status,
        @Nullable Boolean hasSound, @Nullable String videoCodec, @Nullable String audioCodec, @Nullable Long width,
        @Nullable Long height) {

    public static VmsCameraStream fromJson(JsonObject json) {
        return new VmsCameraStream(optLong(json, "id"), optString(json, "type"), optString(json, "status"),
                optBoolean(json, "has_sound"), optString(json, "video_codec"), optString(json, "audio_codec"),
                optLong(json, "width"), optLong(json, "height"));
    }
}
