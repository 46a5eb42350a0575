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
 * A bare Pusher-protocol client for the end-to-end tests: connects, subscribes with a given auth, records every
 * frame it receives.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class TestPusherClient extends WebSocketClient {

    private final List<JsonObject> frames = new CopyOnWriteArrayList<>();

    private TestPusherClient(String url) {
        super(URI.create(url));
    }

    /** Connects to {@code <ws_url>/app/<key>}, as the SDKs build the socket URL. */
    static TestPusherClient connect(String wsUrl, String appKey) throws InterruptedException {
        String base = wsUrl.endsWith("/") ? wsUrl.substring(0, wsUrl.length() - 1) : wsUrl;
        TestPusherClient client = new TestPusherClient(
                base + "/app/" + appKey + "?protocol=7&client=vms-simulator-test&version=1.0.0");
        if (!client.connectBlocking(10, TimeUnit.SECONDS)) {
            throw new AssertionError("websocket handshake with " + wsUrl + " failed");
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
        JsonElement json = JsonParser.parseString(message);
        if (json.isJsonObject()) {
            frames.add(json.getAsJsonObject());
        }
    }

    @Override
    public void onClose(int code, @Nullable String reason, boolean remote) {
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

    /** The socket id of {@code pusher:connection_established}, null before it arrived. */
    @Nullable
    String socketId() {
        for (JsonObject frame : frames) {
            if ("pusher:connection_established".equals(string(frame, "event"))) {
                return JsonParser.parseString(frame.get("data").getAsString()).getAsJsonObject().get("socket_id")
                        .getAsString();
            }
        }
        return null;
    }

    /** Frames with this event name (and channel, unless null). */
    List<JsonObject> frames(String event, @Nullable String channel) {
        return frames.stream().filter(f -> event.equals(string(f, "event")))
                .filter(f -> channel == null || channel.equals(string(f, "channel"))).toList();
    }

    /** Application frames: everything not {@code pusher:} or {@code pusher_internal:}. */
    List<JsonObject> applicationFrames() {
        return frames.stream().filter(f -> {
            String event = string(f, "event");
            return event != null && !event.startsWith("pusher");
        }).toList();
    }

    private static @Nullable String string(JsonObject frame, String key) {
        JsonElement value = frame.get(key);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
