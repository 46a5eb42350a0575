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

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A bare Pusher-protocol websocket client that records every frame, so tests see exactly what the server sent.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class RecordingPusherClient extends WebSocketClient {

    private final List<String> rawFrames = new CopyOnWriteArrayList<>();
    private final List<JsonObject> frames = new CopyOnWriteArrayList<>();
    private volatile @Nullable Integer closeCode;
    private volatile boolean closedByRemote;

    RecordingPusherClient(String url) {
        super(URI.create(url));
    }

    /** Connects, failing the test if the websocket handshake does not succeed within 10 s. */
    static RecordingPusherClient connect(String url) throws InterruptedException {
        RecordingPusherClient client = new RecordingPusherClient(url);
        if (!client.connectBlocking(10, TimeUnit.SECONDS)) {
            throw new AssertionError("websocket handshake with " + url + " failed");
        }
        return client;
    }

    @Override
    public void onOpen(@Nullable ServerHandshake handshake) {
    }

    @Override
    public void onMessage(@Nullable String message) {
        if (message == null) {
            return;
        }
        rawFrames.add(message);
        JsonElement json = JsonParser.parseString(message);
        if (json.isJsonObject()) {
            frames.add(json.getAsJsonObject());
        }
    }

    @Override
    public void onClose(int code, @Nullable String reason, boolean remote) {
        closeCode = code;
        closedByRemote = remote;
    }

    @Override
    public void onError(@Nullable Exception ex) {
    }

    void subscribe(String channel, String auth) {
        JsonObject data = new JsonObject();
        data.addProperty("channel", channel);
        data.addProperty("auth", auth);
        JsonObject frame = new JsonObject();
        frame.addProperty("event", "pusher:subscribe");
        frame.add("data", data);
        send(frame.toString());
    }

    /** The socket id from {@code pusher:connection_established} (whose data is a JSON string), or null before it. */
    @Nullable
    String socketId() {
        JsonObject established = firstFrame("pusher:connection_established", null);
        if (established == null) {
            return null;
        }
        return JsonParser.parseString(established.get("data").getAsString()).getAsJsonObject().get("socket_id")
                .getAsString();
    }

    List<String> rawFrames() {
        return List.copyOf(rawFrames);
    }

    List<JsonObject> frames(String event, @Nullable String channel) {
        return frames.stream().filter(f -> event.equals(stringOrNull(f, "event")))
                .filter(f -> channel == null || channel.equals(stringOrNull(f, "channel"))).toList();
    }

    @Nullable
    JsonObject firstFrame(String event, @Nullable String channel) {
        List<JsonObject> matching = frames(event, channel);
        return matching.isEmpty() ? null : matching.get(0);
    }

    @Nullable
    Integer closeCode() {
        return closeCode;
    }

    boolean closedByRemote() {
        return closedByRemote;
    }

    private static @Nullable String stringOrNull(JsonObject frame, String member) {
        JsonElement value = frame.get(member);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
