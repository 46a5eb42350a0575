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

import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ServerHandshake;
import org.openhab.binding.vms.internal.api.VmsServerText;
import org.openhab.binding.vms.internal.api.model.VmsJsonFields;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.pusher.client.connection.websocket.WebSocketListener;

/**
 * Sits between one WebSocket and pusher-java-client: hands application events to the client itself and lets through
 * only protocol frames the library can digest.
 * <p>
 * Application events bypass the library: it would parse each frame a second time (with a new Gson instance per
 * frame) and hand it through two queue hops to a listener that needs only the event name, channel and {@code data},
 * which this gate has read already. The decoder decides which event names carry VMS messages (one check, there).
 * The library's activity timer no longer sees application frames: under steady traffic it pings once per activity
 * timeout, which the server answers.
 * <p>
 * pusher-java-client 2.4.4 (checked in its byte code) throws on its event thread, and then silently loses the frame,
 * when a frame is not JSON, has a non-string {@code event} or {@code channel}, when {@code pusher:error} has a
 * string {@code code} or lacks {@code data}, or when {@code socket_id} is a number. It also never reports close codes
 * or the server's {@code activity_timeout}. So this gate, on the socket's read thread:
 * <ul>
 * <li>drops malformed frames (including any nested more than {@value #MAX_DEPTH} levels deep) and application events
 * without a channel or on a channel the client does not subscribe (counted by the callbacks);</li>
 * <li>handles {@code pusher:error} and {@code pusher:subscription_error} itself, with {@code data} as object or
 * string and codes as numbers or numeric strings;</li>
 * <li>reads {@code connection_established} leniently ({@code data} string or object, {@code activity_timeout}
 * string or number, as push1st and hosted Pusher differ) and forwards a normalised copy; an unusable one closes the
 * socket with 1002;</li>
 * <li>reports every close with its code, and notices when the library drops the socket itself (pong timeout);</li>
 * <li>once retired (the library opened a newer socket), keeps a late close of the old socket away from the library,
 * which would otherwise take it for the new one's.</li>
 * </ul>
 * Extra top-level keys (push1st's {@code #msg-*}) pass through; the library ignores them.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class PusherFrameGate implements WebSocketListener {

    /** What the gate tells the client. Called on the socket's read thread (or the library's timer thread). */
    interface Callbacks {
        void established(String socketId, @Nullable Duration serverActivityTimeout);

        void serverError(@Nullable Integer code, String message);

        void subscriptionRefused(@Nullable String channel, @Nullable Integer status, String message);

        void handshakeUnusable(String reason);

        void malformedFrame(String reason);

        /**
         * An application event (any event name outside Pusher's own) on one of our channels.
         *
         * @param data the frame's {@code data}: the string, or the JSON text of an object; null when absent
         */
        void applicationEvent(String eventName, String channel, @Nullable String data);

        /** An application event without a channel or on a channel that is not ours. */
        void foreignChannel(String eventName, @Nullable String channel);

        /** @param closedByGate the gate closed the socket itself after {@link #handshakeUnusable} */
        void closed(int code, String reason, boolean remote, boolean closedByGate, @Nullable Exception lastError);

        void pongTimeout();
    }

    static final String CONNECTION_ESTABLISHED = "pusher:connection_established";
    static final String ERROR = "pusher:error";
    static final String SUBSCRIPTION_ERROR = "pusher:subscription_error";

    /** Real frames nest about 7 levels (with data as an object); the decoder allows 64 inside data. */
    static final int MAX_DEPTH = 64;

    // what may go into the channel-auth request and signature; Pusher ids look like "1234.5678"
    private static final Pattern SOCKET_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final WebSocketListener library;
    private final Callbacks callbacks;
    private final Set<String> channels;
    private volatile @Nullable WebSocket socket;
    private volatile boolean retired;
    private volatile boolean closed;
    private volatile boolean closedByGate;
    private volatile @Nullable Exception lastError;

    /**
     * @param channels the channels the client subscribes; application events on any other channel are reported only
     */
    PusherFrameGate(WebSocketListener library, Callbacks callbacks, Set<String> channels) {
        this.library = library;
        this.callbacks = callbacks;
        this.channels = channels;
    }

    /** The socket this gate guards, so it can close it on an unusable handshake. */
    void attach(WebSocket webSocket) {
        socket = webSocket;
    }

    /** The library opened a newer socket: nothing from this one may reach it any more. */
    void retire() {
        retired = true;
    }

    /** The library removed itself from this socket; without a close first, that is its pong timeout. */
    void detachedByLibrary() {
        boolean wasLive = !closed && !retired;
        retired = true;
        if (wasLive) {
            callbacks.pongTimeout();
        }
    }

    @Override
    public void onOpen(@Nullable ServerHandshake handshakeData) {
        if (!retired) {
            library.onOpen(handshakeData);
        }
    }

    @Override
    public void onMessage(@Nullable String message) {
        if (retired || message == null) {
            return;
        }
        try {
            route(message);
        } catch (RuntimeException e) {
            // JsonParseException and friends: whatever the server sent, it must not escape into Java-WebSocket
            callbacks.malformedFrame(e.getClass().getSimpleName());
        }
    }

    @Override
    public void onClose(int code, @Nullable String reason, boolean remote) {
        closed = true;
        if (retired) {
            return;
        }
        callbacks.closed(code, VmsServerText.clean(reason), remote, closedByGate, lastError);
        library.onClose(code, reason, remote);
    }

    @Override
    public void onError(@Nullable Exception ex) {
        // Java-WebSocket follows every fatal error with onClose, where it is reported together with the close
        // code; the library would only turn it into a second, vaguer error report
        lastError = ex;
    }

    private void route(String text) {
        if (VmsJsonFields.nestingExceeds(text, MAX_DEPTH)) {
            // the library re-serialises data objects recursively on its event thread: a stack overflow there
            callbacks.malformedFrame("nested too deeply");
            return;
        }
        JsonElement parsed = JsonParser.parseString(text);
        if (!parsed.isJsonObject()) {
            callbacks.malformedFrame("not a JSON object");
            return;
        }
        JsonObject frame = parsed.getAsJsonObject();
        String event = string(frame.get("event"));
        if (event == null) {
            callbacks.malformedFrame("no event name");
            return;
        }
        JsonElement channelElement = frame.get("channel");
        boolean nullChannel = channelElement != null && channelElement.isJsonNull();
        String channel = string(channelElement);
        if (channelElement != null && !nullChannel && channel == null) {
            callbacks.malformedFrame("channel is not a string");
            return;
        }
        switch (event) {
            case CONNECTION_ESTABLISHED -> established(frame);
            case ERROR -> serverError(frame.get("data"));
            case SUBSCRIPTION_ERROR -> subscriptionError(channel, frame.get("data"));
            default -> {
                if (event.startsWith("pusher:") || event.startsWith("pusher_internal:")) {
                    if (nullChannel) {
                        // the library reads a present "channel" with getAsString(), which fails on null
                        frame.remove("channel");
                        text = frame.toString();
                    }
                    library.onMessage(text);
                } else if (channel == null || !channels.contains(channel)) {
                    // no listener of ours is on it; counted, so that no message vanishes uncounted
                    callbacks.foreignChannel(event, channel);
                } else {
                    callbacks.applicationEvent(event, channel, dataText(frame.get("data")));
                }
            }
        }
    }

    /** {@code data} as text: the usual JSON string, or an object (or other value) as JSON text; null if none. */
    private static @Nullable String dataText(@Nullable JsonElement data) {
        if (data == null || data.isJsonNull()) {
            return null;
        }
        return data.isJsonPrimitive() ? data.getAsString() : data.toString();
    }

    private void established(JsonObject frame) {
        JsonObject data = object(frame.get("data"));
        String socketId = data == null ? null : scalar(data.get("socket_id"));
        if (socketId == null || !SOCKET_ID.matcher(socketId).matches()) {
            callbacks.handshakeUnusable(data == null ? "no data object" : "no usable socket_id");
            closeSocket("unusable connection_established");
            return;
        }
        Duration activityTimeout = null;
        Long seconds = number(data.get("activity_timeout"));
        if (seconds != null && seconds > 0) {
            activityTimeout = Duration.ofSeconds(seconds);
        }
        callbacks.established(socketId, activityTimeout);
        JsonObject normalisedData = new JsonObject();
        normalisedData.addProperty("socket_id", socketId);
        JsonObject normalised = new JsonObject();
        normalised.addProperty("event", CONNECTION_ESTABLISHED);
        normalised.addProperty("data", normalisedData.toString());
        library.onMessage(normalised.toString());
    }

    private void serverError(@Nullable JsonElement dataElement) {
        JsonObject data = object(dataElement);
        if (data == null) {
            // a bare string that is not JSON is the message itself
            String text = string(dataElement);
            callbacks.serverError(null, text == null || text.isBlank() ? "(no message)" : VmsServerText.clean(text));
            return;
        }
        Long code = number(data.get("code"));
        String message = scalar(data.get("message"));
        callbacks.serverError(code == null ? null : code.intValue(),
                message == null || message.isBlank() ? "(no message)" : VmsServerText.clean(message));
    }

    private void subscriptionError(@Nullable String channel, @Nullable JsonElement dataElement) {
        JsonObject data = object(dataElement);
        String message = data == null ? string(dataElement) : scalar(data.get("error"));
        if (message == null && data != null) {
            message = scalar(data.get("message"));
        }
        Long status = data == null ? null : number(data.get("status"));
        callbacks.subscriptionRefused(channel, status == null ? null : status.intValue(),
                message == null || message.isBlank() ? "(no reason given)" : VmsServerText.clean(message));
    }

    /** Cuts the TCP connection at once (close code 1006), without the closing handshake. */
    void forceClose() {
        WebSocket s = socket;
        if (s != null && !closed) {
            s.closeConnection(CloseFrame.ABNORMAL_CLOSE, "no answer to our close frame");
        }
    }

    private void closeSocket(String reason) {
        WebSocket s = socket;
        if (s != null) {
            closedByGate = true;
            s.close(CloseFrame.PROTOCOL_ERROR, reason);
        }
    }

    /** An object given as an object or as a string holding JSON (the usual double encoding); else null. */
    private static @Nullable JsonObject object(@Nullable JsonElement element) {
        if (element == null) {
            return null;
        }
        if (element.isJsonObject()) {
            return element.getAsJsonObject();
        }
        String text = string(element);
        if (text == null) {
            return null;
        }
        try {
            JsonElement inner = JsonParser.parseString(text);
            return inner.isJsonObject() ? inner.getAsJsonObject() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static @Nullable String string(@Nullable JsonElement element) {
        return element instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
    }

    /** A string or number as text (ids come both ways), else null. */
    private static @Nullable String scalar(@Nullable JsonElement element) {
        if (element instanceof JsonPrimitive p && (p.isString() || p.isNumber())) {
            return p.isNumber() ? p.getAsBigDecimal().stripTrailingZeros().toPlainString() : p.getAsString();
        }
        return null;
    }

    /** A whole number given as number or numeric string, else null. */
    private static @Nullable Long number(@Nullable JsonElement element) {
        String text = scalar(element);
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
