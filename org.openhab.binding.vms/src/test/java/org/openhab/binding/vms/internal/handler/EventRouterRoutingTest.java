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
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionStatistics;
import org.openhab.binding.vms.simulator.runtime.ThingManagerListener;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;

import com.google.gson.JsonObject;

/**
 * The routing decisions of the README beyond the one-Thing-per-message case: what fires when no Thing exists,
 * detections from intercom cameras, canceled calls (by call id, by the other call id, by camera, not at all),
 * deletions that concern every intercom, dropped messages, and a failing Thing.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class EventRouterRoutingTest extends AccountTestBase {

    private static final String ACCOUNT = "home/account-event=";

    @Test
    void withoutThingsMarksDetectionsAndCancelsGoToTheAccount() {
        onlineAndResynced();
        fixture().clearLog();
        fixture().deliver("user-push.mark_created.json");
        fixture().deliver("user-push.mark_updated.json");
        fixture().deliver("user-push.mark_deleted.json");
        fixture().deliver("user-push.analytic_case_motion_detect_event_created.json");
        fixture().deliver("user-push.analytic_case_face_event_created.intercom.json");
        fixture().deliver("notification.intercom_cancel.json");
        assertEquals(List.of(ACCOUNT + "MARK_CREATED", ACCOUNT + "MARK_UPDATED", ACCOUNT + "MARK_DELETED",
                ACCOUNT + "ANALYTIC_EVENT", ACCOUNT + "ANALYTIC_EVENT", ACCOUNT + "CALL_CANCELED"),
                fixture().allTriggers());
        assertTrue(accountEventData().contains("intercom_cancel"), accountEventData());
    }

    @Test
    void withoutThingsFavouritesCodesAndCallsFireNothing() {
        onlineAndResynced();
        fixture().clearLog();
        fixture().deliver("user-push.camera.store_favorite.json");
        fixture().deliver("notification.intercom.code.store.json");
        fixture().deliver("notification.intercom.code.delete.json");
        fixture().deliver("notification.intercom.call.store.json");
        fixture().deliver("notification.intercom.call.delete.json");
        fixture().deliver("notification.intercom.rename.json");
        assertEquals(List.of(), fixture().allTriggers());
    }

    @Test
    void aNewIntercomWithoutThingIsAnnouncedOnTheAccount() {
        onlineAndResynced();
        fixture().clearLog();
        fixture().deliverFrame(Examples.modified("notification.intercom.store.json",
                inner -> inner.getAsJsonObject("intercom").addProperty("id", 302)));
        assertEquals(List.of(ACCOUNT + "INTERCOM_ADDED"), fixture().allTriggers());
    }

    @Test
    void anIntercomCameraDetectionReachesTheIntercomEvenWithoutACameraThing() {
        onlineAndResynced();
        VmsIntercomHandler door = fixture().intercom(301);
        fixture().clearLog();
        fixture().deliver("user-push.analytic_case_face_event_created.intercom.json");
        assertEquals(List.of("door301/intercom-event=FACE_DETECTED"), fixture().allTriggers());
        assertNotNull(fixture().lastState(door, CHANNEL_LAST_EVENT_JSON));
    }

    @Test
    void otherDetectionsOfAnIntercomCameraFireAnalyticEventOnTheIntercom() {
        onlineAndResynced();
        fixture().camera(1010);
        fixture().intercom(301);
        fixture().clearLog();
        fixture().deliverFrame(Examples.modified("user-push.analytic_case_motion_detect_event_created.json",
                inner -> {
                    JsonObject data = inner.getAsJsonObject("data").getAsJsonObject("data");
                    data.addProperty("camera_id", 1010);
                    data.remove("camera");
                    data.addProperty("is_intercom", true);
                }));
        assertEquals(List.of("cam1010/analytic-event=MOTION_DETECT", "door301/intercom-event=ANALYTIC_EVENT"),
                fixture().allTriggers());
    }

    @Test
    void aDetectionNotMarkedAsIntercomLeavesTheIntercomAlone() {
        onlineAndResynced();
        fixture().intercom(301);
        fixture().clearLog();
        fixture().deliverFrame(Examples.modified("user-push.analytic_case_face_event_created.intercom.json",
                inner -> inner.getAsJsonObject("data").getAsJsonObject("data").addProperty("is_intercom", false)));
        assertEquals(List.of(ACCOUNT + "ANALYTIC_EVENT"), fixture().allTriggers());
    }

    @Test
    void aDetectionWithARelativeFileLinkGetsTheServerAddress() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);
        fixture().deliverFrame(Examples.modified("user-push.analytic_case_face_event_created.json",
                inner -> inner.getAsJsonObject("data").getAsJsonObject("data").remove("crop")));
        assertEquals(sim().baseUrl() + "/storage/analytics/files/610.jpg",
                String.valueOf(fixture().lastState(camera, CHANNEL_LAST_EVENT_IMAGE_URL)));
    }

    // ---------------------------------------------------------------- canceled calls

    /** Intercoms 301 (camera 1010) and 302 (camera 1002), both with Things. */
    private void twoIntercoms() {
        sim().addIntercom(302, "Back gate", "1 Example Street, back", 1002);
        onlineAndResynced();
        fixture().intercom(301);
        fixture().intercom(302);
    }

    @Test
    void aCanceledCallGoesToTheIntercomOfTheStoredCallWithThatId() {
        twoIntercoms();
        storeCall(9002, 302);
        fixture().clearLog();
        // the cancel names camera 1010 (intercom 301), but call 9002 was stored for intercom 302
        fixture().deliver("notification.intercom_cancel.json");
        assertEquals(List.of("door302/call-canceled=CANCELED"), fixture().allTriggers());
    }

    @Test
    void aCanceledCallIsAlsoMatchedByItsOtherCallId() {
        twoIntercoms();
        storeCall(4711, 302);
        fixture().clearLog();
        fixture().deliverFrame(Examples.modified("notification.intercom_cancel.json",
                inner -> inner.getAsJsonObject("data").addProperty("id", 5555)));
        assertEquals(List.of("door302/call-canceled=CANCELED"), fixture().allTriggers());
    }

    @Test
    void aCanceledCallWithoutStoredCallGoesToTheIntercomOfItsCamera() {
        twoIntercoms();
        fixture().clearLog();
        fixture().deliverFrame(Examples.modified("notification.intercom_cancel.json",
                inner -> inner.getAsJsonObject("data").addProperty("camera_id", "1002")));
        assertEquals(List.of("door302/call-canceled=CANCELED"), fixture().allTriggers());
    }

    @Test
    void aCanceledCallNoIntercomMatchesGoesToTheAccount() {
        twoIntercoms();
        storeCall(9002, 303); // an intercom without Thing
        fixture().clearLog();
        fixture().deliverFrame(Examples.modified("notification.intercom_cancel.json",
                inner -> inner.getAsJsonObject("data").addProperty("camera_id", 9999)));
        assertEquals(List.of(ACCOUNT + "CALL_CANCELED"), fixture().allTriggers());
    }

    @Test
    void aCanceledCallFallsBackToTheCameraWhenTheStoredCallsIntercomHasNoThing() {
        twoIntercoms();
        storeCall(9002, 303);
        fixture().clearLog();
        fixture().deliver("notification.intercom_cancel.json"); // camera 1010: intercom 301
        assertEquals(List.of("door301/call-canceled=CANCELED"), fixture().allTriggers());
    }

    private void storeCall(long callId, long intercomId) {
        fixture().deliverFrame(Examples.modified("notification.intercom.call.store.json", inner -> {
            JsonObject call = inner.getAsJsonObject("intercom_call");
            call.addProperty("id", callId);
            call.addProperty("status", "ring");
            call.getAsJsonObject("intercom").addProperty("id", intercomId);
        }));
    }

    @Test
    void aStoredCallFiresItsStatusInUpperCaseEvenAnUnknownOne() {
        onlineAndResynced();
        VmsIntercomHandler door = fixture().intercom(301);
        fixture().clearLog();
        storeCall(9002, 301);
        fixture().deliverFrame(Examples.modified("notification.intercom.call.store.json",
                inner -> inner.getAsJsonObject("intercom_call").addProperty("status", "forwarded")));
        assertEquals(List.of("door301/call=RING", "door301/call=FORWARDED"), fixture().allTriggers());
        assertEquals(List.of("9002", "9001"), fixture().states(door.getThing().getUID(), CHANNEL_LAST_CALL_ID)
                .stream().map(State::toString).toList());
    }

    // ---------------------------------------------------------------- every intercom

    @Test
    void deletedCodesAndCallsConcernEveryIntercom() {
        twoIntercoms();
        fixture().clearLog();
        fixture().deliver("notification.intercom.code.delete.json");
        fixture().deliver("notification.intercom.call.delete.json");
        List<String> triggers = fixture().allTriggers();
        assertEquals(4, triggers.size(), triggers.toString());
        assertTrue(triggers.containsAll(List.of("door301/intercom-event=CODES_DELETED",
                "door302/intercom-event=CODES_DELETED", "door301/intercom-event=CALLS_DELETED",
                "door302/intercom-event=CALLS_DELETED")), triggers.toString());
    }

    // ---------------------------------------------------------------- robustness

    @Test
    void unreadableMessagesFireNothingAndAreCounted() {
        onlineAndResynced();
        fixture().camera(1001);
        fixture().clearLog();
        // doReturn: when(mock.call()) would take the last call on the mock, which the handler's threads may make
        doReturn(new VmsConnectionStatistics(5, 2, 0, 0, 1)).when(fixture().connection).getStatistics();
        fixture().deliverFrame("{\"event\":\"App\\\\Events\\\\UserPush\",\"channel\":\"private-user.42\","
                + "\"data\":\"{not json\"}");
        fixture().deliverFrame(Examples.modified("user-push.groups_updated.json",
                inner -> inner.getAsJsonObject("data").addProperty("type", "something_new")));
        assertEquals(List.of(), fixture().allTriggers());
        assertNull(fixture().lastState(HandlerFixture.BRIDGE_UID, CHANNEL_LAST_MESSAGE),
                "what the decoder drops never reaches the handler");
        // the connection counts the drops; the channel shows them with the next refresh
        fixture().account.handleCommand(new ChannelUID(HandlerFixture.BRIDGE_UID, CHANNEL_DROPPED_MESSAGES),
                RefreshType.REFRESH);
        assertEquals(new DecimalType(2), fixture().lastState(HandlerFixture.BRIDGE_UID, CHANNEL_DROPPED_MESSAGES));
    }

    @Test
    void aThingThatFailsDoesNotStopTheBridge() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);
        ChannelUID favorite = new ChannelUID(camera.getThing().getUID(), CHANNEL_FAVORITE);
        // a part of openHAB behind the callback (an item, a profile) that throws for this channel
        fixture().manager.addListener(new ThingManagerListener() {
            @Override
            public void stateUpdated(ChannelUID channel, State state) {
                if (channel.equals(favorite)) {
                    throw new IllegalStateException("broken item");
                }
            }
        });
        fixture().clearLog();
        assertDoesNotThrow(() -> fixture().deliver("user-push.camera.store_favorite.json"));
        fixture().deliver("user-push.permissions_updated.json");
        assertEquals(List.of(ACCOUNT + "PERMISSIONS_UPDATED"), fixture().allTriggers());
    }

    @Test
    void doorCodesNeverReachTheAccountChannel() {
        onlineAndResynced();
        fixture().deliverFrame(Examples.modified("notification.intercom.key_error.json",
                inner -> inner.addProperty("code", "482913")));
        assertFalse(accountEventData().contains("482913"), accountEventData());
        assertTrue(accountEventData().contains("could not be confirmed"), accountEventData());
    }

    @Test
    void aFavouriteWithoutCameraIdMakesTheBridgeReadTheCameraListAgain() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1002);
        sim().setFavorite(1002, true, false);
        int reads = sim().requests("GET", "cameras/flat-tree").size();
        fixture().deliverFrame(Examples.modified("user-push.camera.store_favorite.json",
                inner -> inner.getAsJsonObject("data").getAsJsonObject("data").remove("camera_id")));
        awaitResync();
        assertEquals(reads + 1, sim().requests("GET", "cameras/flat-tree").size());
        waitForAssert(() -> assertEquals("ON", String.valueOf(fixture().lastState(camera, CHANNEL_FAVORITE))));
    }

    private String accountEventData() {
        return String.valueOf(fixture().lastState(HandlerFixture.BRIDGE_UID, CHANNEL_ACCOUNT_EVENT_DATA));
    }
}
