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

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.SSLParametersWebSocketServerFactory;
import org.java_websocket.server.WebSocketServer;
import org.openhab.binding.vms.simulator.pusher.PusherServerSettings.SubscriptionFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A real Pusher-protocol WebSocket server on 127.0.0.1 and a free port, for tests and the simulated VMS. It accepts
 * {@code [prefix]/app/{appKey}[?query]}, greets with {@code pusher:connection_established}, checks private-channel
 * signatures with {@link PusherSignatures}, answers pings, and lets tests publish events, inject raw frames and
 * errors, close or silently drop connections, and read back subscriptions and received frames.
 * <p>
 * Behaviour that differs between push1st and hosted Pusher is set by {@link PusherServerSettings}; the settings may
 * be swapped while running (they apply to the next frame or connection).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class LoopbackPusherServer implements AutoCloseable {

    /** Pusher's "application does not exist" code, used as both {@code pusher:error} code and close code. */
    public static final int APP_DOES_NOT_EXIST = 4001;

    // [prefix]/app/{key}[/][?query]; the prefix is any number of path segments
    private static final Pattern PUSHER_PATH = Pattern.compile("^((?:/[^/?#]+)*?)/app/([^/?#]+)/?(?:\\?([^#]*))?$");
    private static final long START_TIMEOUT_SECONDS = 10;
    private static final int STOP_TIMEOUT_MILLIS = 2000;

    private final Logger logger = LoggerFactory.getLogger(LoopbackPusherServer.class);

    private final Engine engine;
    private volatile PusherServerSettings settings;
    private final List<PusherServerConnection> connections = new CopyOnWriteArrayList<>();
    private final List<ReceivedFrame> frames = new CopyOnWriteArrayList<>();
    private final AtomicLong messageIds = new AtomicLong();

    private final boolean tls;
    private final String host;

    public LoopbackPusherServer(PusherServerSettings settings) throws IOException {
        this(settings, null);
    }

    /**
     * @param tls when given, the server speaks {@code wss} with this context (see
     *            {@link org.openhab.binding.vms.simulator.tls.TestCertificates})
     */
    public LoopbackPusherServer(PusherServerSettings settings, @Nullable SSLContext tls) throws IOException {
        this(settings, tls, InetAddress.getLoopbackAddress());
    }

    /**
     * @param bindAddress a loopback address to listen on, e.g. 127.0.0.2 for a socket server on another "host" than
     *            the REST server (Linux routes all of 127.0.0.0/8 to the loopback interface)
     */
    public LoopbackPusherServer(PusherServerSettings settings, @Nullable SSLContext tls, InetAddress bindAddress)
            throws IOException {
        this.settings = settings;
        this.tls = tls != null;
        this.host = bindAddress.getHostAddress();
        engine = new Engine(new InetSocketAddress(bindAddress, 0));
        if (tls != null) {
            // TLS 1.2 only: Java-WebSocket's server-side TLS channel drops application data that arrives together
            // with the end of the handshake, which a TLS 1.3 client's upgrade request does; the connection then
            // hangs now and then (Java-WebSocket issues 665 and 940). A TLS 1.2 client waits for the server's
            // Finished message before it sends anything.
            SSLParameters parameters = tls.getDefaultSSLParameters();
            parameters.setProtocols(new String[] { "TLSv1.2" });
            engine.setWebSocketFactory(new SSLParametersWebSocketServerFactory(tls, parameters));
        }
        engine.setReuseAddr(true);
        // the server must not close or ping clients on its own: tests decide what happens to a connection
        engine.setConnectionLostTimeout(0);
        engine.start();
        engine.awaitStart();
    }

    /** The port the server listens on. */
    public int port() {
        return engine.getPort();
    }

    /** {@code ws://127.0.0.1:<port>/pusher}: what {@code GET /api/v1/wsurl} returns for a push1st deployment. */
    public String wsUrl() {
        return wsUrl("/pusher");
    }

    /** {@code ws://127.0.0.1:<port>} (or the bind address given) followed by the given path (may be empty). */
    public String wsUrl(String path) {
        return (tls ? "wss" : "ws") + "://" + host + ":" + port() + path;
    }

    public PusherServerSettings settings() {
        return settings;
    }

    public void settings(PusherServerSettings newSettings) {
        settings = newSettings;
    }

    /** Connections that are currently open, oldest first. */
    public List<PusherServerConnection> connections() {
        List<PusherServerConnection> open = new ArrayList<>();
        for (PusherServerConnection c : connections) {
            if (c.isOpen()) {
                open.add(c);
            }
        }
        return open;
    }

    /** Every connection ever accepted, oldest first, including closed ones. */
    public List<PusherServerConnection> allConnections() {
        return List.copyOf(connections);
    }

    public int connectionCount() {
        return connections().size();
    }

    /** The most recently accepted connection (open or not), or null if none. */
    public @Nullable PusherServerConnection lastConnection() {
        List<PusherServerConnection> all = allConnections();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Socket id to subscribed channels, for every open connection. */
    public Map<String, Set<String>> subscriptions() {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        for (PusherServerConnection c : connections()) {
            result.put(c.socketId(), c.subscribedChannels());
        }
        return result;
    }

    /** Every text frame received from any client, in arrival order. */
    public List<ReceivedFrame> receivedFrames() {
        return List.copyOf(frames);
    }

    /**
     * Sends an application event to every open, not dropped connection subscribed to {@code channel}.
     *
     * @param dataJson the inner JSON; it travels as a string in the frame's {@code data}
     * @return how many connections it was sent to
     */
    public int publish(String channel, String eventName, String dataJson) {
        int sent = 0;
        for (PusherServerConnection c : connections()) {
            if (!c.isDropped() && c.isSubscribed(channel) && c.sendRaw(eventFrame(channel, eventName, dataJson))) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends a frame exactly as given to every open, not dropped connection. @return how many got it */
    public int sendRawToAll(String frame) {
        int sent = 0;
        for (PusherServerConnection c : connections()) {
            if (!c.isDropped() && c.sendRaw(frame)) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Sends a text frame with exactly these payload bytes (e.g. invalid UTF-8) to every open, not dropped
     * connection. @return how many got it
     */
    public int sendRawBytesToAll(byte[] payload) {
        int sent = 0;
        for (PusherServerConnection c : connections()) {
            if (!c.isDropped() && c.sendRawBytes(payload)) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends {@code pusher:error} to every open, not dropped connection. */
    public int sendErrorToAll(int code, String message, boolean dataAsString) {
        return sendRawToAll(PusherFrames.error(code, message, dataAsString));
    }

    /** Closes every open connection with the given close code. */
    public void closeAll(int code, String reason) {
        for (PusherServerConnection c : connections()) {
            c.close(code, reason);
        }
    }

    /** Silently stops serving every open connection; see {@link PusherServerConnection#drop()}. */
    public void dropAll() {
        for (PusherServerConnection c : connections()) {
            c.drop();
        }
    }

    @Override
    public void close() {
        try {
            engine.stop(STOP_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String eventFrame(String channel, String eventName, String dataJson) {
        if (settings.push1stMessageKeys()) {
            return PusherFrames.event(channel, eventName, dataJson, System.currentTimeMillis(),
                    "msg-" + messageIds.incrementAndGet());
        }
        return PusherFrames.event(channel, eventName, dataJson, null, null);
    }

    private static String newSocketId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return random.nextInt(100_000, 1_000_000) + "." + random.nextInt(1_000_000, 10_000_000);
    }

    /** The upgrade request's headers, names in lower case. */
    private static Map<String, String> headers(ClientHandshake handshake) {
        Map<String, String> headers = new TreeMap<>();
        for (Iterator<String> names = handshake.iterateHttpFields(); names.hasNext();) {
            String name = names.next();
            headers.put(name.toLowerCase(Locale.ROOT), handshake.getFieldValue(name));
        }
        return Map.copyOf(headers);
    }

    private void onOpen(WebSocket socket, String resource, Map<String, String> handshakeHeaders) {
        Matcher m = PUSHER_PATH.matcher(resource);
        if (!m.matches()) {
            // cannot happen: the handshake check refused such paths already
            socket.close(CloseFrame.POLICY_VALIDATION, "not a Pusher path");
            return;
        }
        PusherServerSettings current = settings;
        PusherServerConnection connection = new PusherServerConnection(socket, newSocketId(), m.group(1),
                m.group(2), m.group(3), resource, handshakeHeaders);
        socket.setAttachment(connection);
        connections.add(connection);
        if (!current.appKey().equals(connection.appKey())) {
            logger.debug("simulated pusher: unknown app key, closing {}", connection.socketId());
            connection.sendError(APP_DOES_NOT_EXIST, "App key " + connection.appKey() + " not in this cluster",
                    false);
            socket.close(APP_DOES_NOT_EXIST, "App does not exist");
            return;
        }
        connection.sendRaw(PusherFrames.connectionEstablished(connection.socketId(),
                current.activityTimeoutSeconds(), current.activityTimeoutAsString()));
    }

    private void onMessage(PusherServerConnection connection, String text) {
        ReceivedFrame received = new ReceivedFrame(connection.socketId(), text, Instant.now());
        try {
            if (!connection.isDropped()) {
                answer(connection, text);
            }
        } finally {
            // recorded after answering, so a test that sees the frame knows any reply has been sent already
            connection.record(received);
            frames.add(received);
        }
    }

    private void answer(PusherServerConnection connection, String text) {
        JsonObject frame;
        String event;
        try {
            JsonElement parsed = JsonParser.parseString(text);
            frame = parsed.getAsJsonObject();
            event = frame.get("event").getAsString();
        } catch (RuntimeException e) {
            // push1st closes on anything it cannot parse; hosted Pusher ignores it
            logger.debug("simulated pusher: malformed client frame on {}", connection.socketId());
            if (settings.subscriptionFailure() == SubscriptionFailure.CLOSE_SOCKET) {
                connection.close(PusherServerSettings.PROTOCOL_ERROR, "malformed frame");
            }
            return;
        }
        switch (event) {
            case "pusher:ping" -> connection.sendRaw(PusherFrames.pong());
            case "pusher:subscribe" -> subscribe(connection, frameData(frame));
            case "pusher:unsubscribe" -> {
                String channel = stringOrNull(frameData(frame), "channel");
                if (channel != null) {
                    connection.removeChannel(channel);
                }
            }
            default -> logger.debug("simulated pusher: ignoring client event {}", event);
        }
    }

    /** Client frames carry {@code data} as an object; a JSON string is accepted too. */
    private static @Nullable JsonObject frameData(JsonObject frame) {
        JsonElement data = frame.get("data");
        try {
            if (data != null && data.isJsonPrimitive()) {
                data = JsonParser.parseString(data.getAsString());
            }
            return data != null && data.isJsonObject() ? data.getAsJsonObject() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void subscribe(PusherServerConnection connection, @Nullable JsonObject data) {
        String channel = stringOrNull(data, "channel");
        if (channel == null || channel.isEmpty()) {
            refuse(connection, "", "Missing channel");
            return;
        }
        if (channel.startsWith("presence-")) {
            refuse(connection, channel, "Presence channels are not simulated");
            return;
        }
        if (channel.startsWith("private-")) {
            PusherServerSettings current = settings;
            String auth = stringOrNull(data, "auth");
            if (!PusherSignatures.isValid(current.appKey(), current.appSecret(), connection.socketId(), channel,
                    auth)) {
                refuse(connection, channel, "Invalid signature");
                return;
            }
        }
        connection.addChannel(channel);
        connection.sendRaw(PusherFrames.subscriptionSucceeded(channel));
    }

    private void refuse(PusherServerConnection connection, String channel, String reason) {
        PusherServerSettings current = settings;
        logger.debug("simulated pusher: refusing subscription of {} to '{}': {}", connection.socketId(), channel,
                reason);
        if (current.subscriptionFailure() == SubscriptionFailure.CLOSE_SOCKET) {
            connection.close(current.subscriptionFailureCloseCode(), reason);
        } else {
            connection.sendRaw(PusherFrames.subscriptionError(channel, reason, 401));
        }
    }

    private static @Nullable String stringOrNull(@Nullable JsonObject object, String key) {
        if (object == null) {
            return null;
        }
        JsonElement e = object.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    /** The Java-WebSocket server; everything Pusher-specific is delegated to the outer class. */
    private class Engine extends WebSocketServer {

        private final CountDownLatch started = new CountDownLatch(1);
        private final AtomicReference<@Nullable Exception> startFailure = new AtomicReference<>();

        Engine(InetSocketAddress address) {
            super(address);
        }

        void awaitStart() throws IOException {
            try {
                if (!started.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IOException("simulated Pusher server did not start");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting the simulated Pusher server", e);
            }
            Exception failure = startFailure.get();
            if (failure != null) {
                throw new IOException("simulated Pusher server failed to start", failure);
            }
        }

        @Override
        public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(@Nullable WebSocket conn,
                @Nullable Draft draft, @Nullable ClientHandshake request) throws InvalidDataException {
            String resource = request == null ? "" : request.getResourceDescriptor();
            if (!PUSHER_PATH.matcher(resource).matches()) {
                // answered with HTTP 404 by Java-WebSocket
                throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "not a Pusher path");
            }
            return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
        }

        @Override
        public void onOpen(@Nullable WebSocket conn, @Nullable ClientHandshake handshake) {
            if (conn != null && handshake != null) {
                LoopbackPusherServer.this.onOpen(conn, handshake.getResourceDescriptor(), headers(handshake));
            }
        }

        @Override
        public void onMessage(@Nullable WebSocket conn, @Nullable String message) {
            PusherServerConnection connection = conn == null ? null : conn.getAttachment();
            if (connection != null && message != null) {
                LoopbackPusherServer.this.onMessage(connection, message);
            }
        }

        @Override
        public void onClose(@Nullable WebSocket conn, int code, @Nullable String reason, boolean remote) {
            PusherServerConnection connection = conn == null ? null : conn.getAttachment();
            if (connection != null) {
                connection.closed(code);
            }
        }

        @Override
        public void onWebsocketPing(@Nullable WebSocket conn, @Nullable Framedata f) {
            PusherServerConnection connection = conn == null ? null : conn.getAttachment();
            if (connection == null || !connection.isDropped()) {
                super.onWebsocketPing(conn, f);
            }
        }

        @Override
        public void onError(@Nullable WebSocket conn, @Nullable Exception ex) {
            if (conn == null && started.getCount() > 0) {
                startFailure.set(ex);
                started.countDown();
            } else {
                logger.debug("simulated pusher: socket error: {}", ex == null ? "" : ex.getMessage());
            }
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
