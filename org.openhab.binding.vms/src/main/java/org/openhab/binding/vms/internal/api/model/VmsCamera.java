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

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/**
 * A camera as embedded in socket events and returned by the camera endpoints (docs/protocol.md, "Camera payload"), also
 * the intercom's camera (iOS {@code VMSIntercomCamera}, which adds {@code group_id}). Every field is optional; enum
 * values ({@code status}: active/inactive/partial/empty/initial, {@code user_status}: active/blocked) are kept as open
 * strings so an unknown value never loses the camera (docs/protocol.md, "Reading payloads"). Timestamps are the raw
 * server strings; {@link VmsJsonFields#parseInstant(String)} parses them.
 *
 * @param ptz {@code services.ptz}
 * @param motionDetect {@code services.motion_detect}
 * @param groupId {@code group_id} (intercom cameras)
 * @param group {@code group} (Android, a string)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsCamera(@Nullable Long id, @Nullable String name, @Nullable String prettyText,
        @Nullable String prettyName, @Nullable String status, @Nullable String userStatus,
        @Nullable Boolean isFavorite, @Nullable Boolean isRestrictedLive, @Nullable Boolean isRestrictedArchive,
        @Nullable Boolean isBridge, @Nullable Boolean hasSound, @Nullable Boolean ptz,
        @Nullable Boolean motionDetect, @Nullable String startAt, @Nullable String createdAt,
        @Nullable Long groupId, @Nullable String group, @Nullable String type, @Nullable String address,
        @Nullable String shortAddress, @Nullable String fullAddress, @Nullable String ip,
        List<VmsCameraStream> streams, List<VmsArchiveRange> archiveRanges) {

    public VmsCamera {
        streams = List.copyOf(streams);
        archiveRanges = List.copyOf(archiveRanges);
    }

    public static VmsCamera fromJson(JsonObject json) {
        JsonObject services = optObject(json, "services");
        return new VmsCamera(optLong(json, "id"), optString(json, "name"), optString(json, "pretty_text"),
                optString(json, "pretty_name"), optString(json, "status"), optString(json, "user_status"),
                optBoolean(json, "is_favorite"), optBoolean(json, "is_restricted_live"),
                optBoolean(json, "is_restricted_archive"), optBoolean(json, "is_bridge"),
                optBoolean(json, "has_sound"), optBoolean(services, "ptz"), optBoolean(services, "motion_detect"),
                optString(json, "start_at"), optString(json, "created_at"), optLong(json, "group_id"),
                optString(json, "group"), optString(json, "type"), optString(json, "address"),
                optString(json, "short_address"), optString(json, "full_address"), optString(json, "ip"),
                optObjectList(json, "streams", VmsCameraStream::fromJson),
                optObjectList(json, "archive_ranges", VmsArchiveRange::fromJson));
    }

    /** {@code fromJson} of the object under {@code key}, or null when it is absent or not an object. */
    public static @Nullable VmsCamera optFrom(@Nullable JsonObject json, String key) {
        JsonObject object = optObject(json, key);
        return object == null ? null : fromJson(object);
    }

    /** The best name to show a user: {@code pretty_text}, else {@code pretty_name}, else {@code name}. */
    public @Nullable String displayName() {
        String text = prettyText != null ? prettyText : prettyName;
        return text != null ? text : name;
    }

    public @Nullable Instant startAtInstant() {
        return parseInstant(startAt);
    }
}
