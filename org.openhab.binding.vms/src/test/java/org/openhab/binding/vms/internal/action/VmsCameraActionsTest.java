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
package org.openhab.binding.vms.internal.action;

import static java.util.Objects.requireNonNull;
import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;
import static org.openhab.binding.vms.internal.action.ActionsBed.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.testlog.LogRecorder;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.vms.SimArchiveRequest;
import org.openhab.binding.vms.simulator.vms.SimMark;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.RawType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.ThingActions;

/**
 * The camera's rule actions as rules call them: found like {@code getActions("vms", "vms:camera:...")}, called on
 * the test's thread (a rule's), through the factory-made action service and the handler to the simulated VMS over
 * loopback HTTP. Each action: success, server error, account offline, handler disposed, invalid input; and the
 * static methods DSL rules call.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsCameraActionsTest extends ActionsTestBase {

    private static final ZonedDateTime NOON = ZonedDateTime.of(2024, 3, 1, 13, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    private VmsCameraActions actions() {
        ThingActions actions = bed().cameraActions();
        return assertInstanceOf(VmsCameraActions.class, actions);
    }

    // ---------------------------------------------------------------- found as rules find it

    @Test
    void theFactoryStartsOneActionServicePerCameraBoundToItsHandler() {
        bed().startOnline();
        VmsCameraActions actions = actions();
        assertSame(bed().cameraHandler(), actions.getThingHandler());
        assertTrue(bed().components.cameraActions.instances().contains(actions), "made by SCR (a prototype)");
        assertNull(bed().components.thingActions("vms", "vms:camera:home:nothing"));
        assertNull(bed().components.thingActions("other", CAMERA_UID.getAsString()));
    }

    // ---------------------------------------------------------------- setFavorite

    @Test
    void setFavoriteChangesTheFavouriteOnTheServerAndTheChannel() {
        bed().startOnline();
        assertTrue(actions().setFavorite(true));
        assertTrue(bed().vms.isFavorite(1002));
        assertEquals(OnOffType.ON, bed().openhab.lastState(CAMERA_UID, CHANNEL_FAVORITE));
        // the server's echo (camera.store_favorite) comes through the socket: a late one would set ON after the OFF
        waitForAssert(() -> assertEquals(List.of(FAVORITE_ADDED),
                bed().openhab.triggers(CAMERA_UID, CHANNEL_FAVORITE_CHANGED)), TIMEOUT_MS, 50);
        assertTrue(actions().setFavorite(false));
        assertFalse(bed().vms.isFavorite(1002));
        assertEquals(OnOffType.OFF, bed().openhab.lastState(CAMERA_UID, CHANNEL_FAVORITE));
    }

    @Test
    void aRefusedFavouriteGivesFalseAndKeepsTheKnownState() {
        bed().startOnline();
        bed().vms.fail("POST", "cameras/1002/favorites", HttpReply.json(500, "{\"message\":\"Server Error\"}"));
        try (LogRecorder warnings = LogRecorder.warnings(VmsCameraHandler.class)) {
            assertFalse(actions().setFavorite(true));
            assertEquals(1, warnings.lines().size(), () -> "one line says why: " + warnings.lines());
            assertTrue(warnings.lines().get(0).contains("cam1002"), warnings.lines().get(0));
        }
        assertFalse(bed().vms.isFavorite(1002));
        assertEquals(OnOffType.OFF, bed().openhab.lastState(CAMERA_UID, CHANNEL_FAVORITE));
        assertEquals(ThingStatus.ONLINE, bed().openhab.status(CAMERA_UID).getStatus());
    }

    @Test
    void setFavoriteWithoutAValueSendsNothing() {
        bed().startOnline();
        bed().vms.clearRequests();
        assertFalse(actions().setFavorite(null));
        assertEquals(List.of(), bed().vms.requests("POST", "cameras/1002/favorites"));
    }

    // ---------------------------------------------------------------- requestArchiveClip

    @Test
    void anAcceptedClipRequestIsTrueAndItsLinkArrivesOnTheAccount() {
        bed().startOnline();
        ZonedDateTime to = NOON.plusMinutes(5);
        assertTrue(actions().requestArchiveClip(NOON, to));
        List<SimArchiveRequest> clips = bed().vms.archiveClips();
        assertEquals(1, clips.size());
        assertEquals(NOON.toInstant(), clips.get(0).from(), "sent in UTC");
        assertEquals(to.toInstant(), clips.get(0).to());
        assertEquals("from=2024-03-01T12%3A00%3A00.000000Z&to=2024-03-01T12%3A05%3A00.000000Z",
                bed().vms.requests("GET", "cameras/1002/archive/link").get(0).query());
        String link = clips.get(0).url();
        waitForAssert(() -> assertEquals(new StringType(link),
                bed().openhab.lastState(BRIDGE_UID, CHANNEL_ARCHIVE_URL)), TIMEOUT_MS, 50);
        waitForAssert(() -> assertTrue(
                bed().openhab.triggers(BRIDGE_UID, CHANNEL_ACCOUNT_EVENT).contains(EVENT_ARCHIVE_GENERATED)),
                TIMEOUT_MS, 50);
    }

    @Test
    void aClipOfExactlyTenMinutesIsAccepted() {
        bed().startOnline();
        assertTrue(actions().requestArchiveClip(NOON, NOON.plusMinutes(10)));
        assertEquals(1, bed().vms.archiveClips().size());
    }

    @Test
    void aClipLongerThanTenMinutesIsRefusedWithoutARequest() {
        bed().startOnline();
        bed().vms.clearRequests();
        try (LogRecorder warnings = LogRecorder.warnings(VmsCameraHandler.class)) {
            assertFalse(actions().requestArchiveClip(NOON, NOON.plusMinutes(10).plusSeconds(1)));
            assertEquals(1, warnings.lines().size(), () -> String.valueOf(warnings.lines()));
            assertTrue(warnings.lines().get(0).contains("at most 10 minutes"), warnings.lines().get(0));
        }
        assertEquals(List.of(), bed().vms.requests("GET", "cameras/1002/archive/link"));
        assertEquals(ThingStatus.ONLINE, bed().openhab.status(CAMERA_UID).getStatus());
    }

    @Test
    void aClipWhoseEndIsNotAfterItsStartIsRefusedWithoutARequest() {
        bed().startOnline();
        bed().vms.clearRequests();
        try (LogRecorder warnings = LogRecorder.warnings(VmsCameraHandler.class)) {
            assertFalse(actions().requestArchiveClip(NOON, NOON));
            assertFalse(actions().requestArchiveClip(NOON, NOON.minusMinutes(1)));
            assertTrue(warnings.lines().stream().allMatch(l -> l.contains("must be after its start")),
                    () -> String.valueOf(warnings.lines()));
        }
        assertFalse(actions().requestArchiveClip(null, NOON));
        assertEquals(List.of(), bed().vms.requests("GET", "cameras/1002/archive/link"));
    }

    @Test
    void aClipTheServerRefusesIsFalse() {
        bed().startOnline();
        bed().vms.fail("GET", "cameras/1002/archive/link", HttpReply.json(503, "{\"message\":\"Maintenance\"}"));
        assertFalse(actions().requestArchiveClip(NOON, NOON.plusMinutes(1)));
        assertEquals(List.of(), bed().vms.archiveClips());
        assertEquals(ThingStatus.ONLINE, bed().openhab.status(CAMERA_UID).getStatus());
    }

    // ---------------------------------------------------------------- createMark

    @Test
    void createMarkPutsAMarkOnTheArchive() {
        bed().startOnline();
        assertTrue(actions().createMark("  Parcel delivered ", NOON, NOON.plusSeconds(30)));
        List<SimMark> marks = bed().vms.marks();
        assertEquals(1, marks.size());
        assertEquals(new SimMark(marks.get(0).id(), 1002, "Parcel delivered", NOON.toInstant(),
                NOON.plusSeconds(30).toInstant()), marks.get(0));
        // the server's mark_created comes back to the camera like any mark
        waitForAssert(() -> assertEquals(List.of(MARK_CREATED), bed().openhab.triggers(CAMERA_UID, CHANNEL_MARK)),
                TIMEOUT_MS, 50);
    }

    @Test
    void aMarkTheServerRefusesIsFalse() {
        bed().startOnline();
        // the server's own rule: the end must be after the start (the binding leaves it to the server)
        assertFalse(actions().createMark("Backwards", NOON, NOON.minusSeconds(1)));
        bed().vms.fail("POST", "cameras/1002/marks", HttpReply.json(500, "{\"message\":\"Server Error\"}"));
        assertFalse(actions().createMark("Failing", NOON, NOON.plusSeconds(1)));
        assertEquals(List.of(), bed().vms.marks());
    }

    @Test
    void aMarkWithoutTitleOrTimesIsRefusedWithoutARequest() {
        bed().startOnline();
        bed().vms.clearRequests();
        assertFalse(actions().createMark(" ", NOON, NOON.plusSeconds(1)));
        assertFalse(actions().createMark(null, NOON, NOON.plusSeconds(1)));
        assertFalse(actions().createMark("Title", NOON, null));
        assertEquals(List.of(), bed().vms.requests("POST", "cameras/1002/marks"));
    }

    // ---------------------------------------------------------------- getSnapshot

    @Test
    void getSnapshotGivesTheDecodedPreviewAsJpeg() throws Exception {
        bed().startOnline();
        RawType snapshot = actions().getSnapshot();
        assertNotNull(snapshot);
        assertEquals("image/jpeg", snapshot.getMimeType());
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(snapshot.getBytes()));
        assertNotNull(picture, "a JPEG");
        assertEquals(1920, picture.getWidth());
        assertEquals(1080, picture.getHeight());
        assertSame(snapshot.getClass(), VmsCameraActions.getSnapshot(actions()).getClass(), "the DSL method too");
    }

    @Test
    void aPreviewThatCannotBeDecodedGivesNull() {
        bed().startOnline();
        bed().vms.setPreview(1002, "not an MP4".getBytes(StandardCharsets.UTF_8));
        assertNull(actions().getSnapshot());
        assertEquals(ThingStatus.ONLINE, bed().openhab.status(CAMERA_UID).getStatus());
    }

    @Test
    void theDslMethodWithoutActionsGivesNull() {
        assertNull(VmsCameraActions.getSnapshot(null));
    }

    // ---------------------------------------------------------------- getStreamUrl

    @Test
    void getStreamUrlReadsTheLinkOfTheAskedQualityAndSource() {
        bed().startOnline();
        String rtsp = actions().getStreamUrl("LOW", "rtsp");
        assertNotNull(rtsp);
        assertTrue(rtsp.contains("/live/1002/low?token=stream-"), rtsp);
        // nothing given: the configured quality (high by default) as HLS
        String hls = actions().getStreamUrl(null, " ");
        assertNotNull(hls);
        assertTrue(hls.startsWith(bed().vms.baseUrl() + "/live/1002/high/index.m3u8?token=stream-"), hls);
        assertEquals(List.of(hls), bed().vms.issuedStreamLinks().stream().filter(hls::equals).toList(),
                "the link the server issued");
    }

    @Test
    void aStreamTheServerRefusesIsNull() {
        bed().startOnline();
        bed().vms.fail("GET", "cameras/1002/streams", HttpReply.json(500, "{\"message\":\"Server Error\"}"));
        try (LogRecorder warnings = LogRecorder.warnings(VmsCameraHandler.class)) {
            assertNull(actions().getStreamUrl("high", "hls"));
            assertEquals(1, warnings.lines().size(), () -> "one line says why: " + warnings.lines());
            assertTrue(warnings.lines().get(0).contains("cam1002"), warnings.lines().get(0));
        }
        assertEquals(ThingStatus.ONLINE, bed().openhab.status(CAMERA_UID).getStatus());
    }

    @Test
    void anUnknownQualityOrSourceIsNullWithoutARequest() {
        bed().startOnline();
        bed().vms.clearRequests();
        try (LogRecorder warnings = LogRecorder.warnings(VmsCameraHandler.class)) {
            assertNull(actions().getStreamUrl("medium", "hls"));
            assertNull(actions().getStreamUrl("high", "dash"));
            assertEquals(2, warnings.lines().size(), () -> String.valueOf(warnings.lines()));
            assertTrue(warnings.lines().get(0).contains("'medium'") && warnings.lines().get(0).contains("high/low"),
                    warnings.lines().get(0));
        }
        assertEquals(List.of(), bed().vms.requests("GET", "cameras/1002/streams"));
    }

    // ---------------------------------------------------------------- ptz

    @Test
    void ptzMovesZoomsAndHomesAPtzCamera() {
        bed().vms.setPtz(1002, true, false);
        bed().startOnline();
        assertTrue(actions().ptz("UP"));
        assertTrue(actions().ptz("zoom-in"), "case and - do not matter");
        assertTrue(actions().ptz(PTZ_HOME));
        assertEquals(List.of("1002:up", "1002:zoom-in", "1002:home"), bed().vms.ptzMoves());
    }

    @Test
    void aMoveTheServerRefusesIsFalse() {
        bed().vms.setPtz(1002, true, false);
        bed().startOnline();
        bed().vms.fail("POST", "cameras/1002/move", HttpReply.json(500, "{\"message\":\"Server Error\"}"));
        try (LogRecorder warnings = LogRecorder.warnings(VmsCameraHandler.class)) {
            assertFalse(actions().ptz(PTZ_LEFT));
            assertEquals(1, warnings.lines().size(), () -> String.valueOf(warnings.lines()));
        }
        assertEquals(List.of(), bed().vms.ptzMoves());
        assertEquals(ThingStatus.ONLINE, bed().openhab.status(CAMERA_UID).getStatus());
    }

    @Test
    void anUnknownDirectionOrACameraThatIsNotPtzIsFalseWithoutARequest() {
        bed().startOnline();
        awaitPtzProperty("false"); // camera 1002 is not PTZ, as the account's camera list says
        bed().vms.clearRequests();
        try (LogRecorder handler = LogRecorder.warnings(VmsCameraHandler.class);
                LogRecorder action = LogRecorder.warnings(VmsCameraActions.class)) {
            assertFalse(actions().ptz("SIDEWAYS"));
            assertFalse(actions().ptz(null));
            assertFalse(actions().ptz(" "));
            assertFalse(actions().ptz(PTZ_UP), "not a PTZ camera");
            assertEquals(2, action.lines().size(), () -> String.valueOf(action.lines()));
            assertTrue(action.lines().get(0).contains("ptz needs a direction"), action.lines().get(0));
            assertEquals(2, handler.lines().size(), () -> String.valueOf(handler.lines()));
            assertTrue(handler.lines().get(0).contains("'SIDEWAYS'"), handler.lines().get(0));
            assertTrue(handler.lines().get(1).contains("not report it as PTZ"), handler.lines().get(1));
        }
        assertEquals(List.of(), bed().vms.requests("POST", "cameras/1002/move"));
        assertEquals(List.of(), bed().vms.ptzMoves());
    }

    /** Once the account's camera list has said whether camera 1002 is PTZ. */
    private void awaitPtzProperty(String ptz) {
        waitForAssert(() -> assertEquals(ptz,
                requireNonNull(bed().openhab.manager.thing(CAMERA_UID)).getProperties().get(PROPERTY_PTZ)),
                TIMEOUT_MS, 50);
    }

    // ---------------------------------------------------------------- account offline, handler disposed

    @Test
    void whileTheAccountIsOfflineEveryActionIsFalseAndNothingIsSent() {
        bed().vms.fail("POST", "token", HttpReply.json(503, "{\"message\":\"Maintenance\"}"));
        bed().start();
        bed().awaitStatus(CAMERA_UID, ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        VmsCameraActions actions = actions();
        try (LogRecorder warnings = LogRecorder.warnings(VmsCameraHandler.class)) {
            assertFalse(actions.setFavorite(true));
            assertFalse(actions.requestArchiveClip(NOON, NOON.plusMinutes(1)));
            assertFalse(actions.createMark("Offline", NOON, NOON.plusMinutes(1)));
            assertNull(actions.getStreamUrl("high", "hls"));
            assertFalse(actions.ptz(PTZ_UP));
            assertEquals(5, warnings.lines().size(), () -> String.valueOf(warnings.lines()));
            assertTrue(warnings.lines().stream().allMatch(l -> l.contains("while the VMS account is offline")),
                    () -> String.valueOf(warnings.lines()));
        }
        assertEquals(List.of(), bed().vms.requests("POST", "cameras/1002/favorites"));
        assertEquals(List.of(), bed().vms.requests("GET", "cameras/1002/archive/link"));
        assertEquals(List.of(), bed().vms.requests("POST", "cameras/1002/marks"));
        assertEquals(List.of(), bed().vms.requests("GET", "cameras/1002/streams"));
        assertEquals(List.of(), bed().vms.requests("POST", "cameras/1002/move"));
        assertNull(actions.getSnapshot(), "no snapshot (said at debug, like the channel's)");
        assertEquals(List.of(), bed().vms.requests("GET", "cameras/1002/preview"));
    }

    @Test
    void afterTheThingIsDisabledItsActionsAreFalseAndSendNothing() {
        bed().startOnline();
        VmsCameraActions actions = actions();
        VmsCameraHandler disposed = bed().cameraHandler();
        bed().disable(CAMERA_UID);
        assertNull(bed().components.thingActions("vms", CAMERA_UID.getAsString()), "unregistered with the handler");
        bed().vms.clearRequests();
        try (LogRecorder warnings = LogRecorder.warnings(VmsCameraActions.class)) {
            assertFalse(actions.setFavorite(true));
            assertFalse(actions.requestArchiveClip(NOON, NOON.plusMinutes(1)));
            assertFalse(actions.createMark("Gone", NOON, NOON.plusMinutes(1)));
            assertNull(actions.getStreamUrl("high", "hls"));
            assertFalse(actions.ptz(PTZ_UP));
            assertNull(actions.getSnapshot());
            assertEquals(6, warnings.lines().size(), () -> String.valueOf(warnings.lines()));
        }
        // a service that still holds the disposed handler (openHAB's dispose of the service not yet come) neither
        VmsCameraActions late = new VmsCameraActions();
        late.setThingHandler(disposed);
        assertFalse(late.setFavorite(true));
        assertFalse(late.requestArchiveClip(NOON, NOON.plusMinutes(1)));
        assertFalse(late.createMark("Gone", NOON, NOON.plusMinutes(1)));
        assertNull(late.getStreamUrl("high", "hls"));
        assertFalse(late.ptz(PTZ_UP));
        assertEquals(List.of(), bed().vms.requests());
    }

    // ---------------------------------------------------------------- static methods of DSL rules

    @Test
    void dslRulesCallTheStaticMethodsWithTheActionsTheyGot() {
        bed().vms.setPtz(1002, true, false);
        bed().startOnline();
        ThingActions actions = bed().cameraActions();
        assertTrue(VmsCameraActions.setFavorite(actions, true));
        assertTrue(bed().vms.isFavorite(1002));
        assertTrue(VmsCameraActions.requestArchiveClip(actions, NOON, NOON.plusMinutes(2)));
        assertEquals(1, bed().vms.archiveClips().size());
        assertTrue(VmsCameraActions.createMark(actions, "From DSL", NOON, NOON.plusMinutes(2)));
        assertEquals(1, bed().vms.marks().size());
        assertFalse(VmsCameraActions.requestArchiveClip(actions, NOON, NOON.plusHours(1)));
        String url = VmsCameraActions.getStreamUrl(actions, "low", "hls");
        assertNotNull(url);
        assertTrue(url.contains("/live/1002/low/index.m3u8?token=stream-"), url);
        assertTrue(VmsCameraActions.ptz(actions, PTZ_DOWN));
        assertEquals(List.of("1002:down"), bed().vms.ptzMoves());
    }

    @Test
    void theStaticMethodsRefuseOtherActionsWithoutThrowing() {
        bed().startOnline();
        bed().vms.clearRequests();
        try (LogRecorder warnings = LogRecorder.warnings(VmsCameraActions.class)) {
            assertFalse(VmsCameraActions.setFavorite(bed().intercomActions(), true));
            assertFalse(VmsCameraActions.createMark(null, "Nothing", NOON, NOON.plusMinutes(1)));
            assertNull(VmsCameraActions.getStreamUrl(bed().intercomActions(), "high", "hls"));
            assertFalse(VmsCameraActions.ptz(null, PTZ_UP));
            assertEquals(4, warnings.lines().size(), () -> String.valueOf(warnings.lines()));
        }
        assertEquals(List.of(), bed().vms.requests());
    }
}
