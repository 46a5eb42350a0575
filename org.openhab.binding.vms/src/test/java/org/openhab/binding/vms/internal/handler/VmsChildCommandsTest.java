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
import static org.mockito.Mockito.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;

/**
 * Commands of cameras and intercoms reach the (simulated) VMS with the right method and path, and their channels
 * end in the right state whether the server agrees or not.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsChildCommandsTest extends AccountTestBase {

    @Test
    void favoriteOnAddsTheCameraToTheFavourites() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1002);
        assertEquals(OnOffType.OFF, fixture().lastState(camera, CHANNEL_FAVORITE));
        command(camera, CHANNEL_FAVORITE, OnOffType.ON);
        waitForAssert(() -> assertEquals(1, sim().requests("POST", "cameras/1002/favorites").size()));
        waitForAssert(() -> assertEquals(OnOffType.ON, fixture().lastState(camera, CHANNEL_FAVORITE)));
        assertTrue(sim().isFavorite(1002));
    }

    @Test
    void favoriteOffRemovesTheCameraFromTheFavourites() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);
        assertEquals(OnOffType.ON, fixture().lastState(camera, CHANNEL_FAVORITE));
        command(camera, CHANNEL_FAVORITE, OnOffType.OFF);
        waitForAssert(() -> assertEquals(1, sim().requests("DELETE", "cameras/1001/favorites").size()));
        waitForAssert(() -> assertEquals(OnOffType.OFF, fixture().lastState(camera, CHANNEL_FAVORITE)));
        assertFalse(sim().isFavorite(1001));
    }

    @Test
    void aRefusedFavouriteChangeRestoresTheKnownState() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1002);
        sim().fail("POST", "cameras/1002/favorites", HttpReply.json(500, "{\"message\":\"Server Error\"}"));
        fixture().clearLog();
        command(camera, CHANNEL_FAVORITE, OnOffType.ON);
        waitForAssert(() -> assertEquals(List.of(OnOffType.OFF), states(camera, CHANNEL_FAVORITE)));
        assertFalse(sim().isFavorite(1002));
        assertEquals(ThingStatus.ONLINE, fixture().status(camera).getStatus());
    }

    @Test
    void aFavouriteChangeForACameraTheServerDoesNotKnowMakesItGone() {
        fixture().startOnline(); // no list read yet: the camera is assumed present
        VmsCameraHandler camera = fixture().camera(4242);
        assertEquals(ThingStatus.ONLINE, fixture().status(camera).getStatus());
        command(camera, CHANNEL_FAVORITE, OnOffType.ON);
        waitForStatus(camera, ThingStatus.OFFLINE, ThingStatusDetail.GONE);
        assertEquals(VmsStatusText.CAMERA_NOT_FOUND, fixture().status(camera).getDescription());
    }

    @Test
    void commandsWhileTheAccountIsOfflineSendNothing() {
        fixture().start();
        VmsCameraHandler camera = fixture().camera(1002);
        VmsIntercomHandler door = fixture().intercom(301);
        command(camera, CHANNEL_FAVORITE, OnOffType.ON);
        command(door, CHANNEL_OPEN_DOOR, OnOffType.ON);
        waitForAssert(() -> assertEquals(List.of(OnOffType.OFF), states(door, CHANNEL_OPEN_DOOR)));
        waitForAssert(() -> assertEquals(1, states(camera, CHANNEL_FAVORITE).size()));
        assertEquals(List.of(), sim().requests());
    }

    @Test
    void refreshingThePreviewReadsANewLink() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);
        command(camera, CHANNEL_PREVIEW_URL, RefreshType.REFRESH);
        waitForAssert(() -> assertEquals(1, sim().requests("GET", "cameras/1001/preview").size()));
        waitForAssert(() -> {
            State preview = fixture().lastState(camera, CHANNEL_PREVIEW_URL);
            assertNotNull(preview);
            assertTrue(preview.toString().startsWith("http"), preview.toString());
        });
    }

    @Test
    void refreshingFavouriteAndStatusRepeatsWhatIsKnown() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);
        fixture().clearLog();
        command(camera, CHANNEL_FAVORITE, RefreshType.REFRESH);
        command(camera, CHANNEL_STATUS, RefreshType.REFRESH);
        assertEquals(OnOffType.ON, fixture().lastState(camera, CHANNEL_FAVORITE));
        assertEquals("active", String.valueOf(fixture().lastState(camera, CHANNEL_STATUS)));
        assertEquals(List.of(), sim().requests("GET", "cameras/1001"), "no request for a refresh of known state");
    }

    @Test
    void openDoorOpensTheDoorAndSwitchesBackOff() {
        onlineAndResynced();
        VmsIntercomHandler door = fixture().intercom(301);
        fixture().clearLog();
        command(door, CHANNEL_OPEN_DOOR, OnOffType.ON);
        waitForAssert(() -> assertEquals(List.of(OnOffType.OFF), states(door, CHANNEL_OPEN_DOOR)));
        assertEquals(1, sim().requests("POST", "intercom/301/open-door").size());
        assertEquals(List.of(301), sim().openedDoors());
        assertEquals(ThingStatus.ONLINE, fixture().status(door).getStatus());
    }

    @Test
    void aFailedDoorOpeningSwitchesBackOffAndKeepsTheIntercomOnline() {
        onlineAndResynced();
        VmsIntercomHandler door = fixture().intercom(301);
        sim().fail("POST", "intercom/301/open-door", HttpReply.json(500, "{\"message\":\"Server Error\"}"));
        fixture().clearLog();
        command(door, CHANNEL_OPEN_DOOR, OnOffType.ON);
        waitForAssert(() -> assertEquals(List.of(OnOffType.OFF), states(door, CHANNEL_OPEN_DOOR)));
        assertEquals(List.of(), sim().openedDoors());
        assertEquals(ThingStatus.ONLINE, fixture().status(door).getStatus());
    }

    @Test
    void openingTheDoorOfAnIntercomTheServerDoesNotKnowMakesItGone() {
        onlineAndResynced();
        VmsIntercomHandler door = fixture().intercom(301);
        sim().fail("POST", "intercom/301/open-door", HttpReply.json(404, "{\"message\":\"Not found\"}"));
        command(door, CHANNEL_OPEN_DOOR, OnOffType.ON);
        waitForStatus(door, ThingStatus.OFFLINE, ThingStatusDetail.GONE);
        assertEquals(VmsStatusText.INTERCOM_DELETED, fixture().status(door).getDescription());
        assertEquals(OnOffType.OFF, fixture().lastState(door, CHANNEL_OPEN_DOOR));
    }

    @Test
    void aRefusedSessionMakesTheBridgeCheckItAndLeavesTheDecisionToIt() {
        onlineAndResynced();
        VmsIntercomHandler door = fixture().intercom(301);
        VmsCameraHandler camera = fixture().camera(1002);
        sim().fail("POST", "intercom/301/open-door", HttpReply.json(401, "{\"message\":\"Unauthenticated.\"}"));
        sim().fail("POST", "cameras/1002/favorites", HttpReply.json(401, "{\"message\":\"Unauthenticated.\"}"));
        command(door, CHANNEL_OPEN_DOOR, OnOffType.ON);
        command(camera, CHANNEL_FAVORITE, OnOffType.ON);
        waitForAssert(() -> verify(fixture().connection, times(2)).reportUnauthorized());
        // the door's switch goes back OFF after the failed call has been reported
        waitForAssert(() -> assertEquals(OnOffType.OFF, fixture().lastState(door, CHANNEL_OPEN_DOOR)));
        assertEquals(ThingStatus.ONLINE, fixture().status(door).getStatus(), "until the bridge says otherwise");
        assertEquals(ThingStatus.ONLINE, fixture().status(camera).getStatus());
    }

    @Test
    void offAndRefreshOfOpenDoorOnlyShowOff() {
        onlineAndResynced();
        VmsIntercomHandler door = fixture().intercom(301);
        fixture().clearLog();
        command(door, CHANNEL_OPEN_DOOR, OnOffType.OFF);
        command(door, CHANNEL_OPEN_DOOR, RefreshType.REFRESH);
        assertEquals(List.of(OnOffType.OFF, OnOffType.OFF), states(door, CHANNEL_OPEN_DOOR));
        assertEquals(List.of(), sim().requests("POST", "intercom/301/open-door"));
    }

    private static void command(ThingHandler handler, String channelId, Command command) {
        handler.handleCommand(new ChannelUID(handler.getThing().getUID(), channelId), command);
    }

    private List<State> states(ThingHandler handler, String channelId) {
        return fixture().states(handler.getThing().getUID(), channelId);
    }
}
