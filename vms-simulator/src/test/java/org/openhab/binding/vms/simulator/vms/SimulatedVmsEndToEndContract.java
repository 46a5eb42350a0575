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
package org.openhab.binding.vms.simulator.vms;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.simulator.pusher.RawPusherClient;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.core.test.java.JavaTest;

import com.google.gson.JsonObject;

/**
 * What every {@link PusherBackend} must make work end to end, the way the binding uses it: log in over REST, read
 * {@code wsurl}, open the socket, authorise both private channels at {@code broadcasting/auth}, subscribe, and
 * receive what the simulated backend publishes, byte for byte.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class SimulatedVmsEndToEndContract extends JavaTest {

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<SimulatedVms> vms = resources.opened(() -> new SimulatedVms(newBackend()));

    /** A fresh backend on a running server; closing it must not stop a server shared by the test class. */
    abstract PusherBackend newBackend() throws Exception;

    /** A logged-in session's token and its socket, subscribed to both channels. */
    private record Connected(String token, RawPusherClient socket) {
    }

    /** Logs in and subscribes to both channels. */
    private Connected connectAndSubscribe() throws Exception {
        SimulatedVms vms = this.vms.get();
        VmsTestClient rest = new VmsTestClient(vms);
        String token = rest.login();
        JsonObject wsurl = VmsTestClient.object(rest.get("wsurl", token));
        RawPusherClient socket = resources.add(RawPusherClient.connect(wsurl.get("ws_url").getAsString(),
                wsurl.get("app_key").getAsString()));
        waitForAssert(() -> assertNotNull(socket.socketId()));
        String socketId = socket.socketId();
        assertNotNull(socketId);
        for (String channel : List.of(vms.userChannel(), vms.tokenChannel())) {
            HttpResponse<String> auth = rest.postForm("broadcasting/auth", token,
                    "socket_id=" + socketId + "&channel_name=" + channel);
            assertEquals(200, auth.statusCode());
            socket.subscribe(channel, VmsTestClient.object(auth).get("auth").getAsString());
        }
        waitForAssert(() -> {
            assertEquals(1, socket.frames("pusher_internal:subscription_succeeded", vms.userChannel()).size());
            assertEquals(1, socket.frames("pusher_internal:subscription_succeeded", vms.tokenChannel()).size());
        });
        return new Connected(token, socket);
    }

    @Test
    void favouriteOverRestArrivesAsTheExampleFrame() throws Exception {
        Connected connected = connectAndSubscribe();

        assertEquals(200,
                new VmsTestClient(vms.get()).delete("cameras/1001/favorites", connected.token()).statusCode());

        ExampleFrame example = VmsExamples.frame("user-push.camera.destroy_favorite");
        waitForAssert(() -> assertEquals(1, connected.socket().frames(example.event(), example.channel()).size()));
        JsonObject frame = connected.socket().frames(example.event(), example.channel()).get(0);
        assertEquals(example.dataObject(), new PublishedFrame("", "", frame.get("data").getAsString()).dataJson());
    }

    @Test
    void logoutArrivesOnTheTokenChannelAndTheTokenIsDead() throws Exception {
        Connected connected = connectAndSubscribe();
        String token = connected.token();

        vms.get().logout(token);

        RawPusherClient socket = connected.socket();
        waitForAssert(() -> assertEquals(1, socket.frames(VmsWire.TOKEN_PUSH, vms.get().tokenChannel()).size()));
        assertEquals(401, new VmsTestClient(vms.get()).get("wsurl", token).statusCode());
    }

    @Test
    void replayedExamplesArriveInOrderUnchangedButForLocalPictureLinks() throws Exception {
        Connected connected = connectAndSubscribe();

        vms.get().replayAllExamples();

        waitForAssert(() -> assertEquals(39, connected.socket().applicationFrames().size()));
        List<JsonObject> expected = new ArrayList<>();
        for (String name : VmsExamples.APPLICATION_FRAMES) {
            ExampleFrame example = VmsExamples.frame(name);
            JsonObject frame = new JsonObject();
            frame.addProperty("event", example.event());
            frame.addProperty("channel", example.channel());
            // detection pictures are served by the simulator itself, never fetched from example.com
            String data = vms.get().exampleData(name);
            assertFalse(data.contains("https://example.com/s3/analytics/"), name);
            frame.addProperty("data", data);
            expected.add(frame);
        }
        List<JsonObject> received = new ArrayList<>();
        for (JsonObject frame : connected.socket().applicationFrames()) {
            // servers may add keys of their own (push1st's #msg-*); compare the three the protocol defines
            JsonObject core = new JsonObject();
            core.add("event", frame.get("event"));
            core.add("channel", frame.get("channel"));
            core.add("data", frame.get("data"));
            received.add(core);
        }
        assertEquals(expected, received);
    }
}
