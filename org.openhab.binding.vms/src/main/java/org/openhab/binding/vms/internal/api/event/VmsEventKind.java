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
package org.openhab.binding.vms.internal.api.event;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Every socket message type of the VMS protocol (docs/protocol.md, "Message types").
 * The numbers in the comments are the rows of its table.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public enum VmsEventKind {
    // TokenPush (envelope A)
    LOGOUT("logout", Group.APP), // 1
    ARCHIVE_GENERATED("archive_generated", Group.APP), // 2
    // UserPush (envelope A)
    CAMERAS_UPDATED("cameras_updated", Group.APP), // 3
    FAVORITE_ADDED("camera.store_favorite", Group.APP), // 4
    FAVORITE_REMOVED("camera.destroy_favorite", Group.APP), // 5
    PERMISSIONS_UPDATED("permissions_updated", Group.APP), // 6
    LAYOUTS_UPDATED("layouts_updated", Group.APP), // 7
    GROUPS_UPDATED("groups_updated", Group.APP), // 8
    GROUPS_CREATED("groups_created", Group.APP), // 9
    GROUPS_DELETED("groups_deleted", Group.APP), // 10
    CAMERA_GROUPS_SYNCED("camera_groups_synced", Group.APP), // 11
    MARK_CREATED("mark_created", Group.APP), // 12
    MARK_UPDATED("mark_updated", Group.APP), // 13
    MARK_DELETED("mark_deleted", Group.APP), // 14
    ANALYTIC_MOTION_DETECT("analytic_case_motion_detect_event_created", Group.APP), // 15
    ANALYTIC_LINE_INTERSECTION("analytic_case_line_intersection_event_created", Group.APP), // 16
    ANALYTIC_SMOKE_FIRE("analytic_case_smoke_fire_event_created", Group.APP), // 17
    ANALYTIC_LOUD_SOUND("analytic_case_loud_sound_event_created", Group.APP), // 18
    ANALYTIC_CAMERA_OBSTACLE("analytic_case_camera_obstacle_event_created", Group.APP), // 19
    ANALYTIC_FACE("analytic_case_face_event_created", Group.APP), // 20
    ANALYTIC_LICENSE_PLATE("analytic_case_license_plate_event_created", Group.APP), // 21
    ANALYTIC_PERSON_COUNTING("analytic_case_person_counting_event_created", Group.APP), // 22
    ANALYTIC_VISITOR_COUNTING("analytic_case_visitor_counting_event_created", Group.APP), // 23
    ANALYTIC_CONTAINER_NUMBER_RECOGNITION("analytic_case_container_number_recognition_event_created", Group.APP), // 24
    // BroadcastNotificationCreated (envelope B)
    INTERCOM_STORED("intercom.store", Group.INTERCOM), // 25
    INTERCOM_RENAMED("intercom.rename", Group.INTERCOM), // 26
    INTERCOM_UPDATED("intercom.update", Group.INTERCOM), // 27
    INTERCOMS_DELETED("intercom.delete", Group.INTERCOM), // 28
    INTERCOM_KEY_CONFIRMED("intercom.key_confirmed", Group.INTERCOM), // 29
    INTERCOM_KEY_ERROR("intercom.key_error", Group.INTERCOM), // 30
    INTERCOM_ADD_ERROR("intercom.add_error", Group.INTERCOM), // 31
    INTERCOM_ADDED("intercom.add", Group.INTERCOM), // 32
    INTERCOM_CODE_STORED("intercom.code.store", Group.INTERCOM), // 33
    INTERCOM_CODES_DELETED("intercom.code.delete", Group.INTERCOM), // 34
    INTERCOM_CALL_STORED("intercom.call.store", Group.INTERCOM), // 35
    INTERCOM_CALLS_DELETED("intercom.call.delete", Group.INTERCOM), // 36
    INTERCOM_CALL_CANCELED("intercom_cancel", Group.INTERCOM); // 37

    /** The two groupings of the seed SDKs: {@code VMSAppSocketData} and {@code VMSIntercomPushTypes}. */
    public enum Group {
        APP,
        INTERCOM
    }

    private static final Map<String, VmsEventKind> BY_WIRE_TYPE = Stream.of(values())
            .collect(Collectors.toUnmodifiableMap(VmsEventKind::wireType, Function.identity()));

    private final String wireType;
    private final Group group;

    VmsEventKind(String wireType, Group group) {
        this.wireType = wireType;
        this.group = group;
    }

    /** The {@code type} string as the server sends it (lower case). */
    public String wireType() {
        return wireType;
    }

    public Group group() {
        return group;
    }

    public boolean isAnalytic() {
        return name().startsWith("ANALYTIC_");
    }

    /** Looks a wire type up case-insensitively (as Android does); null when it is not known. */
    public static @Nullable VmsEventKind fromWireType(@Nullable String type) {
        return type == null ? null : BY_WIRE_TYPE.get(type.trim().toLowerCase(Locale.ROOT));
    }
}
