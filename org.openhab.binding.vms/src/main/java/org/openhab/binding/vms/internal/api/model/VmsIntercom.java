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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/**
 * An intercom (docs/protocol.md, "Intercom payload"), as carried by intercom notifications and returned by the intercom
 * endpoints. All fields optional; {@code status} ({@code keyConfirmed}/{@code confirmed} per iOS, wire spelling
 * unconfirmed) and {@code available_answer_devices} are open strings (docs/protocol.md, "Reading payloads").
 *
 * @param department the flat number
 * @param isEnabled whether calls are delivered to this user's devices
 * @param camera the intercom's camera (iOS intercom camera or Android camera; both fit {@link VmsCamera})
 * @param timetable when calls are delivered, if restricted
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsIntercom(@Nullable Long id, @Nullable String title, @Nullable Long department,
        @Nullable String address, @Nullable String status, @Nullable Boolean isEnabled, @Nullable Boolean isOnline,
        @Nullable Boolean isAnalyticAvailable, List<String> availableAnswerDevices,
        @Nullable Boolean isLandlineSipLineAvailable, @Nullable Boolean isAnalogLineAvailable,
        @Nullable Boolean isOpenDoorCode, @Nullable Boolean isOpenDoorFace, @Nullable Boolean isOpenDoorApp,
        @Nullable Boolean isOpenDoorKey, @Nullable VmsTimetable timetable, @Nullable VmsCamera camera,
        @Nullable String createdAt, @Nullable String updatedAt) {

    public VmsIntercom {
        availableAnswerDevices = List.copyOf(availableAnswerDevices);
    }

    public static VmsIntercom fromJson(JsonObject json) {
        List<String> devices = optStringList(json, "available_answer_devices");
        JsonObject timetable = optObject(json, "timetable");
        return new VmsIntercom(optLong(json, "id"), optString(json, "title"), optLong(json, "department"),
                optString(json, "address"), optString(json, "status"), optBoolean(json, "is_enabled"),
                optBoolean(json, "is_online"), optBoolean(json, "is_analytic_available"),
                devices == null ? List.of() : devices, optBoolean(json, "is_landline_sip_line_available"),
                optBoolean(json, "is_analog_line_available"), optBoolean(json, "is_open_door_code"),
                optBoolean(json, "is_open_door_face"), optBoolean(json, "is_open_door_app"),
                optBoolean(json, "is_open_door_key"), timetable == null ? null : VmsTimetable.fromJson(timetable),
                VmsCamera.optFrom(json, "camera"), optString(json, "created_at"), optString(json, "updated_at"));
    }

    /** {@code fromJson} of the object under {@code key}, or null when it is absent or not an object. */
    public static @Nullable VmsIntercom optFrom(@Nullable JsonObject json, String key) {
        JsonObject object = optObject(json, key);
        return object == null ? null : fromJson(object);
    }

    public @Nullable Long cameraId() {
        VmsCamera cam = camera;
        return cam == null ? null : cam.id();
    }

    public @Nullable String cameraName() {
        VmsCamera cam = camera;
        return cam == null ? null : cam.displayName();
    }
}
