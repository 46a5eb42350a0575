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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openhab.binding.vms.internal.api.event.ExampleFrames.Frame;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.AnalyticDetection;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.ArchiveGenerated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.CameraGroupsSynced;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.CamerasUpdated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.FavoriteAdded;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.FavoriteRemoved;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.GroupCreated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.GroupsDeleted;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.GroupsUpdated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.LayoutsUpdated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.Logout;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.MarkCreated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.MarkDeleted;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.MarkUpdated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.PermissionsUpdated;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomAddError;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomAdded;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomCallCanceled;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomCallStored;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomCallsDeleted;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomCodeStored;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomCodesDeleted;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomEventStored;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomKeyConfirmed;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomKeyError;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomRenamed;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomStored;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomUpdated;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomsDeleted;
import org.openhab.binding.vms.internal.api.model.VmsAnalyticEventType;
import org.openhab.binding.vms.internal.api.model.VmsAnalyticFile;
import org.openhab.binding.vms.internal.api.model.VmsAnalyticGroup;
import org.openhab.binding.vms.internal.api.model.VmsArchiveLink;
import org.openhab.binding.vms.internal.api.model.VmsCamera;
import org.openhab.binding.vms.internal.api.model.VmsCanceledCall;
import org.openhab.binding.vms.internal.api.model.VmsEventData;
import org.openhab.binding.vms.internal.api.model.VmsFavorite;
import org.openhab.binding.vms.internal.api.model.VmsIntercom;
import org.openhab.binding.vms.internal.api.model.VmsIntercomCall;
import org.openhab.binding.vms.internal.api.model.VmsIntercomCode;
import org.openhab.binding.vms.internal.api.model.VmsTimetable;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;

