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

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.TextFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection of the {@link LoopbackPusherServer}: what it asked for, what it subscribed to and sent, and
 * the levers tests pull on it (raw frames, errors, closes, silent drops).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class PusherServerConnection {

    private final Logger logger = LoggerFactory.getLogger(PusherServerConnection.class);

    private final WebSocket socket;
    private final String socketId;
    private final String pathPrefix;
    private final String appKey;
    private final @Nullable String query;
    private final String resource;
    private final Map<String, String> handshakeHeaders;
    private final Set<String> channels = ConcurrentHashMap.newKeySet();
    private final List<ReceivedFrame> frames = new CopyOnWriteArrayList<>();
    private volatile boolean dropped;
    private volatile @Nullable Integer closeCode;

    PusherServerConnection(WebSocket socket, String socketId, String pathPrefix, String appKey,
            @Nullable String query, String resource, Map<String, String> handshakeHeaders) {
        this.socket = socket;
        this.resource = resource;
        this.handshakeHeaders = handshakeHeaders;
        this.socketId = socketId;
        this.pathPrefix = pathPrefix;
        this.appKey = appKey;
        this.query = query;
    }

    /** The Pusher socket id announced in {@code pusher:connection_established}. */
    public String socketId() {
        return socketId;
    }

    /** The path before {@code /app/{appKey}}, e.g. {@code /pusher}; empty when the client used {@code /app/...}. */
    public String pathPrefix() {
        return pathPrefix;
    }

    /** The application key the client asked for (may be a wrong one; such connections are closed with 4001). */
    public String appKey() {
        return appKey;
    }

    /** The raw query string of the connection URL (e.g. {@code protocol=7&client=...}), if any. */
    public @Nullable String query() {
        return query;
    }

    /** The whole request target of the upgrade request (path and query), as the client sent it. */
    public String resource() {
        return resource;
    }

    /** The headers of the upgrade request, names in lower case (e.g. to check that no credentials were sent). */
    public Map<String, String> handshakeHeaders() {
        return handshakeHeaders;
    }

    public boolean isOpen() {
        return socket.isOpen();
    }

    /** Whether {@link #drop()} was called: the server ignores this connection but keeps its TCP socket open. */
    public boolean isDropped() {
        return dropped;
    }

    /** The channels this connection is currently subscribed to. */
    public Set<String> subscribedChannels() {
        return Set.copyOf(channels);
    }

    /** Every text frame received on this connection (also while dropped). */
    public List<ReceivedFrame> receivedFrames() {
        return List.copyOf(frames);
    }

    /** The close code once the connection is closed (by either side), else null. */
    public @Nullable Integer closeCode() {
        return closeCode;
    }

    /** Sends a frame exactly as given. @return false if the connection is no longer open */
    public boolean sendRaw(String frame) {
        try {
            socket.send(frame);
            return true;
        } catch (RuntimeException e) {
            // WebsocketNotConnectedException: closed meanwhile; tests see the false
            logger.debug("simulated pusher: cannot send to {}: {}", socketId, e.getMessage());
            return false;
        }
    }

    /**
     * Sends a text frame whose payload is exactly these bytes, valid UTF-8 or not (a server bug or an attack; the
     * WebSocket protocol says the receiver must fail the connection, with close code 1007, on invalid UTF-8).
     *
     * @return false if the connection is no longer open
     */
    public boolean sendRawBytes(byte[] payload) {
        TextFrame frame = new TextFrame();
        frame.setPayload(ByteBuffer.wrap(payload.clone()));
        frame.setFin(true);
        try {
            socket.sendFrame(frame);
            return true;
        } catch (RuntimeException e) {
            logger.debug("simulated pusher: cannot send to {}: {}", socketId, e.getMessage());
            return false;
        }
    }

    /** Sends {@code pusher:error}, with {@code data} as an object or, if {@code dataAsString}, as a JSON string. */
    public boolean sendError(int code, String message, boolean dataAsString) {
        return sendRaw(PusherFrames.error(code, message, dataAsString));
    }

    /**
     * Closes the connection with a close frame carrying {@code code}; {@link CloseFrame#ABNORMAL_CLOSE} (1006, which
     * cannot travel in a close frame) cuts the TCP connection instead.
     */
    public void close(int code, String reason) {
        if (code == CloseFrame.ABNORMAL_CLOSE) {
            socket.closeConnection(code, reason);
        } else {
            socket.close(code, reason);
        }
    }

    /**
     * Stops answering: frames are still recorded but get no reply (no pong, no subscription answer), nothing is
     * published to it and WebSocket pings are not answered either. The TCP connection stays open: a half-open link
     * as the client sees it.
     */
    public void drop() {
        dropped = true;
    }

    void record(ReceivedFrame frame) {
        frames.add(frame);
    }

    void addChannel(String channel) {
        channels.add(channel);
    }

    void removeChannel(String channel) {
        channels.remove(channel);
    }

    boolean isSubscribed(String channel) {
        return channels.contains(channel);
    }

    void closed(int code) {
        closeCode = code;
        channels.clear();
    }
}
