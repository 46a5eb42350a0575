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
package org.openhab.binding.vms.simulator.pusher;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.simulator.pusher.PusherServerSettings.SubscriptionFailure;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.core.test.java.JavaTest;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The simulated Pusher server, driven frame by frame with a bare WebSocket client.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class LoopbackPusherServerTest extends JavaTest {

    private static final String KEY = "vms-app-key";
    private static final String SECRET = "example-secret";
    private static final String USER_CHANNEL = "private-user.42";

    @RegisterExtension
    final TestResources resources = new TestResources();

    private LoopbackPusherServer start(PusherServerSettings settings) throws IOException {
        return resources.add(new LoopbackPusherServer(settings));
    }

    private RawPusherClient connect(String url) throws InterruptedException {
        RawPusherClient s = resources.add(new RawPusherClient(url));
        assertTrue(s.open(), "handshake refused for " + url);
        return s;
    }

    /** Connects to {@code /pusher/app/KEY} and returns the socket id from connection_established. */
    private String connectAndGreet(LoopbackPusherServer srv, RawPusherClient[] out) throws InterruptedException {
        RawPusherClient s = connect(srv.wsUrl() + "/app/" + KEY + "?protocol=7&client=test&version=1");
        out[0] = s;
        JsonObject greeting = s.nextFrame();
        assertEquals("pusher:connection_established", greeting.get("event").getAsString());
        return JsonParser.parseString(greeting.get("data").getAsString()).getAsJsonObject().get("socket_id")
                .getAsString();
    }

    @Test
    void greetsLikePush1stWithDataAsStringAndActivityTimeoutAsString() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.push1st(KEY, SECRET));
        RawPusherClient s = connect(srv.wsUrl() + "/app/" + KEY + "?protocol=7&client=openhab-vms&version=1.0.0");

        JsonObject greeting = s.nextFrame();
        assertEquals("pusher:connection_established", greeting.get("event").getAsString());
        assertTrue(greeting.get("data").getAsJsonPrimitive().isString(), "data must be a JSON string");
        JsonObject data = JsonParser.parseString(greeting.get("data").getAsString()).getAsJsonObject();
        assertTrue(data.get("socket_id").getAsString().matches("\\d+\\.\\d+"));
        assertTrue(data.get("activity_timeout").getAsJsonPrimitive().isString());
        assertEquals("40", data.get("activity_timeout").getAsString());

        PusherServerConnection c = srv.connections().get(0);
        assertEquals("/pusher", c.pathPrefix());
        assertEquals(KEY, c.appKey());
        assertEquals("protocol=7&client=openhab-vms&version=1.0.0", c.query());
        assertEquals(data.get("socket_id").getAsString(), c.socketId());
        assertEquals(1, srv.connectionCount());
    }

    @Test
    void greetsLikeHostedPusherWithActivityTimeoutAsNumber() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.hostedPusher(KEY, SECRET));
        RawPusherClient s = connect(srv.wsUrl("") + "/app/" + KEY);

        JsonObject data = JsonParser.parseString(s.nextFrame().get("data").getAsString()).getAsJsonObject();
        assertTrue(data.get("activity_timeout").getAsJsonPrimitive().isNumber());
        assertEquals(120, data.get("activity_timeout").getAsInt());
        assertEquals("", srv.connections().get(0).pathPrefix());
        assertNull(srv.connections().get(0).query());
    }

    @Test
    void acceptsLongerPrefixes() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.push1st(KEY, SECRET));
        RawPusherClient s = connect(srv.wsUrl("/a/b/pusher") + "/app/" + KEY);

        assertEquals("pusher:connection_established", s.nextFrame().get("event").getAsString());
        assertEquals("/a/b/pusher", srv.connections().get(0).pathPrefix());
    }

    @Test
    void refusesAWrongAppKeyWithError4001AndClose4001() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.push1st(KEY, SECRET));
        RawPusherClient s = new RawPusherClient(srv.wsUrl() + "/app/wrong-key");
        resources.add(s);
        // the server closes right after the handshake, so whether connectBlocking still sees it open is a race
        s.open();

        JsonObject error = s.nextFrame();
        assertEquals("pusher:error", error.get("event").getAsString());
        assertEquals(4001, error.getAsJsonObject("data").get("code").getAsInt());
        waitForAssert(() -> assertEquals(4001, s.closeCode()));
        waitForAssert(() -> assertEquals(0, srv.connectionCount()));
    }

    @Test
    void refusesTheHandshakeForAPathWithoutApp() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.push1st(KEY, SECRET));
        RawPusherClient s = new RawPusherClient(srv.wsUrl() + "/" + KEY);
        resources.add(s);

        assertFalse(s.open());
        assertEquals(0, srv.allConnections().size());
    }

    @Test
    void subscribesAPrivateChannelWithAValidSignature() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.push1st(KEY, SECRET));
        RawPusherClient[] holder = new RawPusherClient[1];
        String socketId = connectAndGreet(srv, holder);
        RawPusherClient s = holder[0];

        s.subscribe(USER_CHANNEL, PusherSignatures.auth(KEY, SECRET, socketId, USER_CHANNEL));

        JsonObject answer = s.nextFrame();
        assertEquals("pusher_internal:subscription_succeeded", answer.get("event").getAsString());
        assertEquals(USER_CHANNEL, answer.get("channel").getAsString());
        assertFalse(answer.has("data"), "push1st sends no data for private channels");
        assertEquals(Map.of(socketId, Set.of(USER_CHANNEL)), srv.subscriptions());
    }

    @Test
    void push1stClosesTheSocketOnABadSignature() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.push1st(KEY, SECRET));
        RawPusherClient[] holder = new RawPusherClient[1];
        String socketId = connectAndGreet(srv, holder);
        RawPusherClient s = holder[0];

        s.subscribe(USER_CHANNEL, PusherSignatures.auth(KEY, "wrong-secret", socketId, USER_CHANNEL));

        waitForAssert(() -> assertEquals(PusherServerSettings.PROTOCOL_ERROR, s.closeCode()));
        assertEquals(0, s.unreadFrames());
    }

    @Test
    void hostedModeAnswersABadSignatureWithSubscriptionError() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.hostedPusher(KEY, SECRET));
        RawPusherClient[] holder = new RawPusherClient[1];
        connectAndGreet(srv, holder);
        RawPusherClient s = holder[0];

        s.subscribe(USER_CHANNEL, null);

        JsonObject answer = s.nextFrame();
        assertEquals("pusher:subscription_error", answer.get("event").getAsString());
        assertEquals(USER_CHANNEL, answer.get("channel").getAsString());
        assertTrue(s.isOpen());
        assertEquals(Set.of(), srv.connections().get(0).subscribedChannels());
    }

    @Test
    void configurableCloseCodeForRefusedSubscriptions() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.hostedPusher(KEY, SECRET)
                .withSubscriptionFailure(SubscriptionFailure.CLOSE_SOCKET).withSubscriptionFailureCloseCode(4009));
        RawPusherClient[] holder = new RawPusherClient[1];
        connectAndGreet(srv, holder);
        RawPusherClient s = holder[0];

        s.subscribe(USER_CHANNEL, "vms-app-key:00");

        waitForAssert(() -> assertEquals(4009, s.closeCode()));
    }

    @Test
    void answersPingWithPongWithoutData() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.push1st(KEY, SECRET));
        RawPusherClient[] holder = new RawPusherClient[1];
        connectAndGreet(srv, holder);
        RawPusherClient s = holder[0];

        s.send("{\"event\":\"pusher:ping\"}");
        JsonObject pong = s.nextFrame();
        s.send("{\"event\":\"pusher:ping\",\"data\":{}}");
        JsonObject secondPong = s.nextFrame();

        assertEquals("{\"event\":\"pusher:pong\"}", pong.toString());
        assertEquals(pong, secondPong);
        waitForAssert(() -> assertEquals(2, srv.receivedFrames().size()));
        assertEquals("{\"event\":\"pusher:ping\"}", srv.receivedFrames().get(0).text());
    }

    @Test
    void publishesOnlyToSubscribersWithDataAsStringAndPush1stKeys() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.push1st(KEY, SECRET));
        RawPusherClient[] holder = new RawPusherClient[1];
        String socketId = connectAndGreet(srv, holder);
        RawPusherClient s = holder[0];
        assertEquals(0, srv.publish(USER_CHANNEL, "App\\Events\\UserPush", "{}"));
        s.subscribe(USER_CHANNEL, PusherSignatures.auth(KEY, SECRET, socketId, USER_CHANNEL));
        s.nextFrame();

        String inner = "{\"data\":{\"type\":\"groups_updated\"},\"subject\":null,\"message\":null}";
        assertEquals(1, srv.publish(USER_CHANNEL, "App\\Events\\UserPush", inner));

        JsonObject frame = s.nextFrame();
        assertEquals("App\\Events\\UserPush", frame.get("event").getAsString());
        assertEquals(USER_CHANNEL, frame.get("channel").getAsString());
        assertEquals(inner, frame.get("data").getAsString());
        assertTrue(frame.get("#msg-time").getAsJsonPrimitive().isNumber());
        assertTrue(frame.has("#msg-id"));
    }

    @Test
    void hostedModeAddsNoExtraKeys() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.hostedPusher(KEY, SECRET));
        RawPusherClient[] holder = new RawPusherClient[1];
        String socketId = connectAndGreet(srv, holder);
        RawPusherClient s = holder[0];
        s.subscribe(USER_CHANNEL, PusherSignatures.auth(KEY, SECRET, socketId, USER_CHANNEL));
        s.nextFrame();

        srv.publish(USER_CHANNEL, "App\\Events\\UserPush", "{}");

        assertEquals(Set.of("event", "channel", "data"), s.nextFrame().keySet());
    }

    @Test
    void sendsErrorsWithDataAsObjectOrString() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.push1st(KEY, SECRET));
        RawPusherClient[] holder = new RawPusherClient[1];
        connectAndGreet(srv, holder);
        RawPusherClient s = holder[0];

        srv.sendErrorToAll(4009, "Connection is unauthorized", false);
        srv.sendErrorToAll(4201, "Pong reply not received", true);

        JsonObject asObject = s.nextFrame();
        assertEquals(4009, asObject.getAsJsonObject("data").get("code").getAsInt());
        assertEquals("Connection is unauthorized", asObject.getAsJsonObject("data").get("message").getAsString());
        JsonObject asString = s.nextFrame();
        JsonObject inner = JsonParser.parseString(asString.get("data").getAsString()).getAsJsonObject();
        assertEquals(4201, inner.get("code").getAsInt());
    }

    @Test
    void sendsRawFramesVerbatim() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.push1st(KEY, SECRET));
        RawPusherClient[] holder = new RawPusherClient[1];
        connectAndGreet(srv, holder);
        RawPusherClient s = holder[0];

        assertEquals(1, srv.sendRawToAll("not json at all"));

        assertEquals("not json at all", s.nextText());
    }

    @Test
    void sendsRawBytesSoThatInvalidUtf8ReachesTheClient() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.push1st(KEY, SECRET));
        RawPusherClient[] holder = new RawPusherClient[1];
        connectAndGreet(srv, holder);
        RawPusherClient s = holder[0];

        assertEquals(1, srv.sendRawBytesToAll("{\"ok\":\"é\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("{\"ok\":\"é\"}", s.nextText());

        // a Java-WebSocket client fails the connection on invalid UTF-8, as RFC 6455 demands
        assertEquals(1, srv.sendRawBytesToAll(new byte[] { '"', (byte) 0xC3, (byte) 0x28, '"' }));
        waitForAssert(() -> assertEquals(Integer.valueOf(1007), s.closeCode()));
    }

    @Test
    void closesConnectionsWithTheGivenCode() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.push1st(KEY, SECRET));
        RawPusherClient[] holder = new RawPusherClient[1];
        connectAndGreet(srv, holder);
        RawPusherClient s = holder[0];
        PusherServerConnection c = srv.connections().get(0);

        srv.closeAll(4200, "reconnect now");

        waitForAssert(() -> assertEquals(4200, s.closeCode()));
        waitForAssert(() -> assertEquals(0, srv.connectionCount()));
        waitForAssert(() -> assertEquals(4200, c.closeCode()));
        assertEquals(1, srv.allConnections().size());
    }

    @Test
    void aDroppedConnectionStaysOpenButNoLongerAnswers() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.push1st(KEY, SECRET));
        RawPusherClient[] holder = new RawPusherClient[1];
        String socketId = connectAndGreet(srv, holder);
        RawPusherClient s = holder[0];
        s.subscribe(USER_CHANNEL, PusherSignatures.auth(KEY, SECRET, socketId, USER_CHANNEL));
        s.nextFrame();
        PusherServerConnection c = srv.connections().get(0);

        srv.dropAll();
        s.send("{\"event\":\"pusher:ping\"}");
        // frames are recorded after the server answered, so once the ping shows up a pong would be under way
        waitForAssert(() -> assertEquals(2, c.receivedFrames().size()));
        c.sendRaw("{\"event\":\"marker\"}");

        assertEquals("marker", s.nextFrame().get("event").getAsString(), "the ping must not have been answered");
        assertEquals(0, srv.publish(USER_CHANNEL, "App\\Events\\UserPush", "{}"));
        assertTrue(s.isOpen());
        assertTrue(c.isDropped());
        assertEquals(1, srv.connectionCount());
    }

    @Test
    void recordsFramesPerConnectionAndCountsConnections() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.push1st(KEY, SECRET));
        RawPusherClient first = connect(srv.wsUrl() + "/app/" + KEY);
        first.nextFrame();
        RawPusherClient second = new RawPusherClient(srv.wsUrl() + "/app/" + KEY);
        try {
            assertTrue(second.open());
            second.nextFrame();
            waitForAssert(() -> assertEquals(2, srv.connectionCount()));

            first.send("{\"event\":\"pusher:ping\"}");
            first.nextFrame();

            List<PusherServerConnection> connections = srv.connections();
            waitForAssert(() -> assertEquals(1, connections.get(0).receivedFrames().size()));
            assertEquals(0, connections.get(1).receivedFrames().size());
            assertEquals(connections.get(0).socketId(), srv.receivedFrames().get(0).socketId());
            assertNotEquals(connections.get(0).socketId(), connections.get(1).socketId());
        } finally {
            second.close();
        }
        waitForAssert(() -> assertEquals(1, srv.connectionCount()));
    }

    @Test
    void push1stClosesOnMalformedClientFrames() throws Exception {
        LoopbackPusherServer srv = start(PusherServerSettings.push1st(KEY, SECRET));
        RawPusherClient[] holder = new RawPusherClient[1];
        connectAndGreet(srv, holder);
        RawPusherClient s = holder[0];

        s.send("{\"no-event\":1}");

        waitForAssert(() -> assertEquals(PusherServerSettings.PROTOCOL_ERROR, s.closeCode()));
    }
}