/**
 * Every example application frame decodes to its record with every field as in the file. Expected records are
 * built in full and compared with {@code assertEquals}, so a field the decoder fills wrongly, misses or invents
 * fails the test.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsEventDecoderExamplesTest {

    private static final String TOKEN_CHANNEL = "private-token.7c1e9a4b2f6d8e0a3c5b7d9f1e2a4c6b8d0f2e4a6c8b0d2f4e6a8c0b2d4f6e8a0c2e4b6d8f0a2c4e";
    private static final String USER_CHANNEL = "private-user.42";
    private static final String CAMERA_START = "2024-01-15T08:00:00.000000Z";
    private static final String ADDRESS = "1 Example Street, entrance 2";
    private static final String NOTIFICATION_ID_PREFIX = "0b5f3c1e-6a2d-4c8e-9f10-1a2b3c4d5e";

    private static final VmsCamera FRONT_DOOR = new VmsCamera(1001L, "Front Door", "Front Door", null, "active",
            "active", true, false, false, false, null, false, true, CAMERA_START, null, null, null, null, null, null,
            null, null, List.of(), List.of());
    private static final VmsCamera ENTRANCE_CAMERA = new VmsCamera(1010L, "Entrance 2 camera", null,
            "Entrance 2 camera", "active", "active", false, false, false, false, null, null, null, CAMERA_START,
            CAMERA_START, 5L, null, null, null, null, null, null, List.of(), List.of());
    private static final VmsTimetable TIMETABLE = new VmsTimetable(
            List.of(new VmsTimetable.Day("same_every_day", "08:00:00", "22:00:00")), List.of());
    /** The short intercom embedded in calls and codes. */
    private static final VmsIntercom SHORT_INTERCOM = new VmsIntercom(301L, "Entrance 2", null, ADDRESS, null, true,
            true, null, List.of(), null, null, null, null, null, null, null, null, null, null);
    private static final VmsAnalyticFile FACE_FILE = new VmsAnalyticFile(610L, "John (resident)", "face_resource",
            "Face", "5d1c8e2a-9b7f-4e3a-8c21-0f9e8d7c6b5a", "/storage/analytics/files/610.jpg", null,
            "2024-02-10T09:00:00.000000Z", "2024-02-10T09:00:00.000000Z");

    private final VmsEventDecoder decoder = new VmsEventDecoder();
    private Frame frame = new Frame("", "", "");

    /** The full intercom of the store/rename/update/key_confirmed/add examples. */
    private static VmsIntercom fullIntercom(String title, String status, boolean enabled) {
        return new VmsIntercom(301L, title, 1L, ADDRESS, status, enabled, true, true,
                List.of("is_enabled", "is_analog_line_available"), false, true, true, false, true, true, TIMETABLE,
                ENTRANCE_CAMERA, CAMERA_START, "2024-03-01T11:00:00.000000Z");
    }

    private VmsEvent decode(String name) {
        frame = ExampleFrames.load(name);
        VmsDecodeResult result = decoder.decode(frame.event(), frame.channel(), frame.data());
        assertEquals(1, decoder.statistics().decoded(), () -> "not decoded: " + result);
        VmsEvent event = assertInstanceOf(VmsEvent.class, result);
        assertEquals(1, decoder.statistics().total());
        return event;
    }

    private VmsEventEnvelope tokenPush(String wireType, @Nullable String subject, @Nullable String status) {
        return new VmsEventEnvelope(VmsEventDecoder.TOKEN_PUSH, TOKEN_CHANNEL, wireType, frame.data(), null, subject,
                status);
    }

    private VmsEventEnvelope userPush(String wireType) {
        return new VmsEventEnvelope(VmsEventDecoder.USER_PUSH, USER_CHANNEL, wireType, frame.data(), null, null, null);
    }

    private VmsEventEnvelope notification(String wireType, String idSuffix) {
        return new VmsEventEnvelope(VmsEventDecoder.NOTIFICATION, USER_CHANNEL, wireType, frame.data(),
                NOTIFICATION_ID_PREFIX + idSuffix, null, null);
    }

    // ---- TokenPush

    @Test
    void logout() {
        VmsEvent event = decode("token-push.logout.json");
        assertEquals(new Logout(tokenPush("logout", "Your session has been closed", null),
                "Your session has been closed"), event);
        assertEquals(VmsEventKind.LOGOUT, event.kind());
    }

    @Test
    void archiveGenerated() {
        VmsEvent event = decode("token-push.archive_generated.json");
        String url = "https://example.com/s3/archives/1001/20240301-120000-120500.mp4";
        ArchiveGenerated expected = new ArchiveGenerated(tokenPush("archive_generated", null, "ok"), "ok",
                new VmsArchiveLink(url, null, url));
        assertEquals(expected, event);
        assertTrue(((ArchiveGenerated) event).isOk());
        assertEquals(url, ((ArchiveGenerated) event).url());
        assertEquals(VmsEventKind.ARCHIVE_GENERATED, event.kind());
    }

    @Test
    void archiveGeneratedError() {
        VmsEvent event = decode("token-push.archive_generated.error.json");
        assertEquals(new ArchiveGenerated(tokenPush("archive_generated", null, "error"), "error",
                new VmsArchiveLink(null, null, null)), event);
        assertFalse(((ArchiveGenerated) event).isOk());
    }

    // ---- UserPush, account

    @Test
    void camerasUpdated() {
        VmsEvent event = decode("user-push.cameras_updated.json");
        assertEquals(new CamerasUpdated(userPush("cameras_updated"), List.of(1003L, 1004L), List.of(1002L)), event);
        assertEquals(VmsEventKind.CAMERAS_UPDATED, event.kind());
    }

    @Test
    void favoriteAdded() {
        VmsEvent event = decode("user-push.camera.store_favorite.json");
        assertEquals(new FavoriteAdded(userPush("camera.store_favorite"),
                new VmsFavorite(1001L, 42L, 3L, "Front Door", true, "active")), event);
        assertEquals(1001L, ((FavoriteAdded) event).cameraId());
        assertEquals(VmsEventKind.FAVORITE_ADDED, event.kind());
    }

    @Test
    void favoriteRemoved() {
        VmsEvent event = decode("user-push.camera.destroy_favorite.json");
        assertEquals(new FavoriteRemoved(userPush("camera.destroy_favorite"),
                new VmsFavorite(1001L, 42L, 3L, "Front Door", false, "active")), event);
        assertEquals(1001L, ((FavoriteRemoved) event).cameraId());
        assertEquals(VmsEventKind.FAVORITE_REMOVED, event.kind());
    }

    @Test
    void permissionsUpdated() {
        VmsEvent event = decode("user-push.permissions_updated.json");
        assertEquals(new PermissionsUpdated(userPush("permissions_updated")), event);
        assertEquals(VmsEventKind.PERMISSIONS_UPDATED, event.kind());
    }

    @Test
    void layoutsUpdated() {
        VmsEvent event = decode("user-push.layouts_updated.json");
        assertEquals(new LayoutsUpdated(userPush("layouts_updated")), event);
        assertEquals(VmsEventKind.LAYOUTS_UPDATED, event.kind());
    }

    @Test
    void groupsUpdated() {
        VmsEvent event = decode("user-push.groups_updated.json");
        assertEquals(new GroupsUpdated(userPush("groups_updated")), event);
        assertEquals(VmsEventKind.GROUPS_UPDATED, event.kind());
    }

    @Test
    void groupCreated() {
        VmsEvent event = decode("user-push.groups_created.json");
        assertEquals(new GroupCreated(userPush("groups_created"), 15L, "Backyard"), event);
        assertEquals(VmsEventKind.GROUPS_CREATED, event.kind());
    }

    @Test
    void groupsDeleted() {
        VmsEvent event = decode("user-push.groups_deleted.json");
        assertEquals(new GroupsDeleted(userPush("groups_deleted"), List.of(15L, 16L)), event);
        assertEquals(VmsEventKind.GROUPS_DELETED, event.kind());
    }

    @Test
    void cameraGroupsSynced() {
        VmsEvent event = decode("user-push.camera_groups_synced.json");
        assertEquals(new CameraGroupsSynced(userPush("camera_groups_synced")), event);
        assertEquals(VmsEventKind.CAMERA_GROUPS_SYNCED, event.kind());
    }

    // ---- UserPush, marks

    @Test
    void markCreated() {
        VmsEvent event = decode("user-push.mark_created.json");
        VmsEventData mark = EventDataBuilder.mark("Parcel delivered", FRONT_DOOR).build();
        assertEquals(new MarkCreated(userPush("mark_created"), mark), event);
        assertEquals(Instant.parse("2024-03-01T12:00:05Z"), mark.createdAtInstant());
        assertEquals(Instant.parse("2024-03-01T12:00:00Z"), mark.time());
        assertEquals(VmsEventKind.MARK_CREATED, event.kind());
    }

    @Test
    void markUpdated() {
        VmsEvent event = decode("user-push.mark_updated.json");
        assertEquals(new MarkUpdated(userPush("mark_updated"),
                EventDataBuilder.mark("Parcel delivered (edited)", FRONT_DOOR).build()), event);
        assertEquals(VmsEventKind.MARK_UPDATED, event.kind());
    }

    @Test
    void markDeleted() {
        VmsEvent event = decode("user-push.mark_deleted.json");
        assertEquals(new MarkDeleted(userPush("mark_deleted"),
                EventDataBuilder.mark("Parcel delivered", FRONT_DOOR).build()), event);
        assertEquals(VmsEventKind.MARK_DELETED, event.kind());
    }

    // ---- UserPush, analytics

    private void assertDetection(String wireType, VmsEventKind kind, VmsEventData expected, VmsEvent event) {
        AnalyticDetection detection = new AnalyticDetection(userPush(wireType), kind, expected);
        assertEquals(detection, event);
        assertEquals(kind, event.kind());
        assertEquals(expected.cameraId(), detection.cameraId());
        assertEquals(Instant.parse("2024-03-01T12:10:00Z"), detection.time());
        assertFalse(detection.isIntercom());
    }

    @Test
    void analyticMotionDetect() {
        String wireType = "analytic_case_motion_detect_event_created";
        VmsEvent event = decode("user-push." + wireType + ".json");
        assertDetection(wireType, VmsEventKind.ANALYTIC_MOTION_DETECT,
                EventDataBuilder.analytic(90001, "motion_detect", 7, FRONT_DOOR)
                        .analyticEvent(new VmsAnalyticEventType(1L, "motion", "#FFC107", "motion_detect",
                                "Motion detected", null))
                        .build(),
                event);
    }

    @Test
    void analyticLineIntersection() {
        String wireType = "analytic_case_line_intersection_event_created";
        VmsEvent event = decode("user-push." + wireType + ".json");
        assertDetection(wireType, VmsEventKind.ANALYTIC_LINE_INTERSECTION,
                EventDataBuilder.analytic(90002, "line_intersection", 8, FRONT_DOOR)
                        .analyticEvent(new VmsAnalyticEventType(2L, "line_crossed", "#2196F3", "line_intersection",
                                "Line crossed", null))
                        .build(),
                event);
    }

    @Test
    void analyticSmokeFire() {
        String wireType = "analytic_case_smoke_fire_event_created";
        VmsEvent event = decode("user-push." + wireType + ".json");
        assertDetection(wireType, VmsEventKind.ANALYTIC_SMOKE_FIRE,
                EventDataBuilder.analytic(90003, "smoke_fire", 9, FRONT_DOOR)
                        .crop("https://example.com/s3/analytics/crops/90003.jpg").build(),
                event);
    }

    @Test
    void analyticLoudSound() {
        String wireType = "analytic_case_loud_sound_event_created";
        VmsEvent event = decode("user-push." + wireType + ".json");
        assertDetection(wireType, VmsEventKind.ANALYTIC_LOUD_SOUND,
                EventDataBuilder.analytic(90004, "loud_sound", 10, FRONT_DOOR).build(), event);
    }

    @Test
    void analyticCameraObstacle() {
        String wireType = "analytic_case_camera_obstacle_event_created";
        VmsEvent event = decode("user-push." + wireType + ".json");
        assertDetection(wireType, VmsEventKind.ANALYTIC_CAMERA_OBSTACLE,
                EventDataBuilder.analytic(90005, "camera_obstacle", 11, FRONT_DOOR).build(), event);
    }

    @Test
    void analyticFace() {
        String wireType = "analytic_case_face_event_created";
        VmsEvent event = decode("user-push." + wireType + ".json");
        assertDetection(wireType, VmsEventKind.ANALYTIC_FACE,
                EventDataBuilder.analytic(90006, "face", 12, FRONT_DOOR).analyticFile(FACE_FILE)
                        .analyticGroup(new VmsAnalyticGroup(4L, "face", "Faces", "Residents", null)).similarity(87.5)
                        .crop("https://example.com/s3/analytics/crops/90006.jpg").build(),
                event);
        AnalyticDetection detection = (AnalyticDetection) event;
        VmsAnalyticFile file = detection.event() == null ? null : detection.event().analyticFile();
        String url = file == null ? null : file.url();
        assertNotNull(url);
        assertEquals("https://example.com/storage/analytics/files/610.jpg",
                VmsRestConfig.of("https://example.com/").absoluteUrl(url));
    }

    @Test
    void analyticFaceFromIntercomIsAnIntercomEvent() {
        String wireType = "analytic_case_face_event_created";
        VmsEvent event = decode("user-push." + wireType + ".intercom.json");
        VmsCamera camera = new VmsCamera(1010L, "Entrance 2 camera", null, null, "active", null, false, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(), List.of());
        VmsEventData expected = EventDataBuilder.analytic(90011, "face", 17, camera).intercom(true)
                .analyticFile(FACE_FILE).similarity(92.1).crop("https://example.com/s3/analytics/crops/90011.jpg")
                .build();
        AnalyticDetection detection = new AnalyticDetection(userPush(wireType), VmsEventKind.ANALYTIC_FACE, expected);
        assertEquals(new IntercomEventStored(detection), event);
        assertInstanceOf(VmsIntercomEvent.class, event);
        assertEquals(VmsEventKind.ANALYTIC_FACE, event.kind());
        assertEquals(detection.envelope(), event.envelope());
        assertTrue(detection.isIntercom());
        assertEquals(1010L, detection.cameraId());
    }

    @Test
    void analyticLicensePlate() {
        String wireType = "analytic_case_license_plate_event_created";
        VmsEvent event = decode("user-push." + wireType + ".json");
        assertDetection(wireType, VmsEventKind.ANALYTIC_LICENSE_PLATE,
                EventDataBuilder.analytic(90007, "license_plate", 13, FRONT_DOOR).licensePlate("AB123CD")
                        .crop("https://example.com/s3/analytics/crops/90007.jpg").build(),
                event);
    }

    @Test
    void analyticPersonCounting() {
        String wireType = "analytic_case_person_counting_event_created";
        VmsEvent event = decode("user-push." + wireType + ".json");
        assertDetection(wireType, VmsEventKind.ANALYTIC_PERSON_COUNTING,
                EventDataBuilder.analytic(90008, "person_counting", 14, FRONT_DOOR).rect(4).build(), event);
    }

    @Test
    void analyticVisitorCounting() {
        String wireType = "analytic_case_visitor_counting_event_created";
        VmsEvent event = decode("user-push." + wireType + ".json");
        assertDetection(wireType, VmsEventKind.ANALYTIC_VISITOR_COUNTING,
                EventDataBuilder.analytic(90009, "visitor_counting", 15, FRONT_DOOR).rect(12).build(), event);
    }

    @Test
    void analyticContainerNumberRecognition() {
        String wireType = "analytic_case_container_number_recognition_event_created";
        VmsEvent event = decode("user-push." + wireType + ".json");
        assertDetection(wireType, VmsEventKind.ANALYTIC_CONTAINER_NUMBER_RECOGNITION,
                EventDataBuilder.analytic(90010, "container_number_recognition", 16, FRONT_DOOR)
                        .container("MSCU1234565", "45G1").crop("https://example.com/s3/analytics/crops/90010.jpg")
                        .build(),
                event);
    }

    // ---- notifications

    @Test
    void intercomStored() {
        VmsEvent event = decode("notification.intercom.store.json");
        assertEquals(new IntercomStored(notification("intercom.store", "01"),
                fullIntercom("Entrance 2", "confirmed", true)), event);
        assertEquals(VmsEventKind.INTERCOM_STORED, event.kind());
        VmsIntercom intercom = ((IntercomStored) event).intercom();
        assertNotNull(intercom);
        assertEquals(1010L, intercom.cameraId());
        assertEquals("Entrance 2 camera", intercom.cameraName());
    }

    @Test
    void intercomRenamed() {
        VmsEvent event = decode("notification.intercom.rename.json");
        assertEquals(new IntercomRenamed(notification("intercom.rename", "02"),
                fullIntercom("Entrance 2 (renamed)", "confirmed", true)), event);
        assertEquals(VmsEventKind.INTERCOM_RENAMED, event.kind());
    }

    @Test
    void intercomUpdated() {
        VmsEvent event = decode("notification.intercom.update.json");
        assertEquals(new IntercomUpdated(notification("intercom.update", "03"),
                fullIntercom("Entrance 2", "confirmed", false)), event);
        assertEquals(VmsEventKind.INTERCOM_UPDATED, event.kind());
    }

    @Test
    void intercomsDeleted() {
        VmsEvent event = decode("notification.intercom.delete.json");
        assertEquals(new IntercomsDeleted(notification("intercom.delete", "04"), List.of(301L)), event);
        assertEquals(VmsEventKind.INTERCOMS_DELETED, event.kind());
    }

    @Test
    void intercomKeyConfirmed() {
        VmsEvent event = decode("notification.intercom.key_confirmed.json");
        assertEquals(new IntercomKeyConfirmed(notification("intercom.key_confirmed", "05"),
                fullIntercom("Entrance 2", "keyConfirmed", true), 300L), event);
        assertEquals(VmsEventKind.INTERCOM_KEY_CONFIRMED, event.kind());
    }

    @Test
    void intercomKeyError() {
        VmsEvent event = decode("notification.intercom.key_error.json");
        assertEquals(new IntercomKeyError(notification("intercom.key_error", "06"),
                "The key could not be confirmed, try again"), event);
        assertEquals(VmsEventKind.INTERCOM_KEY_ERROR, event.kind());
    }

    @Test
    void intercomAddError() {
        VmsEvent event = decode("notification.intercom.add_error.json");
        assertEquals(new IntercomAddError(notification("intercom.add_error", "07"),
                "This intercom has already been added"), event);
        assertEquals(VmsEventKind.INTERCOM_ADD_ERROR, event.kind());
    }

    @Test
    void intercomAdded() {
        VmsEvent event = decode("notification.intercom.add.json");
        assertEquals(new IntercomAdded(notification("intercom.add", "08"),
                fullIntercom("Entrance 2", "keyConfirmed", true)), event);
        assertEquals(VmsEventKind.INTERCOM_ADDED, event.kind());
    }

    @Test
    void intercomCodeStored() {
        VmsEvent event = decode("notification.intercom.code.store.json");
        VmsIntercomCode code = new VmsIntercomCode(77L, "Courier", "482913", "2024-03-02T12:00:00.000000Z",
                "2024-03-01T12:00:00.000000Z", "2024-03-09T12:00:00.000000Z", false, SHORT_INTERCOM);
        assertEquals(new IntercomCodeStored(notification("intercom.code.store", "09"), code), event);
        assertEquals(VmsEventKind.INTERCOM_CODE_STORED, event.kind());
        assertFalse(event.toString().contains("482913"), "the door code must not be printed");
    }

    @Test
    void intercomCodesDeleted() {
        VmsEvent event = decode("notification.intercom.code.delete.json");
        assertEquals(new IntercomCodesDeleted(notification("intercom.code.delete", "0a"), List.of(77L)), event);
        assertEquals(VmsEventKind.INTERCOM_CODES_DELETED, event.kind());
    }

    @Test
    void intercomCallStored() {
        VmsEvent event = decode("notification.intercom.call.store.json");
        VmsIntercomCall call = new VmsIntercomCall(9001L, "missed", "2024-03-01T12:20:00.000000Z", null, null,
                SHORT_INTERCOM, null, null);
        assertEquals(new IntercomCallStored(notification("intercom.call.store", "0b"), call), event);
        assertEquals("missed", ((IntercomCallStored) event).status());
        assertEquals(301L, call.intercomId());
        assertEquals(Instant.parse("2024-03-01T12:20:00Z"), call.createdAtInstant());
        assertEquals(VmsEventKind.INTERCOM_CALL_STORED, event.kind());
    }

    @Test
    void intercomCallsDeleted() {
        VmsEvent event = decode("notification.intercom.call.delete.json");
        assertEquals(new IntercomCallsDeleted(notification("intercom.call.delete", "0c"), List.of(9001L)), event);
        assertEquals(VmsEventKind.INTERCOM_CALLS_DELETED, event.kind());
    }

    @Test
    void intercomCallCanceled() {
        VmsEvent event = decode("notification.intercom_cancel.json");
        VmsCanceledCall call = new VmsCanceledCall("9002", "4711", "Entrance 2", ADDRESS,
                "https://example.com/hls/1010/index.m3u8", "2024-03-01T12:25:00.000000Z", "1010", null, true);
        assertEquals(new IntercomCallCanceled(notification("intercom_cancel", "0d"), call), event);
        assertEquals(9002L, call.idNumber());
        assertEquals(4711L, call.callIdNumber());
        assertEquals(1010L, call.cameraIdNumber());
        assertEquals(VmsEventKind.INTERCOM_CALL_CANCELED, event.kind());
    }

    // ---- all of them

    @ParameterizedTest
    @FieldSource("org.openhab.binding.vms.internal.api.event.ExampleFrames#APPLICATION_FRAMES")
    void everyExampleDecodesToItsKindAndGroup(String name) {
        VmsEvent event = decode(name);
        String type = name.substring(name.indexOf('.') + 1, name.length() - ".json".length()).replace(".error", "")
                .replace(".intercom", "");
        assertEquals(VmsEventKind.fromWireType(type), event.kind(), name);
        boolean intercomGroup = event.kind().group() == VmsEventKind.Group.INTERCOM
                || name.endsWith(".intercom.json");
        assertEquals(intercomGroup, event instanceof VmsIntercomEvent, name);
        assertEquals(frame.data(), event.envelope().rawJson());
        assertEquals(frame.event(), event.envelope().pusherEvent());
        assertEquals(frame.channel(), event.envelope().channel());
    }

    @Test
    void theExamplesCoverEveryKind() {
        assertEquals(39, ExampleFrames.APPLICATION_FRAMES.size());
        var kinds = ExampleFrames.APPLICATION_FRAMES.stream()
                .map(name -> new VmsEventDecoder().decodeFrame(ExampleFrames.text(name)))
                .map(result -> assertInstanceOf(VmsEvent.class, result).kind())
                .collect(java.util.stream.Collectors.toSet());
        for (VmsEventKind kind : VmsEventKind.values()) {
            assertTrue(kinds.contains(kind), kind.toString());
        }
    }
}
