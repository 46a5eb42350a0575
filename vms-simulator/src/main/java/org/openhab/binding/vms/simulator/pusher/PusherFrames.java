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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * Builds the frames a Pusher server sends (docs/protocol.md, "Socket"), in the shapes push1st and hosted Pusher
 * use: application and handshake {@code data} as a JSON string, error {@code data} as an object (or, for tests, a
 * string), no {@code data} key on {@code subscription_succeeded} and {@code pong}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class PusherFrames {

    // PHP and push1st do not escape '<', '>', '=' etc.; neither do we, so frames look like the real ones
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private PusherFrames() {
    }

    public static String connectionEstablished(String socketId, int activityTimeoutSeconds, boolean timeoutAsString) {
        JsonObject data = new JsonObject();
        data.addProperty("socket_id", socketId);
        if (timeoutAsString) {
            data.addProperty("activity_timeout", Integer.toString(activityTimeoutSeconds));
        } else {
            data.addProperty("activity_timeout", activityTimeoutSeconds);
        }
        return frame("pusher:connection_established", null, GSON.toJson(data));
    }

    /**
     * An application event: {@code {"event","channel","data"}} with {@code data} the given JSON text as a string.
     *
     * @param messageTime when not null, push1st's {@code #msg-time} (epoch milliseconds) and {@code #msg-id} are added
     */
    public static String event(String channel, String event, String dataJson, @Nullable Long messageTime,
            @Nullable String messageId) {
        JsonObject frame = new JsonObject();
        frame.addProperty("event", event);
        frame.addProperty("channel", channel);
        frame.addProperty("data", dataJson);
        if (messageTime != null) {
            frame.addProperty("#msg-time", messageTime);
            frame.addProperty("#msg-id", messageId == null ? "" : messageId);
        }
        return GSON.toJson(frame);
    }

    public static String subscriptionSucceeded(String channel) {
        return frame("pusher_internal:subscription_succeeded", channel, null);
    }

    /** Hosted Pusher's refusal of a subscription; {@code data} is an object with type, error and HTTP-like status. */
    public static String subscriptionError(String channel, String error, int status) {
        JsonObject data = new JsonObject();
        data.addProperty("type", "AuthError");
        data.addProperty("error", error);
        data.addProperty("status", status);
        JsonObject frame = new JsonObject();
        frame.addProperty("event", "pusher:subscription_error");
        frame.addProperty("channel", channel);
        frame.add("data", data);
        return GSON.toJson(frame);
    }

    public static String pong() {
        return frame("pusher:pong", null, null);
    }

    /**
     * {@code pusher:error}; {@code data} as an object (the standard shape) or, with {@code dataAsString}, as a JSON
     * string (which Android accepts and iOS does not).
     */
    public static String error(int code, String message, boolean dataAsString) {
        JsonObject data = new JsonObject();
        data.addProperty("code", code);
        data.addProperty("message", message);
        JsonObject frame = new JsonObject();
        frame.addProperty("event", "pusher:error");
        if (dataAsString) {
            frame.addProperty("data", GSON.toJson(data));
        } else {
            frame.add("data", data);
        }
        return GSON.toJson(frame);
    }

    private static String frame(String event, @Nullable String channel, @Nullable String dataString) {
        JsonObject frame = new JsonObject();
        frame.addProperty("event", event);
        if (channel != null) {
            frame.addProperty("channel", channel);
        }
        if (dataString != null) {
            frame.addProperty("data", dataString);
        }
        return GSON.toJson(frame);
    }
}
