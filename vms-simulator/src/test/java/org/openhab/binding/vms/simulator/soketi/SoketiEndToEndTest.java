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
package org.openhab.binding.vms.simulator.soketi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.vms.simulator.pusher.PusherSignatures;
import org.openhab.binding.vms.simulator.pusher.RawPusherClient;
import org.openhab.core.test.java.JavaTest;

import com.google.gson.JsonObject;

/**
 * The whole chain against a real soketi: websocket connect, private-channel auth, publish through the signed HTTP
 * API, delivery of the exact frame, refusal of a bad signature, and the server going away and coming back on the
 * same port.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class SoketiEndToEndTest extends JavaTest {

    @RegisterExtension
    static final SoketiExtension SOKETI = new SoketiExtension("1001", "vms-app-key", "vms-e2e-secret");

    private final List<RawPusherClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() throws InterruptedException {
        for (RawPusherClient client : clients) {
            client.closeBlocking();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "user-push.camera.store_favorite.json", "token-push.archive_generated.json" })
    void publishedExampleArrivesWithExactEventChannelAndData(String exampleFile) throws Exception {
        JsonObject example = Examples.json(exampleFile);
        String event = example.get("event").getAsString();
        String channel = example.get("channel").getAsString();
        String data = example.get("data").getAsString();
        assertTrue(event.contains("\\"), "the examples' Laravel event names contain backslashes: " + event);

        RawPusherClient client = subscribedClient(channel);
        PusherHttpPublisher.forServer(server()).publish(channel, event, data);

        waitForAssert(() -> assertEquals(1, client.frames(event, channel).size()));
        JsonObject frame = client.frames(event, channel).get(0);
        assertEquals(event, frame.get("event").getAsString());
        assertEquals(channel, frame.get("channel").getAsString());
        assertEquals(data, frame.get("data").getAsString(), "data must arrive as the very string published");
    }

    @Test
    void subscribeWithWrongSignatureIsRefusedAndReceivesNothing() throws Exception {
        String channel = "private-user.42";
        RawPusherClient client = connectedClient();
        String socketId = socketIdOf(client);
        client.subscribe(channel, PusherSignatures.auth(server().appKey(), "not-the-secret", socketId, channel));

        waitForAssert(() -> assertNotNull(client.firstFrame("pusher:subscription_error", channel)));
        JsonObject error = client.firstFrame("pusher:subscription_error", channel);
        assertEquals(401, error.getAsJsonObject("data").get("status").getAsInt());
        assertEquals(List.of(), client.frames("pusher_internal:subscription_succeeded", channel));

        // events are delivered in publish order: once the marker on a good channel is in, the refused one would be too
        String goodChannel = "private-user.43";
        client.subscribe(goodChannel, auth(socketId, goodChannel));
        waitForAssert(() -> assertNotNull(client.firstFrame("pusher_internal:subscription_succeeded", goodChannel)));
        PusherHttpPublisher publisher = PusherHttpPublisher.forServer(server());
        publisher.publish(channel, "App\\Events\\UserPush", "{\"secret\":true}");
        publisher.publish(goodChannel, "marker", "{}");
        waitForAssert(() -> assertNotNull(client.firstFrame("marker", goodChannel)));
        assertEquals(List.of(), client.frames("App\\Events\\UserPush", channel));
    }

    @Test
    void aBatchArrivesInOrderAndMoreThanTheLimitIsRefusedBeforeSending() throws Exception {
        String channel = "private-user.42";
        RawPusherClient client = subscribedClient(channel);
        List<PusherHttpPublisher.Event> batch = new ArrayList<>();
        for (int i = 0; i < PusherHttpPublisher.MAX_BATCH_SIZE; i++) {
            batch.add(new PusherHttpPublisher.Event(channel, "App\\Events\\UserPush", "{\"n\":" + i + "}"));
        }
        PusherHttpPublisher publisher = PusherHttpPublisher.forServer(server());
        publisher.publishBatch(batch);

        waitForAssert(() -> assertEquals(10, client.frames("App\\Events\\UserPush", channel).size()));
        List<String> data = client.frames("App\\Events\\UserPush", channel).stream()
                .map(frame -> frame.get("data").getAsString()).toList();
        assertEquals(batch.stream().map(PusherHttpPublisher.Event::data).toList(), data);
        List<PusherHttpPublisher.Event> tooMany = new ArrayList<>(batch);
        tooMany.add(batch.get(0));
        assertThrows(IllegalArgumentException.class, () -> publisher.publishBatch(tooMany));
    }

    @Test
    void publishSignedWithWrongSecretIsRejected() {
        SoketiServer server = server();
        PusherHttpPublisher publisher = new PusherHttpPublisher(server.httpBaseUrl(), server.appId(),
                server.appKey(), "not-the-secret");
        PusherPublishException e = assertThrows(PusherPublishException.class,
                () -> publisher.publish("private-user.42", "App\\Events\\UserPush", "{}"));
        assertEquals(401, e.statusCode());
    }

    @Test
    void restartClosesClientsWith4200AndServesAgainOnTheSamePort() throws Exception {
        SoketiServer server = server();
        int port = server.port();
        RawPusherClient before = subscribedClient("private-user.42");
        String oldSocketId = socketIdOf(before);

        server.restart();

        assertEquals(port, server.port());
        waitForAssert(() -> assertEquals(4200, before.closeCode()));
        JsonObject goodbye = before.firstFrame("pusher:error", null);
        assertNotNull(goodbye, "soketi announces a graceful stop with pusher:error 4200");
        assertEquals(4200, goodbye.getAsJsonObject("data").get("code").getAsInt());
        assertDeliveryWorks(oldSocketId);
    }

    @Test
    void killDropsClientsWithoutCloseFrameAndStartServesAgainOnTheSamePort() throws Exception {
        SoketiServer server = server();
        int port = server.port();
        RawPusherClient before = subscribedClient("private-user.42");
        String oldSocketId = socketIdOf(before);

        server.kill();

        waitForAssert(() -> assertEquals(1006, before.closeCode(), "abnormal closure: no close frame"));
        assertEquals(List.of(), before.frames("pusher:error", null));
        server.start();
        assertEquals(port, server.port());
        assertDeliveryWorks(oldSocketId);
    }

    private void assertDeliveryWorks(String oldSocketId) throws Exception {
        String channel = "private-user.42";
        RawPusherClient after = subscribedClient(channel);
        assertNotEquals(oldSocketId, socketIdOf(after), "a new connection gets a new socket id");
        PusherHttpPublisher.forServer(server()).publish(channel, "App\\Events\\UserPush", "{\"n\":1}");
        waitForAssert(() -> assertEquals(1, after.frames("App\\Events\\UserPush", channel).size()));
    }

    private RawPusherClient subscribedClient(String channel) throws Exception {
        RawPusherClient client = connectedClient();
        client.subscribe(channel, auth(socketIdOf(client), channel));
        waitForAssert(() -> assertNotNull(client.firstFrame("pusher_internal:subscription_succeeded", channel)));
        return client;
    }

    private RawPusherClient connectedClient() throws InterruptedException {
        RawPusherClient client = RawPusherClient.connect(server().websocketUrl());
        clients.add(client);
        waitForAssert(() -> assertNotNull(client.socketId(), "pusher:connection_established"));
        return client;
    }

    private static String socketIdOf(RawPusherClient client) {
        String socketId = client.socketId();
        assertNotNull(socketId);
        return socketId;
    }

    private static String auth(String socketId, String channel) {
        return PusherSignatures.auth(server().appKey(), server().appSecret(), socketId, channel);
    }

    private static SoketiServer server() {
        return SOKETI.server();
    }

}
