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
package org.openhab.binding.vms.internal.api.socket;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.vms.internal.api.socket.SocketTestBed.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.simulator.http.RecordedRequest;
import org.openhab.binding.vms.simulator.pusher.PusherServerConnection;
import org.openhab.binding.vms.simulator.pusher.PusherSignatures;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.core.test.java.JavaTest;

/**
 * Connecting, subscribing, disconnecting and connecting again, against the in-JVM Pusher server and a loopback
 * channel-auth endpoint that signs with the server's secret.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsSocketClientConnectionTest extends JavaTest {

    @RegisterExtension
    final TestResources resources = new TestResources();

    @Test
    void push1stConnectsAuthorisesBothChannelsAndReportsSubscribed() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.client();

        client.connect();

        waitForAssert(() -> assertEquals(VmsConnectionState.SUBSCRIBED, b.listener.lastState()));
        assertEquals(List.of(VmsConnectionState.CONNECTING, VmsConnectionState.CONNECTED,
                VmsConnectionState.SUBSCRIBED), b.listener.states());
        assertTrue(client.isConnected());
        PusherServerConnection server = b.pusher.connections().get(0);
        assertEquals(server.socketId(), client.getSocketId());
        assertEquals(Map.of(server.socketId(), Set.of(TOKEN_CHANNEL, USER_CHANNEL)), b.pusher.subscriptions());
        assertEquals(Set.of(TOKEN_CHANNEL, USER_CHANNEL), client.getSubscribedChannels());
        // activity_timeout arrived as the string "40"
        assertEquals(Duration.ofSeconds(40), client.getServerActivityTimeout());
        assertEquals(List.of(), b.listener.errors);
        assertEquals(0, client.getCounters().internalFailures());
    }

    @Test
    void hostedPusherWithNumericActivityTimeoutWorksToo() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.hostedPusher());

        VmsSocketClient client = b.subscribedClient();

        assertEquals(Duration.ofSeconds(120), client.getServerActivityTimeout());
        assertEquals(List.of(), b.listener.errors);
    }

    @Test
    void channelAuthIsAFormPostWithTheBearerTokenAndTheRealSignatureIsAccepted() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.subscribedClient();
        String socketId = client.getSocketId();
        assertNotNull(socketId);

        List<RecordedRequest> auths = b.http.requests("POST", LoopbackChannelAuthorizer.PATH);
        assertEquals(2, auths.size());
        for (RecordedRequest auth : auths) {
            assertEquals("Bearer " + BEARER, auth.header("Authorization"));
            assertEquals(socketId, SocketTestBed.form(auth.body()).get("socket_id"));
        }
        assertEquals(Set.of(TOKEN_CHANNEL, USER_CHANNEL),
                Set.of(form(auths.get(0)).get("channel_name"), form(auths.get(1)).get("channel_name")));
        // what went over the socket is exactly appKey:HMAC-SHA256(secret, socketId:channel)
        // (the server records a frame after answering it, so it may lag behind our SUBSCRIBED)
        String expectedAuth = PusherSignatures.auth(APP_KEY, SECRET, socketId, USER_CHANNEL);
        waitForAssert(() -> assertTrue(b.pusher.receivedFrames().stream().map(f -> f.text())
                .anyMatch(t -> t.contains("pusher:subscribe") && t.contains(expectedAuth))));
    }

    private static Map<String, String> form(RecordedRequest request) {
        return SocketTestBed.form(request.body());
    }

    @Test
    void connectsToThePathOfWsUrlAndIdentifiesItself() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketSettings settings = VmsSocketSettings
                .of(VmsSocketUrl.of(b.pusher.wsUrl("/gateway/pusher/"), APP_KEY, "1.2.3"), TOKEN_ID, USER_ID);

        b.subscribedClient(settings);

        PusherServerConnection server = b.pusher.connections().get(0);
        assertEquals("/gateway/pusher", server.pathPrefix());
        assertEquals("protocol=7&client=openhab-vms&version=1.2.3", server.query());
    }

    @Test
    void aWsUrlWithoutPathConnectsToPusher() throws Exception {
        // a ws_url without path (docs/protocol.md, "Socket URL"), end to end
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketSettings settings = VmsSocketSettings.of(VmsSocketUrl.of(b.pusher.wsUrl(""), APP_KEY, "1"),
                TOKEN_ID, USER_ID);

        b.subscribedClient(settings);

        assertEquals("/pusher", b.pusher.connections().get(0).pathPrefix());
    }

    @Test
    void onlyTheUserChannelWhenThereIsNoAccessTokenId() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketSettings settings = VmsSocketSettings.of(VmsSocketUrl.of(b.pusher.wsUrl(), APP_KEY, "1"), null,
                USER_ID);

        VmsSocketClient client = b.subscribedClient(settings);

        assertEquals(List.of(USER_CHANNEL), client.getChannelNames());
        assertEquals(Set.of(USER_CHANNEL), b.pusher.connections().get(0).subscribedChannels());
    }

    @Test
    void noChannelAtAllIsRefused() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketSettings settings = VmsSocketSettings.of(VmsSocketUrl.of(b.pusher.wsUrl(), APP_KEY, "1"), "", 0);

        assertThrows(VmsApiException.class, () -> b.client(settings, b.authorizer()));
    }

    @Test
    void disconnectIsReportedWithoutError() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.subscribedClient();

        client.disconnect();

        waitForAssert(() -> assertEquals(VmsConnectionState.DISCONNECTED, b.listener.lastState()));
        assertEquals(List.of(VmsConnectionState.CONNECTING, VmsConnectionState.CONNECTED,
                VmsConnectionState.SUBSCRIBED, VmsConnectionState.DISCONNECTING, VmsConnectionState.DISCONNECTED),
                b.listener.states());
        assertEquals(List.of(), b.listener.errors);
        assertNull(client.getSocketId());
        assertFalse(client.isConnected());
        assertEquals(Set.of(), client.getSubscribedChannels());
        waitForAssert(() -> assertEquals(0, b.pusher.connectionCount()));
        assertNull(client.getLastFailure());
    }

    @Test
    void connectingAgainGetsANewSocketIdAndAuthorisesBothChannelsAgain() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.subscribedClient();
        String firstId = client.getSocketId();
        client.disconnect();
        waitForAssert(() -> assertEquals(VmsConnectionState.DISCONNECTED, client.getState()));

        client.connect();

        waitForAssert(() -> assertEquals(VmsConnectionState.SUBSCRIBED, client.getState()));
        assertNotEquals(firstId, client.getSocketId());
        assertEquals(4, b.http.requests("POST", LoopbackChannelAuthorizer.PATH).size());
        PusherServerConnection second = b.pusher.allConnections().get(1);
        assertEquals(client.getSocketId(), second.socketId());
        assertEquals(Set.of(TOKEN_CHANNEL, USER_CHANNEL), second.subscribedChannels());
    }

    @Test
    void listenerRunsOnTheClientsNamedThreads() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        b.subscribedClient();

        assertEquals(Set.of(THREAD_PREFIX + "-events"), b.listener.threadNames);
        assertTrue(Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .anyMatch(name -> name.startsWith(THREAD_PREFIX + "-read-")), "the socket's read thread is ours");
    }

    @Test
    void closingLeavesNoThreadBehind() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        String prefix = "test-vms-close-" + System.nanoTime();
        VmsSocketClient client = b.subscribedClient(b.settings().withThreadNamePrefix(prefix));

        client.close();

        // well within the 30 s idle time of the client's executors: they are shut down, not left to expire
        waitForAssert(() -> assertEquals(List.of(), threadsNamed(prefix)));
    }

    @Test
    void closingAfterTheSocketWasLostLeavesNoThreadBehind() throws Exception {
        // found by the hostile-configuration test: disconnect() restarted the timers thread of a lost socket, which
        // then outlived the client by 35 s
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        String prefix = "test-vms-lost-" + System.nanoTime();
        VmsSocketClient client = b.subscribedClient(b.settings().withThreadNamePrefix(prefix));
        b.pusher.closeAll(4100, "over capacity");
        waitForAssert(() -> assertEquals(VmsConnectionState.DISCONNECTED, client.getState()));

        client.close();

        waitForAssert(() -> assertEquals(List.of(), threadsNamed(prefix)));
    }

    private static List<String> threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith(prefix)).toList();
    }

    @Test
    void closeDisconnectsAndSilencesTheListener() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.subscribedClient();
        // the client's state changes before its events thread tells the listener
        waitForAssert(() -> assertEquals(VmsConnectionState.SUBSCRIBED, b.listener.lastState()));
        int transitions = b.listener.transitions.size();

        client.close();
        waitForAssert(() -> assertEquals(0, b.pusher.connectionCount(), () -> "client " + client.getState()));
        client.connect();

        waitForAssert(() -> assertEquals(VmsConnectionState.DISCONNECTED, client.getState(),
                () -> "server connections open: " + b.pusher.connectionCount()));
        assertEquals(transitions, b.listener.transitions.size());
        assertEquals(0, b.pusher.connectionCount());
    }

    @Test
    void libraryReconnectWhenEnabled() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.subscribedClient(b.settings().withLibraryReconnect(1, 1));
        String firstId = client.getSocketId();

        b.pusher.closeAll(4200, "reconnect now");

        waitForAssert(() -> assertTrue(b.listener.states().contains(VmsConnectionState.RECONNECTING)));
        waitForAssert(() -> assertEquals(VmsConnectionState.SUBSCRIBED, client.getState()));
        assertNotEquals(firstId, client.getSocketId());
        assertEquals(Integer.valueOf(4200), client.getLastCloseCode());
    }
}
