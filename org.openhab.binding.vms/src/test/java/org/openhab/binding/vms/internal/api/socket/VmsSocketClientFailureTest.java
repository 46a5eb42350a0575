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
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.socket.VmsSocketFailure.Kind;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.pusher.PusherSignatures;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.core.test.java.JavaTest;

/**
 * What the server (or the channel-auth endpoint) can do wrong, and how it is reported: with its code, in order with
 * the state changes, never with a secret in the text, never killing the socket's threads.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsSocketClientFailureTest extends JavaTest {

    @RegisterExtension
    final TestResources resources = new TestResources();

    private VmsSocketFailure onlyError(SocketTestBed b) {
        waitForAssert(() -> assertEquals(1, b.listener.errors.size()));
        return b.listener.errors.get(0);
    }

    private static VmsSocketFailure lastFailure(VmsSocketClient client) {
        VmsSocketFailure failure = client.getLastFailure();
        assertNotNull(failure);
        return failure;
    }

    @Test
    void pusherErrorWithDataAsObjectIsReportedWithCodeAndMessage() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.subscribedClient();

        b.pusher.sendRawToAll(example("pusher/server.error.json"));

        VmsSocketFailure error = onlyError(b);
        assertEquals(Integer.valueOf(4009), error.code());
        assertEquals("Server error 4009: Connection is unauthorized", error.message());
        assertEquals(Integer.valueOf(4009), client.getLastServerErrorCode());
        assertEquals(Kind.SERVER_ERROR, lastFailure(client).kind());
        assertEquals(VmsConnectionState.SUBSCRIBED, client.getState());
    }

    @Test
    void pusherErrorWithDataAsStringIsReportedToo() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.subscribedClient();

        b.pusher.sendErrorToAll(4201, "Pong reply not received", true);

        VmsSocketFailure error = onlyError(b);
        assertEquals(Integer.valueOf(4201), error.code());
        assertEquals("Server error 4201: Pong reply not received", error.message());
        assertEquals(0, client.getCounters().internalFailures());
    }

    @Test
    void oddPusherErrorsAreReportedAsWellAsPossible() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.subscribedClient();

        b.pusher.sendRawToAll("{\"event\":\"pusher:error\",\"data\":{\"code\":\"4100\",\"message\":\"Over quota\"}}");
        b.pusher.sendRawToAll("{\"event\":\"pusher:error\"}");
        b.pusher.sendRawToAll("{\"event\":\"pusher:error\",\"data\":\"plain text, not JSON\"}");
        b.pusher.sendRawToAll("{\"event\":\"pusher:error\",\"data\":{\"code\":4009.0,\"message\":{\"nested\":1}}}");
        b.pusher.sendRawToAll("{\"event\":\"pusher:error\",\"data\":{\"message\":\"" + "x".repeat(5000) + "\"}}");

        waitForAssert(() -> assertEquals(5, b.listener.errors.size()));
        List<VmsSocketFailure> errors = b.listener.errors;
        assertEquals(Integer.valueOf(4100), errors.get(0).code());
        assertEquals("Server error 4100: Over quota", errors.get(0).message());
        assertEquals("Server error: (no message)", errors.get(1).message());
        assertEquals("Server error: plain text, not JSON", errors.get(2).message());
        assertEquals(Integer.valueOf(4009), errors.get(3).code());
        assertTrue(errors.get(4).message().length() < 300, "long server texts are cut");
        assertEquals(0, client.getCounters().internalFailures());
        assertEquals(VmsConnectionState.SUBSCRIBED, client.getState());
    }

    @Test
    void serverCloseIsReportedWithItsCodeBeforeTheStateChange() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.subscribedClient();

        b.pusher.closeAll(4009, "Connection is unauthorized");

        waitForAssert(() -> assertEquals(VmsConnectionState.DISCONNECTED, client.getState()));
        VmsSocketFailure error = onlyError(b);
        assertEquals(Integer.valueOf(4009), error.code());
        assertEquals("Connection closed by the server with code 4009: Connection is unauthorized", error.message());
        // the client's state changes before its events thread tells the listener
        waitForAssert(() -> assertEquals(
                List.of("CONNECTING", "CONNECTED", "SUBSCRIBED", "error 4009", "DISCONNECTING", "DISCONNECTED"),
                b.listener.timeline));
        assertEquals(Integer.valueOf(4009), client.getLastCloseCode());
        assertEquals(Kind.CLOSED, lastFailure(client).kind());
        assertNull(client.getSocketId());
    }

    @Test
    void withoutLibraryReconnectEveryCloseEndsDisconnected() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.subscribedClient();

        b.pusher.closeAll(4200, "please reconnect");

        waitForAssert(() -> assertEquals(VmsConnectionState.DISCONNECTED, client.getState()));
        assertEquals(Integer.valueOf(4200), client.getLastCloseCode());
        assertFalse(b.listener.states().contains(VmsConnectionState.RECONNECTING));
    }

    @Test
    void aCutConnectionIsReportedAs1006() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.subscribedClient();

        b.pusher.connections().get(0).close(1006, "cut");

        waitForAssert(() -> assertEquals(VmsConnectionState.DISCONNECTED, client.getState()));
        assertEquals(Integer.valueOf(1006), client.getLastCloseCode());
        assertEquals(Integer.valueOf(1006), onlyError(b).code());
    }

    @Test
    void anUnreachableServerIsReportedAndEndsDisconnected() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.client();
        b.pusher.close();

        client.connect();

        waitForAssert(() -> assertEquals(VmsConnectionState.DISCONNECTED, b.listener.lastState()));
        assertEquals(Integer.valueOf(-1), client.getLastCloseCode());
        VmsSocketFailure error = onlyError(b);
        assertEquals(Integer.valueOf(-1), error.code());
        assertNotNull(error.cause(), "the connect exception travels as cause");
    }

    @Test
    void aFailingAuthEndpointIsReportedAndTheOtherChannelStillWorks() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        b.http.route("POST", LoopbackChannelAuthorizer.PATH,
                r -> SocketTestBed.form(r.body()).get("channel_name").equals(USER_CHANNEL)
                        ? HttpReply.json(500, "{\"message\":\"Server Error\"}")
                        : b.signedAuth(r));
        VmsSocketClient client = b.client();

        client.connect();

        VmsSocketFailure error = onlyError(b);
        assertEquals("Channel authorisation for private-user.42 failed: channel auth answered HTTP 500",
                error.message());
        assertInstanceOf(VmsApiException.class, error.cause());
        waitForAssert(() -> assertEquals(Set.of(TOKEN_CHANNEL), client.getSubscribedChannels()));
        assertEquals(VmsConnectionState.CONNECTED, client.getState());
        assertEquals(Kind.AUTHORIZATION_FAILED, lastFailure(client).kind());
        assertEquals(0, client.getCounters().internalFailures());

        // once the endpoint works again, the next connection subscribes the channel the library had dropped
        b.http.route("POST", LoopbackChannelAuthorizer.PATH, b::signedAuth);
        client.disconnect();
        waitForAssert(() -> assertEquals(VmsConnectionState.DISCONNECTED, client.getState()));
        client.connect();
        waitForAssert(() -> assertEquals(VmsConnectionState.SUBSCRIBED, client.getState()));
    }

    @Test
    void aThrowingOrEmptyAuthorizerIsReportedWithoutHarm() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.client(b.settings(), (socketId, channel) -> {
            if (channel.equals(USER_CHANNEL)) {
                throw new IllegalStateException("authorizer bug");
            }
            return "";
        });

        client.connect();

        waitForAssert(() -> assertEquals(2, b.listener.errors.size()));
        assertEquals(Set.of("Channel authorisation for private-user.42 failed: IllegalStateException",
                "Channel authorisation for private-token.… returned no auth value"),
                Set.of(b.listener.errors.get(0).message(), b.listener.errors.get(1).message()));
        assertEquals(VmsConnectionState.CONNECTED, client.getState());
        assertEquals(0, client.getCounters().internalFailures());
    }

    @Test
    void push1stClosingOnABadSignatureIsReportedWithItsCodeAndNoSecret() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        String[] sent = new String[1];
        // one channel only: with two, the second subscribe crosses push1st's close frame and the close code
        // seen by the client may become 1006 instead of 1002
        VmsSocketSettings userChannelOnly = VmsSocketSettings
                .of(VmsSocketUrl.of(b.pusher.wsUrl(), APP_KEY, "1"), null, USER_ID).withThreadNamePrefix(THREAD_PREFIX);
        VmsSocketClient client = b.client(userChannelOnly, (socketId, channel) -> {
            sent[0] = PusherSignatures.auth(APP_KEY, "wrong-secret", socketId, channel);
            return sent[0];
        });

        client.connect();

        waitForAssert(() -> assertEquals(VmsConnectionState.DISCONNECTED, b.listener.lastState()));
        assertEquals(Integer.valueOf(1002), client.getLastCloseCode());
        assertTrue(b.listener.errors.stream().anyMatch(e -> Integer.valueOf(1002).equals(e.code())));
        for (VmsSocketFailure error : b.listener.errors) {
            assertFalse(error.message().contains(sent[0].substring(APP_KEY.length() + 1)), error.message());
        }
    }

    @Test
    void hostedSubscriptionErrorIsReportedAndTheConnectionStays() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.hostedPusher());
        VmsSocketClient client = b.client(b.settings(), (socketId, channel) -> PusherSignatures.auth(APP_KEY,
                channel.equals(USER_CHANNEL) ? "wrong-secret" : SECRET, socketId, channel));

        client.connect();

        VmsSocketFailure error = onlyError(b);
        assertEquals(Integer.valueOf(401), error.code());
        assertEquals("Server refused the subscription to private-user.42: Invalid signature", error.message());
        assertEquals(Kind.SUBSCRIPTION_REFUSED, lastFailure(client).kind());
        waitForAssert(() -> assertEquals(Set.of(TOKEN_CHANNEL), client.getSubscribedChannels()));
        assertEquals(VmsConnectionState.CONNECTED, client.getState());
    }

    @Test
    void pusherPingsKeepTheConnectionAlive() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.subscribedClient(b.settings()
                .withPingTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)).withWebSocketPingInterval(Duration.ZERO));

        waitForAssert(() -> assertTrue(b.pusher.receivedFrames().stream()
                .filter(f -> f.text().contains("\"pusher:ping\"")).count() >= 2, "two pings answered"));

        assertEquals(VmsConnectionState.SUBSCRIBED, client.getState());
        assertEquals(List.of(), b.listener.errors);
    }

    @Test
    void anUnansweredPingDropsTheConnection() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.subscribedClient(b.settings()
                .withPingTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)).withWebSocketPingInterval(Duration.ZERO));

        b.pusher.dropAll();

        waitForAssert(() -> assertEquals(VmsConnectionState.DISCONNECTED, client.getState()));
        VmsSocketFailure error = onlyError(b);
        assertEquals("No answer to ping within 1 s; connection dropped", error.message());
        assertEquals(Kind.PONG_TIMEOUT, lastFailure(client).kind());
        // the client's state changes before its events thread tells the listener
        waitForAssert(() -> assertEquals(
                List.of("CONNECTING", "CONNECTED", "SUBSCRIBED", "error null", "DISCONNECTING", "DISCONNECTED"),
                b.listener.timeline));
    }

    @Test
    void unansweredWebSocketPingsDropTheConnectionToo() throws Exception {
        SocketTestBed b = resources.add(SocketTestBed.push1st());
        VmsSocketClient client = b.subscribedClient(b.settings().withWebSocketPingInterval(Duration.ofSeconds(1)));

        b.pusher.dropAll();

        waitForAssert(() -> assertEquals(VmsConnectionState.DISCONNECTED, client.getState()));
        assertEquals(Integer.valueOf(1006), client.getLastCloseCode());
        assertEquals(Kind.CLOSED, lastFailure(client).kind());
    }
}
