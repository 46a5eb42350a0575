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

import java.net.URI;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The simulator's tests' one bare Pusher-protocol client, for seeing exactly what a server sends: every frame is
 * kept (as text, and as JSON when it is a JSON object) for lookups by event and channel, and queued for reading one
 * by one in order ({@link #nextFrame()}, {@link #nextText()}). It sends what the test tells it to, e.g.
 * {@link #subscribe}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class RawPusherClient extends WebSocketClient implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 10;

    private final List<String> texts = new CopyOnWriteArrayList<>();
    private final List<JsonObject> frames = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
    private volatile @Nullable Integer closeCode;
    private volatile boolean closedByRemote;

    /** Not connected yet: see {@link #open()}. */
    public RawPusherClient(String url) {
        super(URI.create(url));
    }

    /** Connects to the URL, failing the test unless the WebSocket handshake succeeds within 10 s. */
    public static RawPusherClient connect(String url) throws InterruptedException {
        RawPusherClient client = new RawPusherClient(url);
        if (!client.open()) {
            throw new AssertionError("websocket handshake with " + url + " failed");
        }
        return client;
    }

    /** Connects to {@code <ws_url>/app/<key>}, as the SDKs build the socket URL. */
    public static RawPusherClient connect(String wsUrl, String appKey) throws InterruptedException {
        String base = wsUrl.endsWith("/") ? wsUrl.substring(0, wsUrl.length() - 1) : wsUrl;
        return connect(base + "/app/" + appKey + "?protocol=7&client=vms-simulator-test&version=1.0.0");
    }

    /** Connects and waits for the handshake; @return whether the server accepted the WebSocket within 10 s. */
    public boolean open() throws InterruptedException {
        return connectBlocking(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void onOpen(@Nullable ServerHandshake handshake) {
    }

    @Override
    public void onMessage(@Nullable String message) {
        if (message == null) {
            return;
        }
        texts.add(message);
        try {
            JsonElement json = JsonParser.parseString(message);
            if (json.isJsonObject()) {
                frames.add(json.getAsJsonObject());
            }
        } catch (RuntimeException e) {
            // not JSON: kept as text only
        }
        unread.add(message);
    }

    @Override
    public void onClose(int code, @Nullable String reason, boolean remote) {
        closeCode = code;
        closedByRemote = remote;
    }

    @Override
    public void onError(@Nullable Exception ex) {
    }

    /** Sends {@code pusher:subscribe} for the channel, with the auth signature unless it is null. */
    public void subscribe(String channel, @Nullable String auth) {
        JsonObject data = new JsonObject();
        data.addProperty("channel", channel);
        if (auth != null) {
            data.addProperty("auth", auth);
        }
        JsonObject frame = new JsonObject();
        frame.addProperty("event", "pusher:subscribe");
        frame.add("data", data);
        send(frame.toString());
    }

    /** The next frame not read yet, as text; fails the test if none arrives within 10 s. */
    public String nextText() throws InterruptedException {
        String text = unread.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (text == null) {
            throw new AssertionError("no frame from the server within " + TIMEOUT_SECONDS + " s");
        }
        return text;
    }

    /** The next frame not read yet, as a JSON object; fails the test if none arrives within 10 s. */
    public JsonObject nextFrame() throws InterruptedException {
        return JsonParser.parseString(nextText()).getAsJsonObject();
    }

    /** How many frames have arrived and not been read with {@link #nextText()}/{@link #nextFrame()}. */
    public int unreadFrames() {
        return unread.size();
    }

    /** Every frame so far, as text. */
    public List<String> texts() {
        return List.copyOf(texts);
    }

    /** The JSON frames with this event name (and channel, unless null). */
    public List<JsonObject> frames(String event, @Nullable String channel) {
        return frames.stream().filter(f -> event.equals(string(f, "event")))
                .filter(f -> channel == null || channel.equals(string(f, "channel"))).toList();
    }

    public @Nullable JsonObject firstFrame(String event, @Nullable String channel) {
        List<JsonObject> matching = frames(event, channel);
        return matching.isEmpty() ? null : matching.get(0);
    }

    /** Application frames: every event not named {@code pusher:...} or {@code pusher_internal:...}. */
    public List<JsonObject> applicationFrames() {
        return frames.stream().filter(f -> {
            String event = string(f, "event");
            return event != null && !event.startsWith("pusher");
        }).toList();
    }

    /** The socket id of {@code pusher:connection_established} (whose data is a JSON string), null before it. */
    public @Nullable String socketId() {
        JsonObject established = firstFrame("pusher:connection_established", null);
        if (established == null) {
            return null;
        }
        return JsonParser.parseString(established.get("data").getAsString()).getAsJsonObject().get("socket_id")
                .getAsString();
    }

    public @Nullable Integer closeCode() {
        return closeCode;
    }

    public boolean closedByRemote() {
        return closedByRemote;
    }

    private static @Nullable String string(JsonObject frame, String member) {
        JsonElement value = frame.get(member);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
