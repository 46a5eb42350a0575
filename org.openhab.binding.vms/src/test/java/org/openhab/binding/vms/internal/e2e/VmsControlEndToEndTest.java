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
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;
import static org.openhab.binding.vms.internal.e2e.BindingOnSoketi.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.testsupport.OpenhabSide;
import org.openhab.binding.vms.internal.testsupport.VmsTestThings;
import org.openhab.binding.vms.simulator.http.RecordedRequest;
import org.openhab.binding.vms.simulator.soketi.SoketiExtension;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.binding.vms.simulator.vms.SimCall;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.test.java.JavaTest;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;

/**
 * Issue 9's live video and controls end to end, through the simulated VMS and a real soketi: the intercom's
 * {@code ringing}, {@code reject-call} and {@code enabled}, the camera's {@code ptz} channel (only on PTZ cameras) and
 * stream links refreshed before they expire, and the Thing properties.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsControlEndToEndTest extends JavaTest {

    @RegisterExtension
    static final SoketiExtension SOKETI = new SoketiExtension("vms-control", "vms-control-key",
            "vms-control-secret");

    private static final long TIMEOUT_MS = 20_000;
    private static final long POLL_MS = 50;

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<BindingOnSoketi> binding = resources.opened(() -> new BindingOnSoketi(SOKETI.server()));

    // ---------------------------------------------------------------- intercom

    @Test
    void aRingTurnsRingingOnAndACancelAtTheIntercomOrAnAnswerTurnsItOff() {
        BindingOnSoketi bed = startOnline();
        waitForAssert(() -> assertEquals(OnOffType.OFF, lastState(bed.intercom().getThing(), CHANNEL_RINGING)),
                TIMEOUT_MS, POLL_MS);

        SimCall first = bed.vms.ring(INTERCOM_ID);
        waitForAssert(() -> assertEquals(OnOffType.ON, lastState(bed.intercom().getThing(), CHANNEL_RINGING)),
                TIMEOUT_MS, POLL_MS);
        assertTrue(bed.intercom().isRinging());
        bed.vms.cancelCall(first.id());
        waitForAssert(() -> assertEquals(OnOffType.OFF, lastState(bed.intercom().getThing(), CHANNEL_RINGING)),
                TIMEOUT_MS, POLL_MS);
        waitForAssert(() -> assertEquals(List.of(CALL_CANCELED),
                openhab().triggers(bed.intercom(), CHANNEL_CALL_CANCELED)), TIMEOUT_MS, POLL_MS);

        SimCall second = bed.vms.ring(INTERCOM_ID);
        waitForAssert(() -> assertEquals(OnOffType.ON, lastState(bed.intercom().getThing(), CHANNEL_RINGING)),
                TIMEOUT_MS, POLL_MS);
        bed.vms.answerCall(second.id());
        waitForAssert(() -> assertEquals(OnOffType.OFF, lastState(bed.intercom().getThing(), CHANNEL_RINGING)),
                TIMEOUT_MS, POLL_MS);
        // the handler turns ringing OFF before it fires the call's trigger
        waitForAssert(() -> assertEquals(List.of("RING", "RING", "ANSWERED"),
                openhab().triggers(bed.intercom(), CHANNEL_CALL)), TIMEOUT_MS, POLL_MS);
    }

    @Test
    void ringingGoesOffAfterTheConfiguredTimeOut() {
        BindingOnSoketi bed = startOnline();
        ThingUID door = bed.intercom().getThing().getUID();
        bed.openhab.manager.updateConfiguration(door, Map.of(CONFIG_INTERCOM_ID, INTERCOM_ID, CONFIG_RING_TIMEOUT, 2));
        waitForStatus(door, ThingStatus.ONLINE);

        bed.vms.ring(INTERCOM_ID);
        waitForAssert(() -> assertEquals(OnOffType.ON, lastState(door, CHANNEL_RINGING)), TIMEOUT_MS, POLL_MS);
        long on = System.nanoTime();
        waitForAssert(() -> assertEquals(OnOffType.OFF, lastState(door, CHANNEL_RINGING)), TIMEOUT_MS, POLL_MS);
        assertTrue(Duration.ofNanos(System.nanoTime() - on).toMillis() >= 1_500, "not before the 2 s time-out");
    }

    @Test
    void rejectCallEndsTheRingingCallOnTheServer() {
        BindingOnSoketi bed = startOnline();
        ThingUID door = bed.intercom().getThing().getUID();

        // nothing rings: nothing is sent, the switch is OFF again
        bed.command(bed.intercom(), CHANNEL_REJECT_CALL, OnOffType.ON);
        waitForAssert(() -> assertEquals(OnOffType.OFF, lastState(door, CHANNEL_REJECT_CALL)), TIMEOUT_MS, POLL_MS);
        assertEquals(List.of(), cancelRequests(bed));

        SimCall call = bed.vms.ring(INTERCOM_ID);
        waitForAssert(() -> assertEquals(OnOffType.ON, lastState(door, CHANNEL_RINGING)), TIMEOUT_MS, POLL_MS);
        int rejectStates = openhab().states(door, CHANNEL_REJECT_CALL).size();
        bed.command(bed.intercom(), CHANNEL_REJECT_CALL, OnOffType.ON);
        waitForAssert(() -> assertEquals(List.of(call.id()), bed.vms.rejectedCalls()), TIMEOUT_MS, POLL_MS);
        SimCall ended = bed.vms.call(call.id());
        assertNotNull(ended);
        assertEquals("ended", ended.status());
        waitForAssert(() -> {
            assertEquals(OnOffType.OFF, lastState(door, CHANNEL_RINGING));
            assertEquals(rejectStates + 1, openhab().states(door, CHANNEL_REJECT_CALL).size());
            assertEquals(OnOffType.OFF, lastState(door, CHANNEL_REJECT_CALL));
            // the server's history entry of the ended call arrives too
            assertEquals(List.of("RING", "ENDED"), openhab().triggers(door, CHANNEL_CALL));
        }, TIMEOUT_MS, POLL_MS);
        assertEquals(1, cancelRequests(bed).size());
        assertFalse(bed.intercom().rejectCall(), "nothing rings any more: a rule action is refused");
        assertEquals(1, cancelRequests(bed).size());
    }

    @Test
    void enabledFollowsTheServerAndItsCommandsRoundTrip() {
        BindingOnSoketi bed = startOnline();
        ThingUID door = bed.intercom().getThing().getUID();
        waitForAssert(() -> assertEquals(OnOffType.ON, lastState(door, CHANNEL_ENABLED)), TIMEOUT_MS, POLL_MS);

        int before = openhab().states(door, CHANNEL_ENABLED).size();
        bed.command(bed.intercom(), CHANNEL_ENABLED, OnOffType.OFF);
        waitForAssert(() -> {
            assertEquals(1, bed.vms.requests("PATCH", "intercom/" + INTERCOM_ID).size());
            assertFalse(requireNonNull(bed.vms.intercom(INTERCOM_ID)).enabled());
            // one state from the PATCH's answer, one from the server's echo, in either order: both OFF. Only then
            // is the round trip over; a late answer would otherwise overwrite the app's change below.
            List<State> states = openhab().states(door, CHANNEL_ENABLED);
            assertEquals(List.of(OnOffType.OFF, OnOffType.OFF), states.subList(before, states.size()));
        }, TIMEOUT_MS, POLL_MS);
        assertEquals("{\"is_enabled\":false}", bed.vms.requests("PATCH", "intercom/" + INTERCOM_ID).get(0).body());

        // changed in an app: intercom.update
        bed.vms.setIntercomEnabled(INTERCOM_ID, true);
        waitForAssert(() -> assertEquals(OnOffType.ON, lastState(door, CHANNEL_ENABLED)), TIMEOUT_MS, POLL_MS);
    }

    // ---------------------------------------------------------------- camera

    @Test
    void onlyPtzCamerasHaveThePtzChannelAndItsCommandsReachTheServer() {
        BindingOnSoketi bed = bed();
        bed.vms.setPtz(CAMERA_ID, true, false);
        bed.start(bed.credentials());
        ThingUID other = new ThingUID(THING_TYPE_CAMERA, BRIDGE_UID, "cam1002");
        bed.openhab.add(VmsTestThings.camera(BRIDGE_UID, "cam1002", 1002));
        waitForStatus(BRIDGE_UID, ThingStatus.ONLINE);
        ThingUID ptzCamera = bed.camera().getThing().getUID();

        waitForAssert(() -> assertNotNull(thing(ptzCamera).getChannel(CHANNEL_PTZ)), TIMEOUT_MS, POLL_MS);
        waitForAssert(() -> assertEquals("false", thing(other).getProperties().get(PROPERTY_PTZ)), TIMEOUT_MS,
                POLL_MS);
        assertNull(thing(other).getChannel(CHANNEL_PTZ), "not a PTZ camera");
        assertEquals("true", thing(ptzCamera).getProperties().get(PROPERTY_PTZ));
        assertSame(bed.camera().getThing(), thing(ptzCamera), "the handler and openHAB hold the same Thing");
        // the channel comes with the camera list the bridge reads; the camera hears of its bridge's ONLINE from
        // openHAB's thread, which a busy machine may run later
        waitForAssert(() -> assertEquals(ThingStatus.ONLINE, thing(ptzCamera).getStatus(),
                "the update kept handler and status"), TIMEOUT_MS, POLL_MS);

        bed.command(bed.camera(), CHANNEL_PTZ, new StringType(PTZ_UP));
        bed.command(bed.camera(), CHANNEL_PTZ, new StringType(PTZ_ZOOM_OUT));
        bed.command(bed.camera(), CHANNEL_PTZ, new StringType(PTZ_HOME));
        waitForAssert(() -> assertEquals(List.of("1001:up", "1001:zoom-out", "1001:home"), bed.vms.ptzMoves()),
                TIMEOUT_MS, POLL_MS);
        assertFalse(openhab().handler(other, VmsCameraHandler.class).ptz(PTZ_UP), "refused without a request");
        assertEquals(3, bed.vms.ptzMoves().size());

        // the camera stops being PTZ: the next camera list takes the channel away
        bed.vms.setPtz(CAMERA_ID, false, true);
        waitForAssert(() -> assertNull(thing(ptzCamera).getChannel(CHANNEL_PTZ)), TIMEOUT_MS, POLL_MS);
        assertEquals(ThingStatus.ONLINE, thing(ptzCamera).getStatus());
    }

    @Test
    void streamLinksAreReadForLinkedChannelsAndRefreshedBeforeTheyExpire() {
        BindingOnSoketi bed = bed();
        bed.vms.setStreamLinkLifetime(Duration.ofSeconds(8));
        // only stream-hls has an item
        bed.openhab.manager.linkChannels(channel -> !CHANNEL_STREAM_RTSP.equals(channel.getId()));
        startOnline(bed);
        ThingUID camera = bed.camera().getThing().getUID();

        waitForAssert(() -> assertTrue(String.valueOf(lastState(camera, CHANNEL_STREAM_HLS))
                .startsWith(bed.vms.baseUrl() + "/live/1001/high/index.m3u8?token=stream-")), TIMEOUT_MS, POLL_MS);
        String first = String.valueOf(lastState(camera, CHANNEL_STREAM_HLS));
        // a fifth of the 8 s before the expiry: a new link about 6.4 s later
        waitForAssert(() -> assertNotEquals(first, String.valueOf(lastState(camera, CHANNEL_STREAM_HLS))),
                TIMEOUT_MS, POLL_MS);
        assertTrue(String.valueOf(lastState(camera, CHANNEL_STREAM_HLS)).contains("&expires="));
        assertEquals(List.of(), streamRequests(bed, "rtsp"), "no item, no read");

        // REFRESH reads at once; the rule action reads any quality and source
        int before = streamRequests(bed, "hls").size();
        bed.command(bed.camera(), CHANNEL_STREAM_HLS, RefreshType.REFRESH);
        waitForAssert(() -> assertTrue(streamRequests(bed, "hls").size() > before), TIMEOUT_MS, POLL_MS);
        String rtsp = bed.camera().streamUrl("low", "rtsp");
        assertNotNull(rtsp);
        assertTrue(rtsp.startsWith("rtsp://"), rtsp);
        assertTrue(rtsp.contains("/live/1001/low?token=stream-"), rtsp);
        assertNull(bed.camera().streamUrl("medium", null), "an unknown quality");

        // another stream quality configured: the linked channel gets the low stream's link
        bed.openhab.manager.updateConfiguration(camera,
                Map.of(CONFIG_CAMERA_ID, CAMERA_ID, CONFIG_STREAM_QUALITY, STREAM_QUALITY_LOW));
        waitForAssert(() -> assertTrue(String.valueOf(lastState(camera, CHANNEL_STREAM_HLS))
                .startsWith(bed.vms.baseUrl() + "/live/1001/low/index.m3u8?token=stream-")), TIMEOUT_MS, POLL_MS);
    }

    @Test
    void theThingsCarryPropertiesFromTheServerButNoSecret() {
        BindingOnSoketi bed = startOnline();
        waitForAssert(() -> {
            Map<String, String> account = thing(BRIDGE_UID).getProperties();
            assertEquals(SimulatedVms.DEFAULT_LOGIN, account.get(PROPERTY_USER_LOGIN));
            assertEquals("42", account.get(PROPERTY_USER_ID));
            assertEquals("127.0.0.1", account.get(PROPERTY_SOCKET_HOST));
            assertEquals(bed.vms.backend().appKey(), account.get(PROPERTY_APP_KEY));
            Map<String, String> door = thing(bed.intercom().getThing().getUID()).getProperties();
            assertEquals("1010", door.get(PROPERTY_CAMERA_ID));
            assertEquals("app, code, key", door.get(PROPERTY_DOOR_OPENING));
            Map<String, String> camera = thing(bed.camera().getThing().getUID()).getProperties();
            assertEquals("true", camera.get(PROPERTY_MOTION_DETECTION));
            assertEquals("false", camera.get(PROPERTY_PTZ));
        }, TIMEOUT_MS, POLL_MS);
        for (String token : bed.vms.validTokens()) {
            for (Thing thing : openhab().things()) {
                assertFalse(thing.getProperties().toString().contains(token), thing.getUID().toString());
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private BindingOnSoketi bed() {
        return binding.get();
    }

    private OpenhabSide openhab() {
        return bed().openhab;
    }

    private BindingOnSoketi startOnline() {
        BindingOnSoketi bed = bed();
        startOnline(bed);
        return bed;
    }

    private void startOnline(BindingOnSoketi bed) {
        bed.start(bed.credentials());
        waitForStatus(BRIDGE_UID, ThingStatus.ONLINE);
        waitForStatus(bed.camera().getThing().getUID(), ThingStatus.ONLINE);
        waitForStatus(bed.intercom().getThing().getUID(), ThingStatus.ONLINE);
    }

    private Thing thing(ThingUID uid) {
        return requireNonNull(openhab().manager.thing(uid));
    }

    private @Nullable State lastState(Thing thing, String channelId) {
        return lastState(thing.getUID(), channelId);
    }

    private @Nullable State lastState(ThingUID thing, String channelId) {
        return openhab().lastState(thing, channelId);
    }

    private List<RecordedRequest> cancelRequests(BindingOnSoketi bed) {
        return bed.vms.requests().stream().filter(r -> "POST".equals(r.method()) && r.path().endsWith("/cancel"))
                .toList();
    }

    private List<RecordedRequest> streamRequests(BindingOnSoketi bed, String source) {
        return bed.vms.requests("GET", "cameras/" + CAMERA_ID + "/streams").stream()
                .filter(r -> String.valueOf(r.query()).contains("source=" + source)).toList();
    }

    private void waitForStatus(ThingUID thing, ThingStatus status) {
        waitForAssert(() -> {
            assertEquals(status, openhab().status(thing).getStatus(), () -> thing + ": " + openhab().status(thing));
            assertEquals(ThingStatusDetail.NONE, openhab().status(thing).getStatusDetail());
        }, TIMEOUT_MS, POLL_MS);
    }

    private static <T> T requireNonNull(@Nullable T value) {
        assertNotNull(value);
        return value;
    }
}
