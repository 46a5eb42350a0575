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
package org.openhab.binding.vms.internal.fuzz;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.time.Duration;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.quality.Strictness;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConnection;
import org.openhab.binding.vms.internal.api.connection.VmsAccountStatus;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionStatistics;
import org.openhab.binding.vms.internal.api.event.VmsDecodeResult;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.handler.VmsIntercomHandler;
import org.openhab.binding.vms.internal.testlog.LogSecretScanner;
import org.openhab.binding.vms.internal.testsupport.SharedHttpClient;
import org.openhab.binding.vms.simulator.pusher.PusherFrames;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.binding.vms.simulator.vms.ExampleFrame;
import org.openhab.binding.vms.simulator.vms.RecordingPusherBackend;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.VmsExamples;
import org.openhab.core.test.java.JavaTest;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

import com.google.gson.JsonObject;

/**
 * Hostile frames, decoded, into the bridge handler as its connection would deliver them, with a camera and an
 * intercom Thing: whatever events the decoder makes of them (what it drops never reaches a handler), routing must neither throw nor log a warning (the handler's sign of a bug of ours), the bridge stays ONLINE, and a
 * valid message afterwards still reaches its Thing. The connection is a mock; its REST client is real, against the
 * simulated VMS, for the re-reads that list-changing messages start.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
@ExtendWith(UncaughtExceptionWatch.class)
class VmsHandlerFuzzTest extends JavaTest {

    static final int FRAMES = 25_000;
    private static final long SEED = 0xF022_4A4DL;
    private static final long TIMEOUT_MS = 20_000;
    private static final long CALL_ID = 876_543_210;

    private final VmsAccountConnection connection = mock(VmsAccountConnection.class,
            withSettings().stubOnly().strictness(Strictness.LENIENT));

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<SimulatedVms> sim = resources.opened(() -> new SimulatedVms(new RecordingPusherBackend()));
    private final Opened<HttpClient> httpClient = SharedHttpClient.opened(resources);

    @BeforeEach
    void start() throws Exception {
        SimulatedVms sim = this.sim.get();
        VmsRestClient rest = new VmsRestClient(httpClient.get(),
                VmsRestConfig.of(sim.baseUrl()).withTimeout(Duration.ofSeconds(5)));
        rest.setAccessToken(sim.issueToken());
        when(connection.rest()).thenReturn(rest);
        when(connection.getStatus()).thenReturn(VmsAccountStatus.ONLINE);
        when(connection.getStatistics()).thenReturn(new VmsConnectionStatistics(0, 0, 0, 0, 0));
    }

    @Test
    void hostileMessagesNeitherBreakRoutingNorTheBridge() {
        SimulatedVms sim = this.sim.get();
        FuzzBed bridge = new FuzzBed(
                Map.of("baseUrl", sim.baseUrl(), "login", SimulatedVms.DEFAULT_LOGIN, "password",
                        SimulatedVms.DEFAULT_PASSWORD),
                httpClient.get(), (config, client, store, scheduler, listener) -> connection);
        resources.add(bridge);
        bridge.start();
        VmsCameraHandler camera = bridge.camera(1001);
        VmsIntercomHandler door = bridge.intercom(301);
        bridge.account.statusChanged(VmsAccountStatus.ONLINE, null);
        bridge.account.resyncNeeded();
        waitForAssert(() -> assertNotNull(bridge.lastState(camera, CHANNEL_FAVORITE)), TIMEOUT_MS, 20);
        waitForAssert(() -> assertEquals(ThingStatus.ONLINE, bridge.status(door).getStatus()), TIMEOUT_MS, 20);
        int bridgeChanges = bridge.statusHistory(FuzzBed.BRIDGE_UID).size();
        long warningsBefore = LogSecretScanner.bindingWarnings();
        long updatesBefore = bridge.stateUpdates();
        long triggersBefore = bridge.triggers();

        HostileFrames frames = HostileFrames.anything(SEED);
        VmsEventDecoder decoder = new VmsEventDecoder();
        long start = System.nanoTime();
        for (int i = 0; i < FRAMES; i++) {
            VmsDecodeResult result = decoder.decodeFrame(frames.next());
            try {
                if (result instanceof VmsEvent event) {
                    bridge.account.event(event);
                }
            } catch (Throwable t) {
                throw new AssertionError("frame " + i + " of seed " + SEED + " escaped the handler", t);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        VmsEvent valid = assertInstanceOf(VmsEvent.class, decoder.decodeFrame(callFrame(CALL_ID)));
        bridge.account.event(valid);
        assertEquals(String.valueOf(CALL_ID), String.valueOf(bridge.lastState(door, CHANNEL_LAST_CALL_ID)));
        assertEquals(warningsBefore, LogSecretScanner.bindingWarnings(), "routing logged a warning: a bug");
        assertEquals(bridgeChanges, bridge.statusHistory(FuzzBed.BRIDGE_UID).size(),
                () -> "the bridge stayed ONLINE: " + bridge.statusHistory(FuzzBed.BRIDGE_UID));
        for (var child : new org.openhab.core.thing.binding.ThingHandler[] { camera, door }) {
            ThingStatusDetail detail = bridge.status(child).getStatusDetail();
            // deletions and detachments in the storm may take them away; nothing else may
            assertTrue(detail == ThingStatusDetail.NONE || detail == ThingStatusDetail.GONE,
                    () -> child.getThing().getUID() + ": " + bridge.status(child));
        }
        FuzzReport.write("handler", FRAMES, took,
                decoder.statistics() + ", state updates " + (bridge.stateUpdates() - updatesBefore) + ", triggers "
                        + (bridge.triggers() - triggersBefore) + ", mutations " + frames.counts());
    }

    private static String callFrame(long callId) {
        ExampleFrame example = VmsExamples.frame("notification.intercom.call.store");
        JsonObject data = example.dataObject();
        data.getAsJsonObject("intercom_call").addProperty("id", callId);
        data.addProperty("id", "fuzz-" + callId);
        return PusherFrames.event(example.channel(), example.event(), data.toString(), null, null);
    }
}
