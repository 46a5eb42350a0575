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

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.connection.VmsAccountStatus;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * docs/protocol.md, "Missed and repeated messages": Pusher does not replay what was missed while disconnected, so after
 * every (re)connect the bridge reads the cameras and intercoms again and nothing stays stale: favourites, statuses,
 * names, cameras detached or attached, intercoms deleted. Changes are made in the simulated VMS without telling the
 * binding, as if it had been disconnected.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class AccountResyncTest extends AccountTestBase {

    @Test
    void aFavouriteChangedWhileDisconnectedIsFixedByTheResync() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1002);
        assertEquals(OnOffType.OFF, fixture().lastState(camera, CHANNEL_FAVORITE));
        disconnect();
        sim().setFavorite(1002, true, false);
        reconnect();
        assertEquals(OnOffType.ON, fixture().lastState(camera, CHANNEL_FAVORITE));
        assertEquals(List.of(), fixture().triggers(camera, CHANNEL_FAVORITE_CHANGED),
                "a re-read is no favourite change event");
    }

    @Test
    void aStatusChangedWhileDisconnectedIsFixedByTheResync() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);
        assertEquals(new StringType("active"), fixture().lastState(camera, CHANNEL_STATUS));
        disconnect();
        sim().setCameraStatus(1001, "inactive");
        reconnect();
        assertEquals(new StringType("inactive"), fixture().lastState(camera, CHANNEL_STATUS));
    }

    @Test
    void aCameraDetachedWhileDisconnectedIsGoneAndComesBackWhenAttachedAgain() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1002);
        disconnect();
        sim().detachCamera(1002);
        reconnect();
        assertStatus(camera, ThingStatus.OFFLINE, ThingStatusDetail.GONE);
        assertEquals(VmsStatusText.CAMERA_NOT_FOUND, fixture().status(camera).getDescription());
        disconnect();
        assertStatus(camera, ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        fixture().online();
        assertStatus(camera, ThingStatus.OFFLINE, ThingStatusDetail.GONE); // still missing from the last list
        sim().attachCamera(1002);
        resync();
        assertStatus(camera, ThingStatus.ONLINE, ThingStatusDetail.NONE);
    }

    @Test
    void aCameraTheAccountDoesNotHaveIsGone() {
        onlineAndResynced();
        VmsCameraHandler unknown = fixture().camera(4242);
        assertStatus(unknown, ThingStatus.OFFLINE, ThingStatusDetail.GONE);
        VmsCameraHandler later = fixture().camera(4243, "later");
        assertStatus(later, ThingStatus.OFFLINE, ThingStatusDetail.GONE);
        VmsCameraHandler known = fixture().camera(1010);
        assertStatus(known, ThingStatus.ONLINE, ThingStatusDetail.NONE);
        assertEquals(OnOffType.OFF, fixture().lastState(known, CHANNEL_FAVORITE), "known state applied at once");
    }

    @Test
    void detachAndAttachMessagesActAtOnce() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1002);
        // the server agrees with its message: the re-read the message's attached cameras start, which may end before
        // the next line on a busy machine, must find 1002 detached as well
        sim().detachCamera(1002);
        fixture().deliver("user-push.cameras_updated.json"); // detached: 1002
        assertStatus(camera, ThingStatus.OFFLINE, ThingStatusDetail.GONE);
        awaitResync();
        sim().attachCamera(1002); // publishes nothing the test delivers; the message below announces it
        fixture().deliverFrame(Examples.modified("user-push.cameras_updated.json", inner -> {
            JsonObject data = inner.getAsJsonObject("data").getAsJsonObject("data");
            data.add("attached", JsonParser.parseString("[1002]"));
            data.add("detached", JsonParser.parseString("[]"));
        }));
        assertStatus(camera, ThingStatus.ONLINE, ThingStatusDetail.NONE);
        awaitResync();
        assertStatus(camera, ThingStatus.ONLINE, ThingStatusDetail.NONE);
    }

    @Test
    void anIntercomChangedWhileDisconnectedIsFixedByTheResync() {
        onlineAndResynced();
        VmsIntercomHandler door = fixture().intercom(301);
        assertEquals(new StringType("Entrance 2"), fixture().lastState(door, CHANNEL_NAME));
        assertEquals(OnOffType.ON, fixture().lastState(door, CHANNEL_ONLINE));
        disconnect();
        sim().renameIntercom(301, "Main entrance");
        sim().setIntercomOnline(301, false);
        reconnect();
        assertEquals(new StringType("Main entrance"), fixture().lastState(door, CHANNEL_NAME));
        assertEquals(OnOffType.OFF, fixture().lastState(door, CHANNEL_ONLINE));
        assertEquals(new StringType("1 Example Street, entrance 2"), fixture().lastState(door, CHANNEL_ADDRESS));
    }

    @Test
    void anIntercomDeletedWhileDisconnectedIsGone() {
        onlineAndResynced();
        VmsIntercomHandler door = fixture().intercom(301);
        disconnect();
        sim().deleteIntercom(301);
        reconnect();
        assertStatus(door, ThingStatus.OFFLINE, ThingStatusDetail.GONE);
        assertEquals(VmsStatusText.INTERCOM_DELETED, fixture().status(door).getDescription());
    }

    @Test
    void aDeletedIntercomIsGoneAtOnceAndBackWhenStoredAgain() {
        onlineAndResynced();
        VmsIntercomHandler door = fixture().intercom(301);
        fixture().deliver("notification.intercom.delete.json");
        assertStatus(door, ThingStatus.OFFLINE, ThingStatusDetail.GONE);
        fixture().removeChild(door);
        VmsIntercomHandler again = fixture().intercom(301, "again"); // the user adds the Thing again
        assertStatus(again, ThingStatus.OFFLINE, ThingStatusDetail.GONE);
        fixture().deliver("notification.intercom.store.json");
        assertStatus(again, ThingStatus.ONLINE, ThingStatusDetail.NONE);
        assertEquals(List.of("UPDATED"), fixture().triggers(again, CHANNEL_INTERCOM_EVENT));
    }

    @Test
    void aListThatCannotBeReadChangesNothing() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1002);
        VmsIntercomHandler door = fixture().intercom(301);
        disconnect();
        sim().detachCamera(1002);
        sim().deleteIntercom(301);
        sim().fail("GET", "cameras/flat-tree", HttpReply.json(500, "{}"));
        sim().fail("GET", "intercom", HttpReply.json(503, "{}"));
        reconnect();
        assertStatus(camera, ThingStatus.ONLINE, ThingStatusDetail.NONE);
        assertStatus(door, ThingStatus.ONLINE, ThingStatusDetail.NONE);
    }

    @Test
    void aMessageThatArrivesWhileTheListIsReadIsNotOverwrittenByIt() {
        onlineAndResynced();
        VmsCameraHandler favourite = fixture().camera(1001);
        VmsCameraHandler detached = fixture().camera(1002);
        VmsIntercomHandler door = fixture().intercom(301);
        int cameraReads = sim().requests("GET", "cameras/flat-tree").size();
        int intercomReads = sim().requests("GET", "intercom").size();
        sim().delay("GET", "cameras/flat-tree", Duration.ofMillis(700));
        sim().delay("GET", "intercom", Duration.ofMillis(700));
        fixture().account.resyncNeeded();
        // the lists are being read (and will say: 1001 favourite, 1002 attached, intercom 301 "Entrance 2");
        // meanwhile the server changes and says so
        waitForAssert(() -> assertEquals(cameraReads + 1, sim().requests("GET", "cameras/flat-tree").size()));
        sim().setFavorite(1001, false, false);
        fixture().deliver("user-push.camera.destroy_favorite.json");
        sim().detachCamera(1002);
        fixture().deliverFrame(Examples.modified("user-push.cameras_updated.json", inner -> {
            JsonObject data = inner.getAsJsonObject("data").getAsJsonObject("data");
            data.add("attached", JsonParser.parseString("[]"));
        }));
        waitForAssert(() -> assertEquals(intercomReads + 1, sim().requests("GET", "intercom").size()));
        sim().renameIntercom(301, "Entrance 2 (renamed)");
        fixture().deliver("notification.intercom.rename.json");
        awaitResync();
        assertEquals(OnOffType.OFF, fixture().lastState(favourite, CHANNEL_FAVORITE));
        assertStatus(detached, ThingStatus.OFFLINE, ThingStatusDetail.GONE);
        assertEquals(new StringType("Entrance 2 (renamed)"), fixture().lastState(door, CHANNEL_NAME));
        // the next re-read is newer than those messages, and agrees with them
        sim().clearFailures();
        resync();
        assertEquals(OnOffType.OFF, fixture().lastState(favourite, CHANNEL_FAVORITE));
        assertStatus(detached, ThingStatus.OFFLINE, ThingStatusDetail.GONE);
        assertEquals(new StringType("Entrance 2 (renamed)"), fixture().lastState(door, CHANNEL_NAME));
    }

    /** The connection reports the lost socket; returns once openHAB has told the children. */
    private void disconnect() {
        fixture().account.statusChanged(VmsAccountStatus.RECONNECTING,
                new VmsApiException(Reason.NETWORK, "The socket connection was lost"));
        fixture().awaitIdle();
    }

    /** ONLINE again, then the re-read the connection asks for after every connect. */
    private void reconnect() {
        fixture().online();
        resync();
    }
}
