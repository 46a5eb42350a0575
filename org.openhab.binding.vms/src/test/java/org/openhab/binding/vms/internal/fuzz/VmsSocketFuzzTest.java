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
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConnection;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionPolicy;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionStatistics;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.handler.VmsIntercomHandler;
import org.openhab.binding.vms.internal.testlog.LogSecretScanner;
import org.openhab.binding.vms.internal.testsupport.SharedHttpClient;
import org.openhab.binding.vms.simulator.pusher.LoopbackPusherServer;
import org.openhab.binding.vms.simulator.pusher.PusherFrames;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.binding.vms.simulator.vms.ExampleFrame;
import org.openhab.binding.vms.simulator.vms.LoopbackPusherBackend;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.VmsExamples;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.test.java.JavaTest;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.RefreshType;

import com.google.gson.JsonObject;

/**
 * Hostile frames on the live socket: the simulated VMS's Pusher server sends them over a real WebSocket to the
 * bridge handler's real {@link VmsAccountConnection}, with a camera and an intercom Thing attached. Every frame must
 * be accounted for (delivered to the handler, suppressed as a duplicate, or counted as dropped), the count must reach
 * the {@code dropped-messages} channel, the bridge must stay ONLINE on the same socket, no thread may die, and a
 * valid message after the storm must still arrive.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
@ExtendWith(UncaughtExceptionWatch.class)
class VmsSocketFuzzTest extends JavaTest {

    static final int FRAMES = 45_000;
    private static final int BATCH = 250;
    private static final long SEED = 0xF022_50CCL;
    private static final long TIMEOUT_MS = 30_000;
    private static final long CALL_ID = 987_654_321;

    private final AtomicReference<@Nullable VmsAccountConnection> connection = new AtomicReference<>();
    private final AtomicLong delivered = new AtomicLong();

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<SimulatedVms> sim = resources.opened(SimulatedVms::withLoopbackPusher);
    private final Opened<HttpClient> httpClient = SharedHttpClient.opened(resources);

    @Test
    void aStormOfHostileFramesIsCountedAndTheBridgeStaysOnline() {
        FuzzBed bridge = onlineBridgeWithChildren();
        VmsIntercomHandler door = bridge.intercom(301);
        waitForStatus(bridge, door, ThingStatus.ONLINE);
        VmsAccountConnection live = connection();
        int bridgeChanges = bridge.statusHistory(FuzzBed.BRIDGE_UID).size();
        VmsConnectionStatistics before = live.getStatistics();
        long deliveredBefore = delivered.get();
        long warningsBefore = LogSecretScanner.bindingWarnings();

        HostileFrames frames = HostileFrames.forSocket(SEED);
        LoopbackPusherServer server = pusherServer();
        long start = System.nanoTime();
        int sent = 0;
        while (sent < FRAMES) {
            for (int i = 0; i < BATCH; i++) {
                assertEquals(1, server.sendRawToAll(frames.next()), "the socket is still open at frame " + sent);
                sent++;
            }
            // every frame is delivered, suppressed as a duplicate, or counted as dropped: nothing vanishes
            long expected = sent;
            waitForAssert(() -> assertEquals(expected, accounted(live, before, deliveredBefore),
                    () -> "frames " + (expected - BATCH) + " to " + expected + " of seed " + SEED + ": "
                            + live.getStatistics() + ", delivered " + (delivered.get() - deliveredBefore)),
                    TIMEOUT_MS, 5);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        publishCall(CALL_ID);
        waitForAssert(() -> assertEquals(String.valueOf(CALL_ID),
                String.valueOf(bridge.lastState(door, CHANNEL_LAST_CALL_ID))), TIMEOUT_MS, 20);

        VmsConnectionStatistics after = live.getStatistics();
        long dropped = after.messagesDropped() - before.messagesDropped();
        // the valid message after the storm refreshed the channel; nothing was dropped since
        assertEquals(new DecimalType(after.messagesDropped()),
                bridge.lastState(FuzzBed.BRIDGE_UID, CHANNEL_DROPPED_MESSAGES));
        // and a REFRESH of the channel shows the same
        bridge.account.handleCommand(new ChannelUID(FuzzBed.BRIDGE_UID, CHANNEL_DROPPED_MESSAGES),
                RefreshType.REFRESH);
        assertEquals(new DecimalType(after.messagesDropped()),
                bridge.lastState(FuzzBed.BRIDGE_UID, CHANNEL_DROPPED_MESSAGES));
        assertTrue(dropped > FRAMES / 4, "most hostile frames are dropped: " + after);
        assertTrue(delivered.get() - deliveredBefore > FRAMES / 20, "some survive their mutation: " + after);
        assertEquals(bridgeChanges, bridge.statusHistory(FuzzBed.BRIDGE_UID).size(),
                () -> "the bridge stayed ONLINE: " + bridge.statusHistory(FuzzBed.BRIDGE_UID));
        assertEquals(ThingStatus.ONLINE, bridge.bridgeStatus().getStatus());
        assertEquals(0, after.reconnects(), "the storm ran on one socket");
        String prefix = "OH-binding-" + FuzzBed.BRIDGE_UID.getAsString();
        Set<String> threads = liveThreadNames();
        for (String name : List.of(prefix + "-listener", prefix + "-socket-events", prefix + "-socket-read-1")) {
            assertTrue(threads.contains(name), () -> name + " is alive: " + threads);
        }
        assertEquals(warningsBefore, LogSecretScanner.bindingWarnings(), "the binding logged a warning");
        FuzzReport.write("socket", FRAMES, took,
                "dropped " + dropped + ", delivered " + (delivered.get() - deliveredBefore - 1)
                        + ", duplicates suppressed " + (after.duplicatesSuppressed() - before.duplicatesSuppressed())
                        + ", dropped-messages channel " + after.messagesDropped() + ", mutations " + frames.counts());
    }

    @Test
    void invalidUtf8OnTheWireFailsOnlyThatSocketAndTheBridgeComesBack() {
        FuzzBed bridge = onlineBridgeWithChildren();
        VmsIntercomHandler door = bridge.intercom(301);
        waitForStatus(bridge, door, ThingStatus.ONLINE);
        VmsAccountConnection live = connection();
        long warningsBefore = LogSecretScanner.bindingWarnings();
        String prefix = "OH-binding-" + FuzzBed.BRIDGE_UID.getAsString() + "-socket-read-";
        // a frame like the examples, with invalid UTF-8 in the camera name: a lone continuation byte, a truncated
        // sequence, an overlong '/', an encoded surrogate, a byte that never occurs in UTF-8
        byte[][] invalid = { { (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 }, { (byte) 0xC0, (byte) 0xAF },
                { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xFF } };
        for (int i = 0; i < invalid.length; i++) {
            assertEquals(1, pusherServer().sendRawBytesToAll(frameWithNameBytes(invalid[i])));
            int reconnects = i + 1;
            // RFC 6455 makes the client fail that connection (close code 1007); the connection opens a new one
            waitForAssert(() -> assertEquals(reconnects, live.getStatistics().reconnects()), TIMEOUT_MS, 20);
            waitForStatus(bridge, door, ThingStatus.ONLINE);
            // each connection has a socket client of its own, whose threads are numbered from 1 again: the
            // failed socket's read thread has ended when only one is left
            waitForAssert(() -> assertEquals(1, liveThreadNames().stream().filter(n -> n.startsWith(prefix)).count(),
                    () -> "one socket read thread: " + liveThreadNames()), TIMEOUT_MS, 20);
        }
        publishCall(CALL_ID);
        waitForAssert(() -> assertEquals(String.valueOf(CALL_ID),
                String.valueOf(bridge.lastState(door, CHANNEL_LAST_CALL_ID))), TIMEOUT_MS, 20);
        assertEquals(ThingStatus.ONLINE, bridge.bridgeStatus().getStatus());
        assertEquals(warningsBefore, LogSecretScanner.bindingWarnings(), "the binding logged a warning");
    }

    /** The favourite example with the camera name replaced by {@code nameBytes}, as the bytes of one text frame. */
    private static byte[] frameWithNameBytes(byte[] nameBytes) {
        ExampleFrame example = VmsExamples.frame("user-push.camera.store_favorite");
        String frame = PusherFrames.event(example.channel(), example.event(),
                example.data().replace("Front Door", "@@NAME@@"), null, null);
        byte[] text = frame.getBytes(StandardCharsets.UTF_8);
        int at = frame.indexOf("@@NAME@@"); // ASCII before it: character index = byte index
        byte[] result = new byte[text.length - 8 + nameBytes.length];
        System.arraycopy(text, 0, result, 0, at);
        System.arraycopy(nameBytes, 0, result, at, nameBytes.length);
        System.arraycopy(text, at + 8, result, at + nameBytes.length, text.length - at - 8);
        return result;
    }

    // ---------------------------------------------------------------- helpers

    private FuzzBed onlineBridgeWithChildren() {
        SimulatedVms sim = this.sim.get();
        Map<String, Object> config = Map.of("baseUrl", sim.baseUrl(), "login", SimulatedVms.DEFAULT_LOGIN,
                "password", SimulatedVms.DEFAULT_PASSWORD);
        VmsConnectionPolicy policy = VmsConnectionPolicy.defaults()
                .withBackoff(Duration.ofMillis(200), Duration.ofMillis(10)).withConnectTimeout(Duration.ofSeconds(10));
        HttpClient http = httpClient.get();
        FuzzBed bridge = new FuzzBed(config, http, (accountConfig, client, store, scheduler, listener) -> {
            VmsAccountConnection created = new VmsAccountConnection(accountConfig, http, store, scheduler,
                    new CountingListener(listener, delivered), policy);
            connection.set(created);
            return created;
        });
        resources.add(bridge);
        bridge.start();
        VmsCameraHandler camera = bridge.camera(1001);
        waitForStatus(bridge, camera, ThingStatus.ONLINE);
        // the account's lists were read: the favourite comes from them
        waitForAssert(() -> assertNotNull(bridge.lastState(camera, CHANNEL_FAVORITE)), TIMEOUT_MS, 20);
        return bridge;
    }

    private void publishCall(long callId) {
        ExampleFrame example = VmsExamples.frame("notification.intercom.call.store");
        JsonObject data = example.dataObject();
        data.getAsJsonObject("intercom_call").addProperty("id", callId);
        data.addProperty("id", "fuzz-" + callId);
        assertEquals(1, pusherServer().publish(example.channel(), example.event(), data.toString()));
    }

    /** Frames since {@code before} that were delivered to the handler, suppressed as duplicates or dropped. */
    private long accounted(VmsAccountConnection live, VmsConnectionStatistics before, long deliveredBefore) {
        VmsConnectionStatistics now = live.getStatistics();
        return now.messagesDropped() - before.messagesDropped() + now.duplicatesSuppressed()
                - before.duplicatesSuppressed() + delivered.get() - deliveredBefore;
    }

    private static Set<String> liveThreadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .collect(Collectors.toSet());
    }

    private void waitForStatus(FuzzBed bridge, ThingHandler handler, ThingStatus status) {
        waitForAssert(() -> {
            ThingStatusInfo info = bridge.status(handler);
            assertEquals(status, info.getStatus(), info::toString);
            if (status == ThingStatus.ONLINE) {
                assertEquals(ThingStatusDetail.NONE, info.getStatusDetail(), info::toString);
            }
        }, TIMEOUT_MS, 20);
    }

    private LoopbackPusherServer pusherServer() {
        return ((LoopbackPusherBackend) sim.get().backend()).server();
    }

    private VmsAccountConnection connection() {
        VmsAccountConnection live = connection.get();
        assertNotNull(live);
        return live;
    }
}
