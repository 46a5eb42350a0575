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
import static org.mockito.Mockito.*;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.pusher.client.connection.websocket.WebSocketListener;

/**
 * The frame gate on its own: what reaches pusher-java-client, and what is reported instead.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class PusherFrameGateTest {

    /** Stands in for the library: records what got through. */
    private static class Library implements WebSocketListener {
        final List<String> messages = new CopyOnWriteArrayList<>();
        final List<Integer> closes = new CopyOnWriteArrayList<>();
        int errors;

        @Override
        public void onOpen(@Nullable ServerHandshake handshakeData) {
        }

        @Override
        public void onMessage(@Nullable String message) {
            messages.add(String.valueOf(message));
        }

        @Override
        public void onClose(int code, @Nullable String reason, boolean remote) {
            closes.add(code);
        }

        @Override
        public void onError(@Nullable Exception ex) {
            errors++;
        }
    }

    /** Records the callbacks as text lines. */
    private static class Calls implements PusherFrameGate.Callbacks {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public void established(String socketId, @Nullable Duration serverActivityTimeout) {
            calls.add("established " + socketId + " " + serverActivityTimeout);
        }

        @Override
        public void serverError(@Nullable Integer code, String message) {
            calls.add("error " + code + " " + message);
        }

        @Override
        public void subscriptionRefused(@Nullable String channel, @Nullable Integer status, String message) {
            calls.add("refused " + channel + " " + status + " " + message);
        }

        @Override
        public void handshakeUnusable(String reason) {
            calls.add("unusable " + reason);
        }

        @Override
        public void malformedFrame(String reason) {
            calls.add("malformed " + reason);
        }

        @Override
        public void applicationEvent(String eventName, String channel, @Nullable String data) {
            calls.add("app " + eventName + " " + channel + " " + data);
        }

        @Override
        public void foreignChannel(String eventName, @Nullable String channel) {
            calls.add("foreign " + eventName + " " + channel);
        }

        @Override
        public void closed(int code, String reason, boolean remote, boolean closedByGate,
                @Nullable Exception lastError) {
            calls.add("closed " + code + " " + reason + " remote=" + remote + " byGate=" + closedByGate + " error="
                    + (lastError == null ? null : lastError.getMessage()));
        }

        @Override
        public void pongTimeout() {
            calls.add("pong timeout");
        }
    }

    private final Library library = new Library();
    private final Calls calls = new Calls();
    private final WebSocket socket = mock(WebSocket.class);
    private final PusherFrameGate gate = new PusherFrameGate(library, calls,
            Set.of("private-user.42", "private-token.abc"));

    PusherFrameGateTest() {
        gate.attach(socket);
    }

    private static JsonObject handshakeData(String forwarded) {
        JsonObject frame = JsonParser.parseString(forwarded).getAsJsonObject();
        assertEquals("pusher:connection_established", frame.get("event").getAsString());
        return JsonParser.parseString(frame.get("data").getAsString()).getAsJsonObject();
    }

    @Test
    void push1stHandshakeWithStringTimeoutIsReadAndForwardedNormalised() {
        gate.onMessage("{\"event\":\"pusher:connection_established\","
                + "\"data\":\"{\\\"socket_id\\\":\\\"129847.5532861\\\",\\\"activity_timeout\\\":\\\"40\\\"}\"}");

        assertEquals(List.of("established 129847.5532861 PT40S"), calls.calls);
        assertEquals(1, library.messages.size());
        assertEquals("129847.5532861", handshakeData(library.messages.get(0)).get("socket_id").getAsString());
    }

    @Test
    void handshakeWithDataObjectNumericSocketIdAndNumericTimeoutIsAccepted() {
        gate.onMessage("{\"event\":\"pusher:connection_established\","
                + "\"data\":{\"socket_id\":129847.5532861,\"activity_timeout\":120}}");

        assertEquals(List.of("established 129847.5532861 PT2M"), calls.calls);
        // the library casts socket_id to String: it must get one
        assertTrue(handshakeData(library.messages.get(0)).get("socket_id").getAsJsonPrimitive().isString());
    }

    @Test
    void anUnreadableActivityTimeoutIsJustUnknown() {
        gate.onMessage("{\"event\":\"pusher:connection_established\","
                + "\"data\":\"{\\\"socket_id\\\":\\\"1.2\\\",\\\"activity_timeout\\\":\\\"soon\\\"}\"}");

        assertEquals(List.of("established 1.2 null"), calls.calls);
    }

    @Test
    void anUnusableHandshakeClosesTheSocketWithProtocolError() {
        gate.onMessage("{\"event\":\"pusher:connection_established\",\"data\":\"{\\\"activity_timeout\\\":40}\"}");
        gate.onMessage("{\"event\":\"pusher:connection_established\",\"data\":\"{\\\"socket_id\\\":\\\"a b\\\"}\"}");
        gate.onMessage("{\"event\":\"pusher:connection_established\",\"data\":42}");

        assertEquals(List.of("unusable no usable socket_id", "unusable no usable socket_id", "unusable no data object"),
                calls.calls);
        assertEquals(List.of(), library.messages);
        verify(socket, times(3)).close(eq(1002), anyString());

        gate.onClose(1002, "unusable connection_established", false);
        assertEquals("closed 1002 unusable connection_established remote=false byGate=true error=null",
                calls.calls.get(3));
        assertEquals(List.of(1002), library.closes);
    }

    @Test
    void pusherErrorIsReportedAndNotForwarded() {
        gate.onMessage("{\"event\":\"pusher:error\",\"data\":{\"code\":4009,\"message\":\"Unauthorized\"}}");
        gate.onMessage("{\"event\":\"pusher:error\",\"data\":\"{\\\"code\\\":4201,\\\"message\\\":\\\"Pong\\\"}\"}");
        gate.onMessage("{\"event\":\"pusher:error\",\"data\":{\"code\":\"4100\",\"message\":42}}");
        gate.onMessage("{\"event\":\"pusher:error\",\"data\":null}");
        gate.onMessage("{\"event\":\"pusher:error\",\"data\":{\"code\":[1],\"message\":\"a\\nb\"}}");

        assertEquals(List.of("error 4009 Unauthorized", "error 4201 Pong", "error 4100 42", "error null (no message)",
                "error null a b"), calls.calls);
        assertEquals(List.of(), library.messages);
    }

    @Test
    void subscriptionErrorIsReportedWithChannelAndStatus() {
        gate.onMessage("{\"event\":\"pusher:subscription_error\",\"channel\":\"private-user.42\","
                + "\"data\":{\"type\":\"AuthError\",\"error\":\"Invalid signature\",\"status\":401}}");
        gate.onMessage("{\"event\":\"pusher:subscription_error\",\"channel\":\"private-user.42\","
                + "\"data\":\"{\\\"status\\\":\\\"403\\\"}\"}");

        assertEquals(List.of("refused private-user.42 401 Invalid signature",
                "refused private-user.42 403 (no reason given)"), calls.calls);
        assertEquals(List.of(), library.messages);
    }

    @Test
    void protocolFramesGoToTheLibraryApplicationEventsOnlyToTheClient() {
        String pong = "{\"event\":\"pusher:pong\"}";
        String succeeded = "{\"event\":\"pusher_internal:subscription_succeeded\",\"channel\":\"private-user.42\"}";
        String event = "{\"event\":\"App\\\\Events\\\\UserPush\",\"channel\":\"private-user.42\",\"data\":\"{\\\"a\\\":1}\","
                + "\"#msg-time\":1,\"#msg-id\":\"x\"}";

        gate.onMessage(pong);
        gate.onMessage(succeeded);
        gate.onMessage(event);
        // which event names carry VMS messages is the decoder's to say
        gate.onMessage("{\"event\":\"App\\\\Events\\\\Other\",\"channel\":\"private-user.42\",\"data\":{\"b\":2}}");
        gate.onMessage("{\"event\":\"client-x\",\"channel\":\"private-user.42\"}");

        assertEquals(List.of(pong, succeeded), library.messages);
        assertEquals(List.of("app App\\Events\\UserPush private-user.42 {\"a\":1}",
                "app App\\Events\\Other private-user.42 {\"b\":2}", "app client-x private-user.42 null"), calls.calls);
    }

    @Test
    void aNullChannelIsRemovedBeforeTheLibrarySeesIt() {
        gate.onMessage("{\"event\":\"pusher:pong\",\"channel\":null}");

        assertEquals(1, library.messages.size());
        assertFalse(JsonParser.parseString(library.messages.get(0)).getAsJsonObject().has("channel"));
    }

    @Test
    void boundEventsWithoutOneOfOurChannelsAreReportedNotPassed() {
        // found by the fuzz test: the library drops these without a word, so they vanished uncounted
        gate.onMessage("{\"event\":\"App\\\\Events\\\\UserPush\",\"channel\":null,\"data\":\"{}\"}");
        gate.onMessage("{\"event\":\"App\\\\Events\\\\UserPush\",\"data\":\"{}\"}");
        gate.onMessage("{\"event\":\"App\\\\Events\\\\UserPush\",\"channel\":\"private-user.43\",\"data\":\"{}\"}");
        gate.onMessage("{\"event\":\"App\\\\Events\\\\UserPush\",\"channel\":\"user.42\",\"data\":\"{}\"}");
        gate.onMessage("{\"event\":\"App\\\\Events\\\\UserPush\",\"channel\":\"private-token.abc\",\"data\":\"{}\"}");

        assertEquals(List.of("foreign App\\Events\\UserPush null", "foreign App\\Events\\UserPush null",
                "foreign App\\Events\\UserPush private-user.43", "foreign App\\Events\\UserPush user.42",
                "app App\\Events\\UserPush private-token.abc {}"), calls.calls, "the event on one of our channels passes");
        assertEquals(List.of(), library.messages);
    }

    @Test
    void framesNestedTooDeeplyAreReportedAsMalformed() {
        // found by the fuzz test: a deep data object overflowed the stack of the library's event thread
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        gate.onMessage("{\"event\":\"App\\\\Events\\\\UserPush\",\"channel\":\"private-user.42\",\"data\":" + deep + "}");
        String nested = "{\"a\":".repeat(PusherFrameGate.MAX_DEPTH - 1) + "1" + "}".repeat(PusherFrameGate.MAX_DEPTH - 1);
        gate.onMessage("{\"event\":\"App\\\\Events\\\\UserPush\",\"channel\":\"private-user.42\",\"data\":" + nested + "}");
        // brackets inside strings do not count
        gate.onMessage("{\"event\":\"App\\\\Events\\\\UserPush\",\"channel\":\"private-user.42\",\"data\":\"" + deep + "\"}");

        assertEquals("malformed nested too deeply", calls.calls.get(0));
        assertEquals(3, calls.calls.size(), "the other two pass");
        assertEquals(List.of(), library.messages);
    }

    @Test
    void garbageIsReportedAsMalformed() {
        for (String frame : List.of("", "nonsense", "[]", "null", "{\"event\":null}", "{\"event\":{}}",
                "{\"event\":\"pusher:pong\",\"channel\":5}", "{\"a\":")) {
            gate.onMessage(frame);
        }

        assertEquals(8, calls.calls.stream().filter(c -> c.startsWith("malformed")).count(), calls.calls.toString());
        assertEquals(List.of(), library.messages);
    }

    @Test
    void closesAreReportedWithTheLastTransportErrorAndErrorsAreNotForwarded() {
        gate.onError(new IOException("Connection reset"));
        gate.onClose(1006, "", false);

        assertEquals(List.of("closed 1006  remote=false byGate=false error=Connection reset"), calls.calls);
        assertEquals(List.of(1006), library.closes);
        assertEquals(0, library.errors);
    }

    @Test
    void theLibraryDetachingAnOpenSocketIsAPongTimeout() {
        gate.detachedByLibrary();
        gate.onMessage("{\"event\":\"pusher:pong\"}");
        gate.onClose(1000, "", false);

        assertEquals(List.of("pong timeout"), calls.calls);
        assertEquals(List.of(), library.messages);
        assertEquals(List.of(), library.closes);
    }

    @Test
    void detachingAfterACloseIsNoPongTimeout() {
        gate.onClose(4200, "again", true);
        gate.detachedByLibrary();

        assertEquals(List.of("closed 4200 again remote=true byGate=false error=null"), calls.calls);
    }

    @Test
    void forceCloseCutsAnOpenSocketOnly() {
        gate.forceClose();
        verify(socket).closeConnection(eq(1006), anyString());

        gate.onClose(1006, "", false);
        gate.forceClose();
        verify(socket, times(1)).closeConnection(anyInt(), anyString());
    }

    @Test
    void aRetiredGateKeepsALateCloseAwayFromTheLibrary() {
        gate.retire();
        gate.onMessage("{\"event\":\"pusher:pong\"}");
        gate.onClose(1006, "late", false);

        assertEquals(List.of(), calls.calls);
        assertEquals(List.of(), library.messages);
        assertEquals(List.of(), library.closes);
    }
}
