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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.api.event.VmsEventKind;
import org.openhab.binding.vms.internal.testsupport.CallbackRecorder.Recorded;
import org.openhab.binding.vms.internal.testsupport.CallbackRecorder.StateUpdate;
import org.openhab.binding.vms.internal.testsupport.CallbackRecorder.Trigger;
import org.openhab.binding.vms.internal.testsupport.VmsTestThings;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * What each of the 37 message types does, as the "Socket Messages" table of docs/DEVELOPERS.md documents it: every
 * example frame of the protocol is delivered to a bridge with camera Things 1001 and 1010 and intercom Thing 301 (whose camera is
 * 1010), and the triggers that fire (all of them, in order) and the states they set are compared with the table.
 * A message type without a row fails {@link #everyMessageTypeHasARow()}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class EventRouterExamplesTest extends AccountTestBase {

    private static final String SET = "<set>";
    private static final String CONTAINS = "~";
    private static final String LACKS = "!~";

    /**
     * @param triggers every trigger the message fires, "thing-id/channel=payload", in order
     * @param states "thing-id/channel" to the expected state: its text, {@code <set>} (anything but UNDEF),
     *            {@code ~text} (contains), {@code !~text} (does not contain)
     */
    record Row(String example, List<String> triggers, Map<String, String> states) {
        @Override
        public String toString() {
            return example;
        }
    }

    private static Row row(String example, List<String> triggers, String... states) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < states.length; i += 2) {
            expected.put(states[i], states[i + 1]);
        }
        return new Row(example, triggers, expected);
    }

    static List<Row> rows() {
        return List.of( //
                row("token-push.logout.json", List.of("home/account-event=LOGOUT"), //
                        "home/account-event-data", CONTAINS + "Your session has been closed"),
                row("token-push.archive_generated.json", List.of("home/account-event=ARCHIVE_GENERATED"), //
                        "home/archive-url", "https://example.com/s3/archives/1001/20240301-120000-120500.mp4", //
                        "home/account-event-data", CONTAINS + "archive_generated"),
                row("token-push.archive_generated.error.json", List.of("home/account-event=ARCHIVE_FAILED"), //
                        "home/account-event-data", CONTAINS + "error"),
                row("user-push.cameras_updated.json",
                        List.of("home/account-event=CAMERAS_ATTACHED", "home/account-event=CAMERAS_DETACHED"), //
                        "home/account-event-data", CONTAINS + "1003"),
                row("user-push.camera.store_favorite.json", List.of("cam1001/favorite-changed=ADDED"), //
                        "cam1001/favorite", "ON"),
                row("user-push.camera.destroy_favorite.json", List.of("cam1001/favorite-changed=REMOVED"), //
                        "cam1001/favorite", "OFF"),
                row("user-push.permissions_updated.json", List.of("home/account-event=PERMISSIONS_UPDATED"), //
                        "home/account-event-data", CONTAINS + "permissions_updated"),
                row("user-push.layouts_updated.json", List.of("home/account-event=LAYOUTS_UPDATED"), //
                        "home/account-event-data", CONTAINS + "layouts_updated"),
                row("user-push.groups_updated.json", List.of("home/account-event=GROUPS_UPDATED"), //
                        "home/account-event-data", CONTAINS + "groups_updated"),
                row("user-push.groups_created.json", List.of("home/account-event=GROUPS_CREATED"), //
                        "home/account-event-data", CONTAINS + "Backyard"),
                row("user-push.groups_deleted.json", List.of("home/account-event=GROUPS_DELETED"), //
                        "home/account-event-data", CONTAINS + "[15,16]"),
                row("user-push.camera_groups_synced.json", List.of("home/account-event=CAMERA_GROUPS_SYNCED"), //
                        "home/account-event-data", CONTAINS + "camera_groups_synced"),
                row("user-push.mark_created.json", List.of("cam1001/mark=CREATED"), //
                        "cam1001/last-event-type", "MARK_CREATED", //
                        "cam1001/last-event-title", "Parcel delivered", //
                        "cam1001/last-event-time", SET, //
                        "cam1001/last-event-json", CONTAINS + "5501"),
                row("user-push.mark_updated.json", List.of("cam1001/mark=UPDATED"), //
                        "cam1001/last-event-type", "MARK_UPDATED", //
                        "cam1001/last-event-title", "Parcel delivered (edited)"),
                row("user-push.mark_deleted.json", List.of("cam1001/mark=DELETED"), //
                        "cam1001/last-event-type", "MARK_DELETED"),
                row("user-push.analytic_case_motion_detect_event_created.json",
                        List.of("cam1001/analytic-event=MOTION_DETECT"), //
                        "cam1001/last-event-type", "MOTION_DETECT", //
                        "cam1001/last-event-title", "Motion detected", //
                        "cam1001/last-event-time", SET, //
                        "cam1001/last-event-json", CONTAINS + "90001"),
                row("user-push.analytic_case_line_intersection_event_created.json",
                        List.of("cam1001/analytic-event=LINE_INTERSECTION"), //
                        "cam1001/last-event-type", "LINE_INTERSECTION", //
                        "cam1001/last-event-title", "Line crossed"),
                row("user-push.analytic_case_smoke_fire_event_created.json",
                        List.of("cam1001/analytic-event=SMOKE_FIRE"), //
                        "cam1001/last-event-type", "SMOKE_FIRE", //
                        "cam1001/last-event-image-url", "https://example.com/s3/analytics/crops/90003.jpg"),
                row("user-push.analytic_case_loud_sound_event_created.json",
                        List.of("cam1001/analytic-event=LOUD_SOUND"), //
                        "cam1001/last-event-type", "LOUD_SOUND"),
                row("user-push.analytic_case_camera_obstacle_event_created.json",
                        List.of("cam1001/analytic-event=CAMERA_OBSTACLE"), //
                        "cam1001/last-event-type", "CAMERA_OBSTACLE"),
                row("user-push.analytic_case_face_event_created.json", List.of("cam1001/analytic-event=FACE"), //
                        "cam1001/last-event-type", "FACE", //
                        "cam1001/last-event-title", "John (resident)", //
                        "cam1001/last-event-image-url", "https://example.com/s3/analytics/crops/90006.jpg"),
                row("user-push.analytic_case_face_event_created.intercom.json",
                        List.of("cam1010/analytic-event=FACE", "door301/intercom-event=FACE_DETECTED"), //
                        "cam1010/last-event-type", "FACE", //
                        "cam1010/last-event-image-url", "https://example.com/s3/analytics/crops/90011.jpg", //
                        "door301/last-event-json", CONTAINS + "90011"),
                row("user-push.analytic_case_license_plate_event_created.json",
                        List.of("cam1001/analytic-event=LICENSE_PLATE"), //
                        "cam1001/last-event-type", "LICENSE_PLATE", //
                        "cam1001/last-license-plate", "AB123CD"),
                row("user-push.analytic_case_person_counting_event_created.json",
                        List.of("cam1001/analytic-event=PERSON_COUNTING"), //
                        "cam1001/last-count", "4"),
                row("user-push.analytic_case_visitor_counting_event_created.json",
                        List.of("cam1001/analytic-event=VISITOR_COUNTING"), //
                        "cam1001/last-count", "12"),
                row("user-push.analytic_case_container_number_recognition_event_created.json",
                        List.of("cam1001/analytic-event=CONTAINER_NUMBER_RECOGNITION"), //
                        "cam1001/last-event-type", "CONTAINER_NUMBER_RECOGNITION", //
                        "cam1001/last-event-json", CONTAINS + "MSCU1234565"),
                row("notification.intercom.store.json", List.of("door301/intercom-event=UPDATED"), //
                        "door301/name", "Entrance 2", //
                        "door301/address", "1 Example Street, entrance 2", //
                        "door301/online", "ON", //
                        "door301/last-event-json", CONTAINS + "intercom.store"),
                row("notification.intercom.rename.json", List.of("door301/intercom-event=RENAMED"), //
                        "door301/name", "Entrance 2 (renamed)", //
                        "door301/last-event-json", CONTAINS + "intercom.rename"),
                row("notification.intercom.update.json", List.of("door301/intercom-event=UPDATED"), //
                        "door301/online", "ON", //
                        "door301/last-event-json", CONTAINS + "intercom.update"),
                // no trigger: the Thing goes OFFLINE/GONE (VmsIntercomHandlerTest, AccountResyncTest)
                row("notification.intercom.delete.json", List.of()),
                row("notification.intercom.key_confirmed.json",
                        List.of("home/account-event=INTERCOM_KEY_CONFIRMED", "door301/intercom-event=KEY_CONFIRMED"), //
                        "home/account-event-data", CONTAINS + "key_confirmed", //
                        "door301/last-event-json", CONTAINS + "key_confirmed"),
                row("notification.intercom.key_error.json", List.of("home/account-event=INTERCOM_KEY_ERROR"), //
                        "home/account-event-data", CONTAINS + "The key could not be confirmed"),
                row("notification.intercom.add_error.json", List.of("home/account-event=INTERCOM_ADD_ERROR"), //
                        "home/account-event-data", CONTAINS + "already been added"),
                row("notification.intercom.add.json", List.of("home/account-event=INTERCOM_ADDED"), //
                        "home/account-event-data", CONTAINS + "intercom.add"),
                row("notification.intercom.code.store.json", List.of("door301/intercom-event=CODE_STORED"), //
                        "door301/last-event-json", CONTAINS + "Courier", //
                        "door301/last-event-json", LACKS + "482913"),
                row("notification.intercom.code.delete.json", List.of("door301/intercom-event=CODES_DELETED"), //
                        "door301/last-event-json", CONTAINS + "intercom.code.delete"),
                row("notification.intercom.call.store.json", List.of("door301/call=MISSED"), //
                        "door301/last-call-id", "9001", //
                        "door301/last-call-status", "MISSED", //
                        "door301/last-call-time", SET, //
                        "door301/last-event-json", CONTAINS + "intercom.call.store"),
                row("notification.intercom.call.delete.json", List.of("door301/intercom-event=CALLS_DELETED"), //
                        "door301/last-event-json", CONTAINS + "intercom.call.delete"),
                // no call 9002 was stored: matched by the intercom's camera (1010)
                row("notification.intercom_cancel.json", List.of("door301/call-canceled=CANCELED"), //
                        "door301/last-event-json", CONTAINS + "intercom_cancel"));
    }

    @BeforeEach
    void cameraAndIntercomThings() {
        onlineAndResynced();
        // pictures are downloaded after the message, on the scheduler (VmsCameraPicturesTest); the examples' links
        // point to example.com
        fixture().manager.linkChannels(VmsTestThings::linkedButPictures);
        fixture().camera(1001);
        fixture().camera(1010);
        fixture().intercom(301);
        fixture().clearLog();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void messageDrivesTheDocumentedChannelsAndTriggers(Row row) {
        int before = fixture().log.size();
        fixture().deliver(row.example());
        List<Recorded> delivered = new ArrayList<>(fixture().log.subList(before, fixture().log.size()));
        awaitResync(); // some messages make the bridge read a list again; let it finish

        assertEquals(row.triggers(), fixture().allTriggers(), "triggers of " + row.example());
        row.states().forEach((where, expected) -> assertState(where, expected));
        assertStatesBeforeTriggers(delivered);
    }

    @Test
    void everyMessageTypeHasARow() {
        VmsEventDecoder decoder = new VmsEventDecoder();
        Set<VmsEventKind> covered = EnumSet.noneOf(VmsEventKind.class);
        for (Row row : rows()) {
            VmsEvent event = assertInstanceOf(VmsEvent.class, decoder.decodeFrame(Examples.text(row.example())),
                    row.example());
            covered.add(event.kind());
        }
        assertEquals(EnumSet.allOf(VmsEventKind.class), covered);
        assertEquals(37, covered.size());
    }

    /**
     * A rule started by a trigger reads the states of the same message: they are set first. (A message that fires
     * twice, like cameras_updated, sets the data again before its second trigger.)
     */
    private static void assertStatesBeforeTriggers(List<Recorded> delivered) {
        Map<ThingUID, Integer> lastTrigger = new LinkedHashMap<>();
        for (int i = 0; i < delivered.size(); i++) {
            if (delivered.get(i) instanceof Trigger trigger) {
                lastTrigger.put(trigger.thing(), i);
            }
        }
        for (int i = 0; i < delivered.size(); i++) {
            // the stream links come from the camera's own background reads, at any time, not from a message
            if (delivered.get(i) instanceof StateUpdate update && !update.channel().getId().startsWith("stream-")) {
                Integer trigger = lastTrigger.get(update.thing());
                if (trigger != null && trigger < i) {
                    fail("state " + update + " was set after the trigger " + delivered.get(trigger));
                }
            }
        }
    }

    private void assertState(String where, String expected) {
        String[] parts = where.split("/", 2);
        ThingUID thing = thingUid(parts[0]);
        State state = fixture().lastState(thing, parts[1]);
        assertNotNull(state, where + " was never set");
        String text = state.toString();
        if (SET.equals(expected)) {
            assertNotEquals(UnDefType.UNDEF, state, where);
        } else if (expected.startsWith(LACKS)) {
            assertFalse(text.contains(expected.substring(LACKS.length())), where + " = " + text);
        } else if (expected.startsWith(CONTAINS)) {
            assertTrue(text.contains(expected.substring(CONTAINS.length())), where + " = " + text);
        } else {
            assertEquals(expected, text, where);
        }
    }

    private static ThingUID thingUid(String id) {
        if ("home".equals(id)) {
            return HandlerFixture.BRIDGE_UID;
        }
        return new ThingUID(id.startsWith("cam") ? THING_TYPE_CAMERA : THING_TYPE_INTERCOM, HandlerFixture.BRIDGE_UID,
                id);
    }
}
