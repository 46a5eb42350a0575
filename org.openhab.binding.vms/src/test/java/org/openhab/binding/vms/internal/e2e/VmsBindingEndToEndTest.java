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
package org.openhab.binding.vms.internal.e2e;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;
import static org.openhab.binding.vms.internal.e2e.BindingOnSoketi.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.handler.VmsStatusText;
import org.openhab.binding.vms.internal.testsupport.OpenhabSide;
import org.openhab.binding.vms.simulator.soketi.SoketiExtension;
import org.openhab.binding.vms.simulator.soketi.SoketiServer;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.binding.vms.simulator.vms.SimCall;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.RawType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.test.java.JavaTest;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.State;

/**
 * The binding end to end: the account bridge, a camera and an intercom, created by the handler factory and run on
 * openHAB's thing manager rules (the local thing manager), against the simulated VMS's loopback REST server and a real
 * soketi (skipped without Node.js unless CI=true). Changes are made in the "VMS" as another app would make them, and
 * must arrive in channels, triggers and statuses; commands must reach the VMS's REST API.
 * <p>
 * Every test has its own simulated VMS and handlers; soketi runs once for the class (the restart test stops and
 * starts it on the same port).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsBindingEndToEndTest extends JavaTest {

    @RegisterExtension
    static final SoketiExtension SOKETI = new SoketiExtension("vms-e2e", "vms-e2e-key", "vms-e2e-secret");

    /** A message or REST round trip; generous because the build machine is shared. */
    private static final long TIMEOUT_MS = 20_000;
    /** soketi's start plus the production back-off of the reconnects that fail while it is down. */
    private static final long RESTART_TIMEOUT_MS = 60_000;
    private static final long POLL_MS = 50;

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<BindingOnSoketi> bed = resources.opened(() -> new BindingOnSoketi(SOKETI.server()));

    // ---------------------------------------------------------------- statuses

    @Test
    void theBridgeIsUnknownThenOnlineWithBothChannelsSubscribedAndItsThingsFollow() {
        BindingOnSoketi bed = this.bed.get();
        bed.start(bed.credentials());
        // What initialize() reported before start() returned: the connection runs on its own threads and may be
        // ONLINE already when a busy machine lets the test look at the status itself.
        assertEquals(List.of(ThingStatus.INITIALIZING, ThingStatus.UNKNOWN), statusesOf(BRIDGE_UID).subList(0, 2),
                "at once, without waiting for the server");

        waitForOnline();
        waitForAssert(() -> assertEquals(new StringType("SUBSCRIBED"),
                openhab().lastState(BRIDGE_UID, CHANNEL_CONNECTION_STATE)), TIMEOUT_MS, POLL_MS);
        assertEquals(List.of(ThingStatus.INITIALIZING, ThingStatus.UNKNOWN, ThingStatus.ONLINE),
                statusesOf(BRIDGE_UID));
        assertEquals(1, bed.vms.loginCount());
        // the account was read: the children show what the VMS lists
        waitForAssert(() -> {
            assertEquals(OnOffType.ON, openhab().lastState(bed.camera(), CHANNEL_FAVORITE));
            assertEquals(new StringType("Entrance 2"), openhab().lastState(bed.intercom(), CHANNEL_NAME));
        }, TIMEOUT_MS, POLL_MS);

        // one message on each private channel arrives: both are subscribed on soketi
        bed.vms.publishExample("token-push.archive_generated");
        bed.vms.publishExample("user-push.permissions_updated");
        waitForAssert(() -> assertEquals(List.of(EVENT_ARCHIVE_GENERATED, EVENT_PERMISSIONS_UPDATED),
                openhab().triggers(BRIDGE_UID, CHANNEL_ACCOUNT_EVENT)), TIMEOUT_MS, POLL_MS);
    }

    /** The bridge's discovery service, started by the factory as in openHAB, fills the Inbox from the account. */
    @Test
    void theBridgesDiscoveryServiceReportsTheAccountsCamerasAndIntercoms() {
        BindingOnSoketi bed = this.bed.get();
        bed.vms.addCamera(1020, "");
        startOnline(bed);
        List<DiscoveryService> services = bed.components.discoveryServices();
        assertEquals(1, services.size(), "one discovery service for the one bridge");
        DiscoveryListener inbox = mock(DiscoveryListener.class);
        services.get(0).addDiscoveryListener(inbox);

        waitForAssert(() -> {
            ArgumentCaptor<DiscoveryResult> results = ArgumentCaptor.forClass(DiscoveryResult.class);
            verify(inbox, atLeastOnce()).thingDiscovered(any(), results.capture());
            Map<String, String> labels = new TreeMap<>();
            results.getAllValues().forEach(r -> labels.put(r.getThingUID().getId(), r.getLabel()));
            assertEquals("Entrance 2", labels.get("301"), labels.toString());
            assertEquals("VMS Camera 1020", labels.get("1020"), "unnamed: the label from vms.properties");
            assertTrue(labels.keySet().containsAll(List.of("1001", "1002", "1010")), labels.toString());
        }, TIMEOUT_MS, POLL_MS);
    }

    // ---------------------------------------------------------------- camera

    @Test
    void aFavouriteAddedAndRemovedInTheVmsTurnsTheChannelOnAndOff() {
        BindingOnSoketi bed = this.bed.get();
        bed.vms.setFavorite(CAMERA_ID, false, false);
        startOnline(bed);
        waitForAssert(() -> assertEquals(OnOffType.OFF, openhab().lastState(bed.camera(), CHANNEL_FAVORITE)),
                TIMEOUT_MS, POLL_MS);

        bed.vms.setFavorite(CAMERA_ID, true);
        waitForAssert(() -> assertEquals(List.of(FAVORITE_ADDED), favoriteChanges(bed)), TIMEOUT_MS, POLL_MS);
        assertEquals(OnOffType.ON, openhab().lastState(bed.camera(), CHANNEL_FAVORITE));

        bed.vms.setFavorite(CAMERA_ID, false);
        waitForAssert(() -> assertEquals(List.of(FAVORITE_ADDED, FAVORITE_REMOVED), favoriteChanges(bed)),
                TIMEOUT_MS, POLL_MS);
        assertEquals(OnOffType.OFF, openhab().lastState(bed.camera(), CHANNEL_FAVORITE));
    }

    @Test
    void favouriteCommandsGoOverRestAndTheEchoKeepsTheStateConsistent() {
        BindingOnSoketi bed = this.bed.get();
        bed.vms.setFavorite(CAMERA_ID, false, false);
        startOnline(bed);
        waitForAssert(() -> assertEquals(OnOffType.OFF, openhab().lastState(bed.camera(), CHANNEL_FAVORITE)),
                TIMEOUT_MS, POLL_MS);

        int before = openhab().states(bed.camera(), CHANNEL_FAVORITE).size();
        bed.command(bed.camera(), CHANNEL_FAVORITE, OnOffType.ON);
        waitForAssert(() -> assertEquals(List.of(FAVORITE_ADDED), favoriteChanges(bed)), TIMEOUT_MS, POLL_MS);
        // one state from the accepted command, one from the server's echo, in either order: both ON
        waitForAssert(() -> assertEquals(List.of(OnOffType.ON, OnOffType.ON), favoriteStatesSince(bed, before)),
                TIMEOUT_MS, POLL_MS);
        assertEquals(1, bed.vms.requests("POST", "cameras/" + CAMERA_ID + "/favorites").size());
        assertTrue(bed.vms.isFavorite(CAMERA_ID));

        int middle = openhab().states(bed.camera(), CHANNEL_FAVORITE).size();
        bed.command(bed.camera(), CHANNEL_FAVORITE, OnOffType.OFF);
        waitForAssert(() -> assertEquals(List.of(FAVORITE_ADDED, FAVORITE_REMOVED), favoriteChanges(bed)),
                TIMEOUT_MS, POLL_MS);
        waitForAssert(() -> assertEquals(List.of(OnOffType.OFF, OnOffType.OFF), favoriteStatesSince(bed, middle)),
                TIMEOUT_MS, POLL_MS);
        assertEquals(1, bed.vms.requests("DELETE", "cameras/" + CAMERA_ID + "/favorites").size());
        assertFalse(bed.vms.isFavorite(CAMERA_ID));
    }

    @Test
    void aDetachedCameraIsGoneAndComesBackWhenAttached() {
        BindingOnSoketi bed = this.bed.get();
        startOnline(bed);
        bed.vms.detachCamera(CAMERA_ID);
        waitForStatus(bed.camera(), ThingStatus.OFFLINE, ThingStatusDetail.GONE);
        assertEquals(ThingStatus.ONLINE, status(bed.intercom()).getStatus(), "only the detached camera is gone");
        bed.vms.attachCamera(CAMERA_ID);
        waitForStatus(bed.camera(), ThingStatus.ONLINE, ThingStatusDetail.NONE);
        waitForAssert(() -> assertEquals(List.of(EVENT_CAMERAS_DETACHED, EVENT_CAMERAS_ATTACHED),
                openhab().triggers(BRIDGE_UID, CHANNEL_ACCOUNT_EVENT)), TIMEOUT_MS, POLL_MS);
    }

    @Test
    void aLicensePlateDetectionFiresOnTheCamera() {
        BindingOnSoketi bed = this.bed.get();
        startOnline(bed);
        bed.vms.publishExample("user-push.analytic_case_license_plate_event_created");
        waitForAssert(() -> assertEquals(List.of("LICENSE_PLATE"),
                openhab().triggers(bed.camera(), CHANNEL_ANALYTIC_EVENT)), TIMEOUT_MS, POLL_MS);
        assertEquals(new StringType("AB123CD"), openhab().lastState(bed.camera(), CHANNEL_LAST_LICENSE_PLATE));
        assertEquals(new StringType("LICENSE_PLATE"), openhab().lastState(bed.camera(), CHANNEL_LAST_EVENT_TYPE));
        assertEquals(List.of("cam" + CAMERA_ID + "/" + CHANNEL_ANALYTIC_EVENT + "=LICENSE_PLATE"),
                openhab().allTriggers(), "nothing else fires");
    }

    @Test
    void aDetectionBringsItsPictureAndASnapshotOfTheFrameAtItsTime() throws IOException {
        BindingOnSoketi bed = this.bed.get();
        startOnline(bed);

        bed.vms.publishAnalyticDetection(CAMERA_ID, Instant.parse("2026-12-04T09:30:00Z"));

        waitForAssert(() -> assertInstanceOf(RawType.class,
                openhab().lastState(bed.camera(), CHANNEL_LAST_EVENT_IMAGE)), TIMEOUT_MS, POLL_MS);
        assertArrayEquals(SimulatedVms.detectionPicture(),
                ((RawType) openhab().lastState(bed.camera(), CHANNEL_LAST_EVENT_IMAGE)).getBytes());
        waitForAssert(() -> assertTrue(bed.vms.requests("GET", "cameras/" + CAMERA_ID + "/preview").stream()
                .anyMatch(r -> "date=2026-12-04T09%3A30%3A00.000000Z".equals(r.query()))), TIMEOUT_MS, POLL_MS);
        waitForAssert(() -> assertInstanceOf(RawType.class, openhab().lastState(bed.camera(), CHANNEL_SNAPSHOT)),
                TIMEOUT_MS, POLL_MS);
        RawType snapshot = (RawType) openhab().lastState(bed.camera(), CHANNEL_SNAPSHOT);
        assertEquals("image/jpeg", snapshot.getMimeType());
        BufferedImage frame = ImageIO.read(new ByteArrayInputStream(snapshot.getBytes()));
        assertEquals(1920, frame.getWidth(), "the simulated VMS's 1080p preview, decoded");
        assertEquals(1080, frame.getHeight());
    }

    // ---------------------------------------------------------------- intercom

    @Test
    void callsRingAndAreCanceledAtTheirIntercom() {
        BindingOnSoketi bed = this.bed.get();
        startOnline(bed);
        SimCall call = bed.vms.storeCall(INTERCOM_ID, "ring");
        waitForAssert(() -> assertEquals(List.of("RING"), openhab().triggers(bed.intercom(), CHANNEL_CALL)),
                TIMEOUT_MS, POLL_MS);
        assertEquals(new StringType("RING"), openhab().lastState(bed.intercom(), CHANNEL_LAST_CALL_STATUS));
        assertEquals(new DecimalType(call.id()), openhab().lastState(bed.intercom(), CHANNEL_LAST_CALL_ID));

        bed.vms.cancelCall(call.id());
        waitForAssert(() -> assertEquals(List.of(CALL_CANCELED),
                openhab().triggers(bed.intercom(), CHANNEL_CALL_CANCELED)), TIMEOUT_MS, POLL_MS);
        String door = "door" + INTERCOM_ID + "/";
        assertEquals(List.of(door + CHANNEL_CALL + "=RING", door + CHANNEL_CALL_CANCELED + "=" + CALL_CANCELED),
                openhab().allTriggers(), "only the intercom's triggers fire");
    }

    @Test
    void aRenameInTheVmsChangesTheIntercomsName() {
        BindingOnSoketi bed = this.bed.get();
        startOnline(bed);
        waitForAssert(() -> assertEquals(new StringType("Entrance 2"),
                openhab().lastState(bed.intercom(), CHANNEL_NAME)), TIMEOUT_MS, POLL_MS);
        bed.vms.renameIntercom(INTERCOM_ID, "Main gate");
        waitForAssert(() -> assertEquals(List.of(INTERCOM_RENAMED),
                openhab().triggers(bed.intercom(), CHANNEL_INTERCOM_EVENT)), TIMEOUT_MS, POLL_MS);
        assertEquals(new StringType("Main gate"), openhab().lastState(bed.intercom(), CHANNEL_NAME));
    }

    @Test
    void openDoorPostsToTheIntercomAndSwitchesBackOff() {
        BindingOnSoketi bed = this.bed.get();
        startOnline(bed);
        bed.command(bed.intercom(), CHANNEL_OPEN_DOOR, OnOffType.ON);
        waitForAssert(() -> assertEquals(OnOffType.OFF, openhab().lastState(bed.intercom(), CHANNEL_OPEN_DOOR)),
                TIMEOUT_MS, POLL_MS);
        assertEquals(1, bed.vms.requests("POST", "intercom/" + INTERCOM_ID + "/open-door").size());
        assertEquals(List.of(INTERCOM_ID), bed.vms.openedDoors());
    }

    // ---------------------------------------------------------------- sessions

    @Test
    void aLogoutTakesABridgeWithOnlyATokenOfflineWithTheServersMessage() {
        BindingOnSoketi bed = this.bed.get();
        String token = bed.vms.issueToken();
        bed.start(bed.tokenOnly(token));
        waitForOnline();
        waitForStatus(bed.camera(), ThingStatus.ONLINE, ThingStatusDetail.NONE);

        bed.vms.logout(token);
        waitForStatus(BRIDGE_UID, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR);
        assertEquals(VmsStatusText.LOGGED_OUT + " [\"Your session has been closed\"]",
                status(BRIDGE_UID).getDescription());
        assertEquals(List.of(EVENT_LOGOUT), openhab().triggers(BRIDGE_UID, CHANNEL_ACCOUNT_EVENT));
        waitForStatus(bed.camera(), ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        waitForStatus(bed.intercom(), ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        assertEquals(0, bed.vms.loginCount(), "without credentials there is nothing to log in with");
    }

    @Test
    void aLogoutMakesABridgeWithCredentialsLogInAgain() {
        BindingOnSoketi bed = this.bed.get();
        startOnline(bed);
        assertEquals(1, bed.vms.loginCount());
        List<String> sessions = bed.vms.validTokens();
        assertEquals(1, sessions.size());

        bed.vms.logout(sessions.get(0));
        waitForAssert(() -> assertEquals(2, bed.vms.loginCount()), TIMEOUT_MS, POLL_MS);
        waitForAssert(() -> assertEquals(List.of(ThingStatus.INITIALIZING, ThingStatus.UNKNOWN, ThingStatus.ONLINE,
                ThingStatus.OFFLINE, ThingStatus.ONLINE), statusesOf(BRIDGE_UID)), TIMEOUT_MS, POLL_MS);
        waitForStatus(bed.camera(), ThingStatus.ONLINE, ThingStatusDetail.NONE);
        waitForStatus(bed.intercom(), ThingStatus.ONLINE, ThingStatusDetail.NONE);
        assertEquals(List.of(EVENT_LOGOUT), openhab().triggers(BRIDGE_UID, CHANNEL_ACCOUNT_EVENT));
        assertFalse(bed.vms.validTokens().contains(sessions.get(0)));
        assertEquals(1, bed.vms.validTokens().size(), "one new session");

        // the new session gets messages again
        bed.vms.renameIntercom(INTERCOM_ID, "Back again");
        waitForAssert(() -> assertEquals(new StringType("Back again"),
                openhab().lastState(bed.intercom(), CHANNEL_NAME)), TIMEOUT_MS, POLL_MS);
    }

    // ---------------------------------------------------------------- message types the binding does not know

    /**
     * A type added to the server after the binding was written reaches rules: UNKNOWN_MESSAGE with its JSON (door
     * code removed) on account-event-data, set before the trigger; it is still counted as dropped.
     */
    @Test
    void aMessageOfAnUnknownTypeFiresUnknownMessageWithItsJsonWithoutDoorCodes() {
        BindingOnSoketi bed = this.bed.get();
        startOnline(bed);
        String data = "{\"data\":{\"type\":\"camera.future_feature\",\"data\":{\"camera_id\":1001,"
                + "\"code\":\"4711\",\"note\":\"new\"}}}";
        bed.vms.publish(bed.vms.userChannel(), VmsEventDecoder.USER_PUSH, data);

        waitForAssert(() -> assertEquals(List.of(EVENT_UNKNOWN_MESSAGE),
                openhab().triggers(BRIDGE_UID, CHANNEL_ACCOUNT_EVENT)), TIMEOUT_MS, POLL_MS);
        State json = openhab().lastState(BRIDGE_UID, CHANNEL_ACCOUNT_EVENT_DATA);
        assertEquals(new StringType("{\"data\":{\"type\":\"camera.future_feature\",\"data\":{\"camera_id\":1001,"
                + "\"note\":\"new\"}}}"), json, "the message as sent, without the door code");
        waitForAssert(() -> assertEquals(new DecimalType(1),
                openhab().lastState(BRIDGE_UID, CHANNEL_DROPPED_MESSAGES)), TIMEOUT_MS, POLL_MS);
    }

    // ---------------------------------------------------------------- the Pusher server

    @Test
    void afterASoketiRestartTheBridgeIsBackAndTheResyncFixesAFavouriteMissedMeanwhile() throws Exception {
        BindingOnSoketi bed = this.bed.get();
        startOnline(bed);
        waitForAssert(() -> assertEquals(OnOffType.ON, openhab().lastState(bed.camera(), CHANNEL_FAVORITE)),
                TIMEOUT_MS, POLL_MS);
        SoketiServer soketi = SOKETI.server();
        try {
            soketi.stop(); // sends every client pusher:error 4200 and closes the socket
            waitForStatus(BRIDGE_UID, ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
            waitForStatus(bed.camera(), ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
            bed.vms.setFavorite(CAMERA_ID, false, false); // while nobody can be told
        } finally {
            soketi.start(); // same port: the production reconnect finds it again
        }

        waitForAssert(() -> assertEquals(ThingStatus.ONLINE, status(BRIDGE_UID).getStatus()), RESTART_TIMEOUT_MS,
                POLL_MS);
        waitForAssert(() -> assertEquals(OnOffType.OFF, openhab().lastState(bed.camera(), CHANNEL_FAVORITE)),
                TIMEOUT_MS, POLL_MS);
        waitForStatus(bed.camera(), ThingStatus.ONLINE, ThingStatusDetail.NONE);
        waitForStatus(bed.intercom(), ThingStatus.ONLINE, ThingStatusDetail.NONE);
        assertEquals(List.of(), favoriteChanges(bed), "a re-read fixes the state; only messages fire triggers");
        assertEquals(1, bed.vms.loginCount(), "a Pusher server restart costs no login");

        // the new socket has both channels again
        bed.vms.setFavorite(CAMERA_ID, true);
        waitForAssert(() -> assertEquals(List.of(FAVORITE_ADDED), favoriteChanges(bed)), TIMEOUT_MS, POLL_MS);
        assertEquals(OnOffType.ON, openhab().lastState(bed.camera(), CHANNEL_FAVORITE));
    }

    // ----------------------------------------------------------------

    private OpenhabSide openhab() {
        return bed.get().openhab;
    }

    /** Starts the three handlers with the account's credentials and waits until all are ONLINE. */
    private void startOnline(BindingOnSoketi bed) {
        bed.start(bed.credentials());
        waitForOnline();
        waitForStatus(bed.camera(), ThingStatus.ONLINE, ThingStatusDetail.NONE);
        waitForStatus(bed.intercom(), ThingStatus.ONLINE, ThingStatusDetail.NONE);
    }

    private void waitForOnline() {
        waitForStatus(BRIDGE_UID, ThingStatus.ONLINE, ThingStatusDetail.NONE);
    }

    private ThingStatusInfo status(ThingUID thing) {
        return openhab().status(thing);
    }

    private ThingStatusInfo status(ThingHandler handler) {
        return openhab().status(handler);
    }

    /**
     * The statuses the Thing went through (INITIALIZING from openHAB's thing manager first), repeated ones (a new
     * description) counted once.
     */
    private List<ThingStatus> statusesOf(ThingUID thing) {
        List<ThingStatus> statuses = new ArrayList<>();
        for (ThingStatusInfo info : openhab().statusChanges(thing)) {
            if (statuses.isEmpty() || statuses.get(statuses.size() - 1) != info.getStatus()) {
                statuses.add(info.getStatus());
            }
        }
        return statuses;
    }

    private List<String> favoriteChanges(BindingOnSoketi bed) {
        return openhab().triggers(bed.camera(), CHANNEL_FAVORITE_CHANGED);
    }

    private List<State> favoriteStatesSince(BindingOnSoketi bed, int index) {
        List<State> states = openhab().states(bed.camera(), CHANNEL_FAVORITE);
        return states.subList(index, states.size());
    }

    private void waitForStatus(ThingUID thing, ThingStatus status, ThingStatusDetail detail) {
        waitForAssert(() -> {
            ThingStatusInfo info = status(thing);
            assertEquals(status, info.getStatus(), () -> thing + ": " + info);
            assertEquals(detail, info.getStatusDetail(), () -> thing + ": " + info);
        }, TIMEOUT_MS, POLL_MS);
    }

    private void waitForStatus(ThingHandler handler, ThingStatus status, ThingStatusDetail detail) {
        waitForStatus(handler.getThing().getUID(), status, detail);
    }
}
