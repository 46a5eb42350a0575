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

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.testlog.LogRecorder;
import org.openhab.binding.vms.simulator.vms.PublishedFrame;
import org.openhab.binding.vms.simulator.vms.RecordingPusherBackend;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.core.library.types.RawType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

import com.google.gson.JsonObject;

/**
 * The camera's {@code snapshot} and {@code last-event-image} channels against the simulated VMS: the preview's
 * one-frame MP4 is downloaded and decoded to a JPEG on REFRESH, at a detection (the frame at its time) and every
 * {@code snapshotInterval}; the detection picture is downloaded; nothing is fetched while no item is linked, one
 * snapshot at a time, a broken preview gives UNDEF and a debug line, nothing arrives after dispose().
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsCameraPicturesTest extends AccountTestBase {

    private static final String PREVIEW = "/api/v1/cameras/1001/preview";
    private static final String PREVIEW_FILE = "/storage/previews/1001.mp4";

    @Test
    void refreshTakesASnapshotOfTheLatestFrame() throws IOException {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);

        camera.handleCommand(channel(camera, CHANNEL_SNAPSHOT), RefreshType.REFRESH);

        BufferedImage image = jpeg(awaitPicture(camera, CHANNEL_SNAPSHOT));
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
        assertNear(0xFF0000, image.getRGB(480, 270), "the top-left quadrant is red");
        assertEquals(null, sim().requests("GET", PREVIEW).get(0).query(), "the latest frame: no date");
    }

    @Test
    void aDetectionBringsTheFrameAtItsTimeAndItsPicture() throws IOException {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);
        Instant at = Instant.parse("2026-12-04T10:15:30.250Z");

        sim().publishAnalyticDetection(1001, at);
        fixture().deliverFrame(lastFrame());

        RawType image = awaitPicture(camera, CHANNEL_LAST_EVENT_IMAGE);
        assertEquals("image/jpeg", image.getMimeType());
        assertArrayEquals(SimulatedVms.detectionPicture(), image.getBytes());
        awaitPicture(camera, CHANNEL_SNAPSHOT);
        assertEquals("date=2026-12-04T10%3A15%3A30.250000Z", sim().requests("GET", PREVIEW).get(0).query(),
                "the preview at the detection's time, in the server's UTC format");
    }

    @Test
    void aBrokenPreviewGivesUndefAndADebugLine() throws IOException {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);
        sim().setPreview(1001, fixture("preview-truncated.mp4"));

        try (LogRecorder log = LogRecorder.everything(CameraPictures.class.getName())) {
            camera.handleCommand(channel(camera, CHANNEL_SNAPSHOT), RefreshType.REFRESH);

            waitForAssert(() -> assertEquals(List.of(UnDefType.UNDEF), states(camera, CHANNEL_SNAPSHOT)));
            assertTrue(log.lines().stream().anyMatch(line -> line.startsWith("DEBUG Camera 1001: no snapshot, "
                    + "the preview is truncated")), log.lines().toString());
        }
    }

    @Test
    void aPreviewOverTheSizeLimitIsNotDownloaded() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);
        sim().setPreview(1001, new byte[CameraPictures.MAX_PREVIEW_BYTES + 1]);

        camera.handleCommand(channel(camera, CHANNEL_SNAPSHOT), RefreshType.REFRESH);

        waitForAssert(() -> assertEquals(List.of(UnDefType.UNDEF), states(camera, CHANNEL_SNAPSHOT)));
    }

    @Test
    void nothingIsFetchedWhileNoItemIsLinked() {
        onlineAndResynced();
        fixture().manager.linkChannels(uid -> false);
        VmsCameraHandler camera = fixture().camera(1001);

        camera.handleCommand(channel(camera, CHANNEL_SNAPSHOT), RefreshType.REFRESH);
        sim().publishAnalyticDetection(1001, Instant.now());
        fixture().deliverFrame(lastFrame());
        waitForAssert(() -> assertFalse(fixture().triggers(camera.getThing().getUID(), CHANNEL_ANALYTIC_EVENT)
                .isEmpty()));

        assertFalse(waitFor(() -> !sim().requests("GET", PREVIEW).isEmpty()
                || !sim().requests("GET", "/storage/analytics/crops/95001.jpg").isEmpty(), 500, 50),
                "no preview or picture read");
    }

    @Test
    void oneSnapshotAtATime() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);
        sim().delay("GET", PREVIEW_FILE, Duration.ofMillis(700));

        for (int i = 0; i < 3; i++) {
            camera.handleCommand(channel(camera, CHANNEL_SNAPSHOT), RefreshType.REFRESH);
        }

        awaitPicture(camera, CHANNEL_SNAPSHOT);
        assertEquals(1, sim().requests("GET", PREVIEW_FILE).size(), "the other two were skipped");
    }

    /**
     * A snapshot waits for its download and for a decode slot: it must not hold a thread of the scheduler all
     * bindings' Things share, but one of openHAB's pool {@code vms-pictures}.
     */
    @Test
    void aSnapshotRunsOnThePicturePoolNotOnTheSharedScheduler() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);
        // the job stays inside snapshot() meanwhile (shorter than the REST time-out, so the picture still comes)
        sim().delay("GET", PREVIEW_FILE, Duration.ofSeconds(2));

        camera.handleCommand(channel(camera, CHANNEL_SNAPSHOT), RefreshType.REFRESH);

        waitForAssert(() -> assertFalse(threadsTakingASnapshot().isEmpty(), "a snapshot is being taken"));
        assertEquals(List.of("OH-" + CameraPictures.POOL), threadsTakingASnapshot());
        awaitPicture(camera, CHANNEL_SNAPSHOT);
    }

    /** The pools (thread names without their number) of the threads inside {@code CameraPictures.snapshot} now. */
    private static List<String> threadsTakingASnapshot() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> Arrays.stream(thread.getValue())
                        .anyMatch(frame -> frame.getClassName().equals(CameraPictures.class.getName())
                                && frame.getMethodName().equals("snapshot")))
                .map(thread -> thread.getKey().getName().replaceFirst("-\\d+$", "")).toList();
    }

    @Test
    void theSnapshotIntervalTakesSnapshots() {
        onlineAndResynced();
        fixture().manager.linkChannels(uid -> CHANNEL_SNAPSHOT.equals(uid.getId()));
        VmsCameraHandler camera = fixture().cameraWith(1001, CONFIG_SNAPSHOT_INTERVAL, 1); // below the minimum: 5 s

        waitForAssert(() -> assertEquals(1, sim().requests("GET", PREVIEW_FILE).size()), 8_000, 100);
        assertFalse(waitFor(() -> sim().requests("GET", PREVIEW_FILE).size() > 1, 3_000, 100),
                "the next one 5 s later, not 1 s");
        assertInstanceOf(RawType.class, fixture().lastState(camera, CHANNEL_SNAPSHOT));
    }

    @Test
    void getSnapshotGivesTheJpegOrNull() throws IOException {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);

        byte[] jpeg = camera.getSnapshot();

        assertNotNull(jpeg);
        assertEquals(1920, jpeg(new RawType(jpeg, "image/jpeg")).getWidth());
        sim().setPreview(1001, fixture("preview-corrupt.mp4"));
        assertNull(camera.getSnapshot(), "a corrupt preview");
    }

    @Test
    void nothingArrivesAfterDispose() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);
        sim().delay("GET", PREVIEW_FILE, Duration.ofMillis(500));
        camera.handleCommand(channel(camera, CHANNEL_SNAPSHOT), RefreshType.REFRESH);
        waitForAssert(() -> assertEquals(1, sim().requests("GET", PREVIEW_FILE).size()));

        fixture().manager.forceRemove(camera.getThing().getUID());
        int from = fixture().log.size();

        assertFalse(waitFor(() -> fixture().log.subList(from, fixture().log.size()).stream()
                .anyMatch(entry -> entry.thing().equals(camera.getThing().getUID())), 1_500, 50),
                "the snapshot that arrived after dispose() was dropped");
    }

    // ---------------------------------------------------------------- helpers

    private RawType awaitPicture(VmsCameraHandler camera, String channelId) {
        waitForAssert(() -> assertInstanceOf(RawType.class, fixture().lastState(camera, channelId), channelId));
        return (RawType) fixture().lastState(camera, channelId);
    }

    private List<State> states(VmsCameraHandler camera, String channelId) {
        return fixture().states(camera, channelId);
    }

    /** The frame the simulated VMS last published, as the socket would deliver it. */
    private String lastFrame() {
        List<PublishedFrame> frames = ((RecordingPusherBackend) sim().backend()).frames();
        PublishedFrame frame = frames.get(frames.size() - 1);
        JsonObject json = new JsonObject();
        json.addProperty("event", frame.event());
        json.addProperty("channel", frame.channel());
        json.addProperty("data", frame.data());
        return json.toString();
    }

    private static BufferedImage jpeg(RawType picture) throws IOException {
        assertEquals("image/jpeg", picture.getMimeType());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.getBytes()));
        assertNotNull(image, "a JPEG ImageIO reads");
        return image;
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = VmsCameraPicturesTest.class.getResourceAsStream("/snapshot/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    private static void assertNear(int expected, int actual, String what) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xFF;
            int a = (actual >> shift) & 0xFF;
            assertTrue(Math.abs(e - a) <= 16, what + ": " + Integer.toHexString(actual & 0xFFFFFF));
        }
    }

    private static ChannelUID channel(VmsCameraHandler camera, String channelId) {
        return new ChannelUID(camera.getThing().getUID(), channelId);
    }
}
