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
package org.openhab.binding.vms.internal.fuzz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.event.VmsEventKind;
import org.openhab.binding.vms.simulator.vms.ExampleFrame;
import org.openhab.binding.vms.simulator.vms.VmsExamples;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * A seeded generator of hostile Pusher frames, each built from one of the protocol's application examples
 * ({@link VmsExamples#APPLICATION_FRAMES}) with one to three {@link Mutation}s applied to the inner message, to the
 * frame around it, or to the finished text. The same seed always gives the same frames, so a failure can be replayed
 * from the frame number in its message.
 * <p>
 * Values a JSON tree cannot hold (huge numbers, deep nesting, broken surrogate escapes, duplicate keys) are put in
 * as placeholders and spliced into the serialised text.
 * <p>
 * In {@linkplain #forSocket socket mode} frames stay within what a server may legitimately use to change the
 * connection itself: no {@code pusher:}/{@code pusher_internal:} events (protocol frames, handled by the Pusher
 * library) and no message that decodes to a {@code logout} (which rightly ends the session). Everything else, from
 * any event name or channel to any payload, is fair game.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class HostileFrames {

    /** What was done to a frame; a frame gets one to three. */
    enum Mutation {
        TRUNCATE_FRAME,
        TRUNCATE_DATA,
        WRONG_JSON_TYPE,
        HUGE_NUMBER,
        DEEP_NESTING,
        LONG_STRING,
        BROKEN_SURROGATE,
        DUPLICATE_KEY,
        WRONG_EVENT,
        WRONG_CHANNEL,
        DATA_SHAPE,
        GARBAGE,
        TYPE_SWAP,
        MISSING_KEY
    }

    private static final Mutation[] MUTATIONS = Mutation.values();
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final String LOGOUT_EXAMPLE = "token-push.logout";

    private static final String[] HUGE_NUMBERS = { "1e999999999", "-1e999999999", "1e-999999999", "1E2147483648",
            "123456789012345678901234567890123456789012345678901234567890", "9223372036854775808",
            "-9223372036854775809", "1.7976931348623157e309", "0.0000000000000000000000000000000000001", "-0",
            "4.2e1", "1" + "0".repeat(5000), "0." + "9".repeat(5000), "-" + "8".repeat(400) + "e-400" };
    private static final JsonElement[] OTHER_VALUES = { JsonNull.INSTANCE, new JsonPrimitive(true),
            new JsonPrimitive(false), new JsonPrimitive(0), new JsonPrimitive(-1), new JsonPrimitive(1.5),
            new JsonPrimitive(""), new JsonPrimitive("text"), new JsonPrimitive("42"), new JsonPrimitive(" 42 "),
            new JsonObject(), new JsonArray(), array(1, 2), object("a", 1) };
    /** Wrong Pusher event names for every mode; socket mode adds none of the protocol's own. */
    private static final String[] WRONG_EVENTS = { "", " ", "App\\Events\\userpush", "app\\events\\UserPush",
            "App\\Events\\UserPush ", "App\\Events\\Other", "App/Events/UserPush", "client-forged",
            "client-App\\Events\\TokenPush", "Illuminate\\Notifications\\Events\\BroadcastNotification",
            "\u0000", "App\\Events\\UserPush\u0000", "événement", "\u202eevil" };
    private static final String[] PROTOCOL_EVENTS = { "pusher:pong", "pusher:error", "pusher:connection_established",
            "pusher_internal:subscription_succeeded", "pusher:subscription_error", "pusher:unknown",
            "pusher_internal:member_added" };
    private static final String[] WRONG_CHANNELS = { "", " ", "private-user.43", "private-user.42 ",
            "PRIVATE-USER.42", "private-token.", "presence-user.42", "user.42", "private-user.42\u0000",
            "private-user.42/../43", "private-user." + "9".repeat(300) };
    private static final String GARBAGE_CHARACTERS = "{}[]\":,\\ 0123456789eE.-+tfnul\u0000\u001f\u007f\u00e9"
            + "\ud83d\ude00\uffff\ufeff\u2028";

    private static final Map<Integer, String> NESTING = new ConcurrentHashMap<>();
    private static final Map<Integer, String> LONG_STRINGS = new ConcurrentHashMap<>();

    private final Random random;
    private final boolean socketMode;
    private final List<ExampleFrame> seeds;
    private final Map<Mutation, Long> counts = new EnumMap<>(Mutation.class);
    private final List<String> rawValues = new ArrayList<>();
    private long frames;

    private HostileFrames(long seed, boolean socketMode) {
        this.random = new Random(seed);
        this.socketMode = socketMode;
        this.seeds = VmsExamples.APPLICATION_FRAMES.stream()
                .filter(name -> !socketMode || !LOGOUT_EXAMPLE.equals(name)).map(VmsExamples::frame).toList();
    }

    /** Frames for the decoder and the handlers: anything goes. */
    static HostileFrames anything(long seed) {
        return new HostileFrames(seed, false);
    }

    /** Frames for a live socket: no protocol frames, no logout (see the class description). */
    static HostileFrames forSocket(long seed) {
        return new HostileFrames(seed, true);
    }

    /** How many frames each mutation went into so far. */
    Map<Mutation, Long> counts() {
        return Map.copyOf(counts);
    }

    long frames() {
        return frames;
    }

    /** The next hostile frame, as the text of one WebSocket message. */
    String next() {
        frames++;
        ExampleFrame seed = seeds.get(random.nextInt(seeds.size()));
        rawValues.clear();
        JsonObject inner = seed.dataObject();
        JsonElement event = new JsonPrimitive(seed.event());
        JsonElement channel = new JsonPrimitive(seed.channel());
        boolean truncateFrame = false;
        boolean truncateData = false;
        boolean garbage = false;
        boolean duplicateKey = false;
        int dataShape = -1;
        int rounds = 1 + random.nextInt(3);
        for (int round = 0; round < rounds; round++) {
            Mutation mutation = MUTATIONS[random.nextInt(MUTATIONS.length)];
            counts.merge(mutation, 1L, Long::sum);
            switch (mutation) {
                case TRUNCATE_FRAME -> truncateFrame = true;
                case TRUNCATE_DATA -> truncateData = true;
                case WRONG_JSON_TYPE -> replaceSomeValue(inner, OTHER_VALUES[random.nextInt(OTHER_VALUES.length)].deepCopy());
                case HUGE_NUMBER -> replaceSomeValue(inner, raw(HUGE_NUMBERS[random.nextInt(HUGE_NUMBERS.length)]));
                case DEEP_NESTING -> replaceSomeValue(inner, raw(deepNesting()));
                case LONG_STRING -> replaceSomeValue(inner, new JsonPrimitive(longString()));
                case BROKEN_SURROGATE -> {
                    if (random.nextBoolean()) {
                        replaceSomeValue(inner, raw(brokenSurrogateLiteral()));
                    } else {
                        event = raw("\"App\\\\Events\\\\UserPush\\ud800\"");
                    }
                }
                case DUPLICATE_KEY -> duplicateKey = true;
                case WRONG_EVENT -> event = wrongEvent();
                case WRONG_CHANNEL -> channel = wrongChannel();
                case DATA_SHAPE -> dataShape = random.nextInt(8);
                case GARBAGE -> garbage = true;
                case TYPE_SWAP -> swapType(inner);
                case MISSING_KEY -> removeSomeKey(inner);
            }
        }
        String innerText = splice(GSON.toJson(inner));
        if (duplicateKey && random.nextBoolean()) {
            innerText = duplicateKeyIn(innerText);
            duplicateKey = false;
        }
        if (truncateData) {
            innerText = innerText.substring(0, random.nextInt(innerText.length() + 1));
        }
        String frame = frameText(event, channel, innerText, dataShape);
        if (duplicateKey) {
            frame = duplicateKeyIn(frame);
        }
        if (garbage) {
            frame = garbage(frame);
        }
        if (truncateFrame) {
            frame = frame.substring(0, random.nextInt(frame.length() + 1));
        }
        return frame;
    }

    // ---------------------------------------------------------------- the frame around the message

    private String frameText(JsonElement event, JsonElement channel, String innerText, int dataShape) {
        JsonObject frame = new JsonObject();
        if (!(event instanceof JsonPrimitive p && "\u0001missing".equals(p.getAsString()))) {
            frame.add("event", event);
        }
        if (!(channel instanceof JsonPrimitive p && "\u0001missing".equals(p.getAsString()))) {
            frame.add("channel", channel);
        }
        switch (dataShape) {
            case 0 -> frame.add("data", raw(innerText)); // an object instead of a string (or broken JSON)
            case 1 -> frame.add("data", raw("[" + innerText + "]"));
            case 2 -> frame.add("data", new JsonPrimitive(random.nextInt()));
            case 3 -> frame.add("data", new JsonPrimitive(random.nextBoolean()));
            case 4 -> frame.add("data", JsonNull.INSTANCE);
            case 5 -> {
                // no data at all
            }
            case 6 -> frame.addProperty("data", GSON.toJson(innerText)); // encoded twice
            default -> frame.addProperty("data", innerText);
        }
        if (random.nextInt(4) == 0) {
            frame.addProperty("#msg-id", "msg-" + frames); // push1st's extra keys
            frame.addProperty("#msg-time", 1_709_294_400_000L + frames);
        }
        return splice(GSON.toJson(frame));
    }

    private JsonElement wrongEvent() {
        int choice = random.nextInt(10);
        if (choice == 0) {
            return new JsonPrimitive(42);
        } else if (choice == 1) {
            return JsonNull.INSTANCE;
        } else if (choice == 2) {
            return random.nextBoolean() ? new JsonObject() : array(1);
        } else if (choice == 3) {
            return new JsonPrimitive("\u0001missing");
        } else if (choice == 4 && !socketMode) {
            return new JsonPrimitive(PROTOCOL_EVENTS[random.nextInt(PROTOCOL_EVENTS.length)]);
        } else if (choice == 5) {
            // a VMS event name, but not the one of this message
            return new JsonPrimitive(List.of("App\\Events\\TokenPush", "App\\Events\\UserPush",
                    "Illuminate\\Notifications\\Events\\BroadcastNotificationCreated").get(random.nextInt(3)));
        }
        return new JsonPrimitive(WRONG_EVENTS[random.nextInt(WRONG_EVENTS.length)]);
    }

    private JsonElement wrongChannel() {
        int choice = random.nextInt(8);
        if (choice == 0) {
            return new JsonPrimitive(42);
        } else if (choice == 1) {
            return JsonNull.INSTANCE;
        } else if (choice == 2) {
            return random.nextBoolean() ? new JsonObject() : array(42);
        } else if (choice == 3) {
            return new JsonPrimitive("\u0001missing");
        } else if (choice == 4) {
            // one of our channels, but not the one of this message
            return new JsonPrimitive(random.nextBoolean() ? "private-user.42"
                    : "private-token." + VmsExamples.EXAMPLE_ACCESS_TOKEN_ID);
        }
        return new JsonPrimitive(WRONG_CHANNELS[random.nextInt(WRONG_CHANNELS.length)]);
    }

    // ---------------------------------------------------------------- the message

    private void swapType(JsonObject inner) {
        JsonObject holder = inner.has("type") ? inner
                : inner.get("data") instanceof JsonObject data && data.has("type") ? data : inner;
        int choice = random.nextInt(7);
        JsonElement type = switch (choice) {
            case 0 -> new JsonPrimitive(randomWireType().toUpperCase(java.util.Locale.ROOT));
            case 1 -> new JsonPrimitive("no_such_type");
            case 2 -> new JsonPrimitive(random.nextInt(100));
            case 3 -> new JsonPrimitive("");
            case 4 -> JsonNull.INSTANCE;
            case 5 -> new JsonPrimitive(" " + randomWireType() + " ");
            default -> new JsonPrimitive(randomWireType());
        };
        holder.add("type", type);
    }

    private String randomWireType() {
        List<VmsEventKind> kinds = List.of(VmsEventKind.values());
        String type;
        do {
            type = kinds.get(random.nextInt(kinds.size())).wireType();
        } while (socketMode && "logout".equalsIgnoreCase(type));
        return type;
    }

    /** Replaces a randomly chosen value anywhere in the tree (the root itself excepted). */
    private void replaceSomeValue(JsonObject root, JsonElement replacement) {
        List<Slot> slots = slots(root);
        if (slots.isEmpty()) {
            root.add("x", replacement);
            return;
        }
        slots.get(random.nextInt(slots.size())).set(replacement);
    }

    private void removeSomeKey(JsonObject root) {
        List<Slot> slots = new ArrayList<>(slots(root).stream().filter(slot -> slot.key != null).toList());
        if (!slots.isEmpty()) {
            Slot slot = slots.get(random.nextInt(slots.size()));
            if (slot.parent instanceof JsonObject object && slot.key != null) {
                object.remove(slot.key);
            }
        }
    }

    /** Every place in the tree that holds a value. */
    private static List<Slot> slots(JsonObject root) {
        List<Slot> result = new ArrayList<>();
        List<JsonElement> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            JsonElement current = pending.remove(pending.size() - 1);
            if (current instanceof JsonObject object) {
                for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
                    result.add(new Slot(object, entry.getKey(), -1));
                    pending.add(entry.getValue());
                }
            } else if (current instanceof JsonArray array) {
                for (int i = 0; i < array.size(); i++) {
                    result.add(new Slot(array, null, i));
                    pending.add(array.get(i));
                }
            }
        }
        return result;
    }

    private record Slot(JsonElement parent, @Nullable String key, int index) {
        void set(JsonElement value) {
            if (parent instanceof JsonObject object && key != null) {
                object.add(key, value);
            } else if (parent instanceof JsonArray array) {
                array.set(index, value);
            }
        }
    }

    // ---------------------------------------------------------------- hostile values

    private String deepNesting() {
        int roll = random.nextInt(100);
        int depth = roll < 30 ? 65 : roll < 60 ? 200 : roll < 85 ? 1_000 : roll < 98 ? 10_000 : 100_000;
        boolean arrays = random.nextBoolean();
        // the same text every time for a depth and shape: built once, not for every frame
        return NESTING.computeIfAbsent((arrays ? depth : -depth), key -> nested(depth, arrays));
    }

    private static String nested(int depth, boolean arrays) {
        StringBuilder text = new StringBuilder(depth * 6 + 2);
        for (int i = 0; i < depth; i++) {
            text.append(arrays ? "[" : "{\"a\":");
        }
        text.append('1');
        for (int i = 0; i < depth; i++) {
            text.append(arrays ? ']' : '}');
        }
        return text.toString();
    }

    private String longString() {
        int roll = random.nextInt(1000);
        int length = roll == 0 ? (1 << 20) + 10 : roll < 20 ? 300_000 : roll < 200 ? 70_000 : 1_000;
        // four variants per length, built once
        return LONG_STRINGS.computeIfAbsent(length * 4 + random.nextInt(4), key -> {
            Random content = new Random(key);
            String alphabet = "abcxyz0123456789 \"\\/\u00e9\u4e2d\ud83d\ude00\u0000\n";
            StringBuilder text = new StringBuilder(length);
            while (text.length() < length) {
                text.append(alphabet.charAt(content.nextInt(alphabet.length())));
            }
            return text.toString();
        });
    }

    /** A JSON string literal holding a lone or reversed surrogate, as an escape or as a raw character. */
    private String brokenSurrogateLiteral() {
        return switch (random.nextInt(5)) {
            case 0 -> "\"Entrance \\ud800 2\"";
            case 1 -> "\"\\udc00\\ud800\"";
            case 2 -> "\"ends in a high surrogate \\ud83d\"";
            case 3 -> "\"raw \ud800 lone\"";
            default -> "\"\\uD83D\\uDE00 fine, then \\uDE00 not\"";
        };
    }

    private String duplicateKeyIn(String json) {
        int open = json.indexOf('{');
        if (open < 0) {
            return json;
        }
        String[] keys = { "type", "data", "event", "channel", "id", "camera_id", "intercom" };
        String key = keys[random.nextInt(keys.length)];
        String value = List.of("\"no_such_type\"", "null", "{}", "[]", "42", "\"logout\"".replace("logout",
                socketMode ? "mark_created" : "logout"), "\"private-user.43\"").get(random.nextInt(7));
        // before the original: the original wins in Gson; after it (at the end): the duplicate wins
        if (random.nextBoolean()) {
            return json.substring(0, open + 1) + "\"" + key + "\":" + value + "," + json.substring(open + 1);
        }
        int close = json.lastIndexOf('}');
        return close <= open ? json : json.substring(0, close) + ",\"" + key + "\":" + value + json.substring(close);
    }

    private String garbage(String text) {
        StringBuilder result = new StringBuilder(text);
        int edits = 1 + random.nextInt(5);
        for (int i = 0; i < edits; i++) {
            char c = GARBAGE_CHARACTERS.charAt(random.nextInt(GARBAGE_CHARACTERS.length()));
            int at = random.nextInt(result.length() + 1);
            if (random.nextBoolean() && at < result.length()) {
                result.setCharAt(at, c);
            } else {
                result.insert(at, c);
            }
        }
        return result.toString();
    }

    // ---------------------------------------------------------------- placeholders for raw JSON

    private JsonPrimitive raw(String json) {
        rawValues.add(json);
        return new JsonPrimitive(placeholder(rawValues.size() - 1));
    }

    private static String placeholder(int index) {
        return "~~raw" + index + "~~";
    }

    private String splice(String json) {
        String result = json;
        for (int i = rawValues.size() - 1; i >= 0; i--) {
            result = result.replace("\"" + placeholder(i) + "\"", rawValues.get(i));
        }
        return result;
    }

    private static JsonArray array(int... values) {
        JsonArray array = new JsonArray();
        for (int value : values) {
            array.add(value);
        }
        return array;
    }

    private static JsonObject object(String key, int value) {
        JsonObject object = new JsonObject();
        object.addProperty(key, value);
        return object;
    }
}
