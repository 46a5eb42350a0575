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
package org.openhab.binding.vms.internal.api.event;

import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsServerText;
import org.openhab.binding.vms.internal.api.event.VmsDroppedMessage.Reason;
import org.openhab.binding.vms.internal.api.model.VmsJsonFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Turns one Pusher application frame into a typed {@link VmsEvent}. Never throws: anything it cannot decode becomes
 * a {@link VmsDroppedMessage}, is counted in {@link #statistics()} and logged at debug level with its Pusher event
 * name, type and length only (the body may contain door codes).
 * <p>
 * Dispatch is content first (docs/protocol.md, "Decoding a frame"):
 * <ol>
 * <li>The frame's {@code data} string is parsed as JSON (a JSON string that itself holds JSON is unwrapped once
 * more; a caller that got {@code data} as an object passes its JSON text).</li>
 * <li>A top-level {@code type} means envelope B (notifications, including {@code intercom_cancel}); else an object
 * {@code data} holding a {@code type} means envelope A (TokenPush/UserPush); else the message is malformed.</li>
 * <li>Either envelope is accepted under any of the three Pusher event names and on any channel (the channel carrying
 * notifications is unknown, see docs/protocol.md, "Pusher events"). Other event names are dropped as unknown: they are
 * not VMS messages, and {@code client-*} events come from other clients, which must not be able to forge e.g. a
 * logout.</li>
 * <li>{@code type} is compared case-insensitively (as Android does); unknown types are dropped.</li>
 * </ol>
 * TokenPush (docs/protocol.md, "Quirks", item 9): iOS treats every recognised type other than {@code archive_generated}
 * on TokenPush as a logout. We decode TokenPush by its type like any other message, so only a real {@code logout} logs
 * the bridge out; a mark or analytic type arriving on TokenPush is delivered as what it is.
 * <p>
 * Missing payloads ({@code []}, {@code {}}, null, missing) and unreadable payload fields do not drop a known type: the
 * record is emitted with null fields or empty lists (see the records' documentation). {@code subject} is not required
 * (docs/protocol.md, "Quirks", item 3), ids may be numbers or numeric strings, unknown keys such as {@code #msg-time}
 * are ignored. Input longer than 1 MiB characters or nested deeper than 64 levels is refused as malformed.
 * <p>
 * Thread-safe: it holds no state except the atomic counters.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsEventDecoder {

    /** Pusher event of the token channel, envelope A. */
    public static final String TOKEN_PUSH = "App\\Events\\TokenPush";
    /** Pusher event of the user channel, envelope A. */
    public static final String USER_PUSH = "App\\Events\\UserPush";
    /** Laravel notification broadcast, envelope B, on either channel. */
    public static final String NOTIFICATION = "Illuminate\\Notifications\\Events\\BroadcastNotificationCreated";
    /** The Pusher event names that carry VMS messages, on both private channels; the only place that says so. */
    public static final List<String> PUSHER_EVENTS = List.of(TOKEN_PUSH, USER_PUSH, NOTIFICATION);

    private static final int MAX_LOGGED_TEXT = 80;

    private final Logger logger;
    private final VmsDecoderStatistics statistics = new VmsDecoderStatistics();

    public VmsEventDecoder() {
        this(LoggerFactory.getLogger(VmsEventDecoder.class));
    }

    /** For tests that check what is logged. */
    VmsEventDecoder(Logger logger) {
        this.logger = logger;
    }

    /**
     * @param pusherEvent the frame's {@code event} name
     * @param channel the frame's {@code channel}, if any
     * @param data the frame's {@code data} string (the inner JSON), if any
     * @return the typed event, or a {@link VmsDroppedMessage} for unknown or malformed input
     */
    public VmsDecodeResult decode(String pusherEvent, @Nullable String channel, @Nullable String data) {
        // the annotations are not enforced at run time; a null must not escape as an exception
        String eventName = Objects.requireNonNullElse(pusherEvent, "");
        String rawJson = Objects.requireNonNullElse(data, "");
        VmsDecodeResult result;
        try {
            result = decodeChecked(eventName, channel, rawJson);
        } catch (SafeJson.RefusedException e) {
            result = dropped(eventName, channel, null, rawJson, Reason.MALFORMED, Objects.toString(e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // last line of defence: a bug here must cost one message, never the socket thread
            result = dropped(eventName, channel, null, rawJson, Reason.MALFORMED,
                    "decoder failure " + e.getClass().getSimpleName());
        }
        count(result);
        return result;
    }

    /**
     * Decodes a whole Pusher frame {@code {"event", "channel", "data"}}; {@code data} may be a string (the protocol)
     * or an object (tolerated). Never throws.
     */
    public VmsDecodeResult decodeFrame(@Nullable String frameJson) {
        JsonObject frame;
        try {
            JsonElement parsed = SafeJson.parse(frameJson);
            if (!parsed.isJsonObject()) {
                throw new SafeJson.RefusedException("frame is not a JSON object");
            }
            frame = parsed.getAsJsonObject();
        } catch (SafeJson.RefusedException e) {
            VmsDecodeResult result = dropped("", null, null, Objects.requireNonNullElse(frameJson, ""),
                    Reason.MALFORMED, "frame: " + e.getMessage());
            count(result);
            return result;
        }
        String eventName = VmsJsonFields.optString(frame, "event");
        String channel = VmsJsonFields.optString(frame, "channel");
        JsonElement data = frame.get("data");
        String dataText = data == null || data.isJsonNull() ? null
                : data.isJsonPrimitive() ? data.getAsString() : data.toString();
        return decode(eventName == null ? "" : eventName, channel, dataText);
    }

    /** The counters of what this decoder decoded and dropped. */
    public VmsDecoderStatistics statistics() {
        return statistics;
    }

    private VmsDecodeResult decodeChecked(String eventName, @Nullable String channel, String rawJson)
            throws SafeJson.RefusedException {
        if (!PUSHER_EVENTS.contains(eventName)) {
            return dropped(eventName, channel, null, rawJson, Reason.UNKNOWN_EVENT, "not a VMS Pusher event");
        }
        JsonElement parsed = SafeJson.parse(rawJson);
        if (parsed instanceof JsonPrimitive primitive && primitive.isString()) {
            parsed = SafeJson.parse(primitive.getAsString()); // encoded twice: unwrap once more, not forever
        }
        if (!parsed.isJsonObject()) {
            throw new SafeJson.RefusedException("data is not a JSON object");
        }
        JsonObject root = parsed.getAsJsonObject();
        // the tree, kept for the JSON channels: redacting it later needs no second parse
        VmsMessageJson json = VmsMessageJson.parsed(rawJson, root);

        String topType = typeOf(root);
        if (topType != null) {
            VmsEventEnvelope envelope = new VmsEventEnvelope(eventName, channel, topType, json,
                    VmsJsonFields.optString(root, "id"), VmsJsonFields.optString(root, "subject"), null);
            return create(envelope, EventPayload.ofEnvelopeB(root));
        }
        JsonObject inner = VmsJsonFields.optObject(root, "data");
        String innerType = typeOf(inner);
        if (inner != null && innerType != null) {
            VmsEventEnvelope envelope = new VmsEventEnvelope(eventName, channel, innerType, json, null,
                    VmsJsonFields.optString(root, "subject"), VmsJsonFields.optString(inner, "status"));
            return create(envelope, EventPayload.ofEnvelopeA(inner));
        }
        throw new SafeJson.RefusedException("no type in either envelope");
    }

    private VmsDecodeResult create(VmsEventEnvelope envelope, EventPayload payload) {
        VmsEventKind kind = VmsEventKind.fromWireType(envelope.wireType());
        if (kind == null) {
            return new VmsDroppedMessage(envelope, Reason.UNKNOWN_TYPE, "unknown type");
        }
        return EventFactory.create(kind, envelope, payload);
    }

    /** A non-blank {@code type} given as a JSON string (or number); null otherwise. */
    private static @Nullable String typeOf(@Nullable JsonObject object) {
        JsonElement type = object == null ? null : object.get("type");
        if (type instanceof JsonPrimitive primitive && !primitive.isBoolean()) {
            String text = primitive.getAsString();
            return text.isBlank() ? null : text;
        }
        return null;
    }

    private static VmsDroppedMessage dropped(String eventName, @Nullable String channel, @Nullable String wireType,
            String rawJson, Reason reason, String detail) {
        return new VmsDroppedMessage(new VmsEventEnvelope(eventName, channel, wireType, rawJson, null, null, null),
                reason, detail);
    }

    private void count(VmsDecodeResult result) {
        if (result instanceof VmsDroppedMessage dropped) {
            if (dropped.reason() == Reason.MALFORMED) {
                statistics.countMalformed();
            } else {
                statistics.countUnknown();
            }
            VmsEventEnvelope envelope = dropped.envelope();
            logger.debug("Dropped VMS socket message ({}): Pusher event '{}', type '{}', {} chars", dropped.detail(),
                    logged(envelope.pusherEvent()), logged(envelope.wireType()), envelope.rawJson().length());
        } else if (result instanceof VmsEvent event) {
            statistics.countDecoded();
            if (logger.isTraceEnabled()) { // cleaning copies the name: not for every message when trace is off
                logger.trace("Decoded VMS socket message {} from Pusher event '{}'", event.kind(),
                        logged(event.envelope().pusherEvent()));
            }
        }
    }

    /** A server-sent name for a log line: through the one cleaner of outside text, kept short. */
    static String logged(@Nullable String text) {
        return VmsServerText.clean(text, MAX_LOGGED_TEXT);
    }
}
