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

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Seeded random mutations of the example messages (truncation, garbage, swapped JSON types and message types, huge
 * numbers and arrays, deep nesting, missing keys): the decoder must never throw, must always answer a consistent
 * event, and must count every call exactly once. The seed is fixed so a failure is reproducible; the failing input
 * is printed in the assertion message.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsEventDecoderMutationTest {

    private static final int MUTATIONS = 20_000;
    private static final long SEED = 0x5EED_D0C0DEL;
    private static final List<String> WIRE_TYPES = List.of(VmsEventKind.values()).stream()
            .map(VmsEventKind::wireType).toList();
    private static final String[] EVENT_NAMES = { VmsEventDecoder.TOKEN_PUSH, VmsEventDecoder.USER_PUSH,
            VmsEventDecoder.NOTIFICATION, "pusher:pong", "client-x", "" };

    private final Random random = new Random(SEED);

    @Test
    void mutatedMessagesNeverThrowAndAreAlwaysCounted() {
        List<String> inners = ExampleFrames.APPLICATION_FRAMES.stream().map(name -> ExampleFrames.load(name).data())
                .toList();
        VmsEventDecoder decoder = new VmsEventDecoder();
        int decoded = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            String original = inners.get(random.nextInt(inners.size()));
            String mutated = mutate(original);
            String eventName = random.nextInt(10) == 0 ? EVENT_NAMES[random.nextInt(EVENT_NAMES.length)]
                    : VmsEventDecoder.PUSHER_EVENTS.get(random.nextInt(3));
            String channel = random.nextInt(20) == 0 ? null : "private-user.42";
            String data = random.nextInt(200) == 0 ? null : mutated;
            VmsDecodeResult result;
            try {
                result = decoder.decode(eventName, channel, data);
            } catch (Throwable t) {
                throw new AssertionError("decode threw for mutation " + i + ": " + abbreviate(data), t);
            }
            assertConsistent(result, i, data);
            if (result instanceof VmsEvent) {
                decoded++;
            }
            if (i % 10 == 0) {
                String frame = frame(eventName, channel, mutated);
                assertConsistent(decoder.decodeFrame(frame), i, frame);
                assertConsistent(decoder.decodeFrame(mutate(frame)), i, frame);
            }
        }
        VmsDecoderStatistics statistics = decoder.statistics();
        assertEquals(MUTATIONS + 2 * (MUTATIONS / 10), statistics.total());
        assertTrue(decoded > MUTATIONS / 10, "the mutations should leave many messages decodable: " + statistics);
        assertTrue(statistics.malformed() > MUTATIONS / 10, "and break many: " + statistics);
        assertTrue(statistics.unknown() > 0, statistics.toString());
    }

    private static void assertConsistent(VmsDecodeResult result, int i, @Nullable String input) {
        assertNotNull(result);
        VmsEventEnvelope envelope = result.envelope();
        assertNotNull(envelope, () -> "mutation " + i + ": " + abbreviate(input));
        if (result instanceof VmsEvent event) {
            assertNotNull(event.kind(), () -> "mutation " + i + ": " + abbreviate(input));
            assertEquals(event.getClass().getSimpleName(), event.accept(new NamingVisitor()));
        } else {
            VmsDroppedMessage dropped = assertInstanceOf(VmsDroppedMessage.class, result);
            assertNotNull(dropped.reason(), () -> "mutation " + i + ": " + abbreviate(input));
        }
        assertNotNull(result.toString());
    }

    private static String frame(String eventName, @Nullable String channel, String data) {
        JsonObject frame = new JsonObject();
        frame.addProperty("event", eventName);
        if (channel != null) {
            frame.addProperty("channel", channel);
        }
        frame.addProperty("data", data);
        frame.addProperty("#msg-time", 1_709_294_400);
        return frame.toString();
    }

    private String mutate(String text) {
        int rounds = 1 + random.nextInt(3);
        String result = text;
        for (int r = 0; r < rounds; r++) {
            result = switch (random.nextInt(8)) {
                case 0 -> result.substring(0, random.nextInt(result.length() + 1));
                case 1 -> replaceChar(result);
                case 2 -> deleteRange(result);
                case 3 -> duplicateRange(result);
                case 4, 5 -> mutateTree(result);
                case 6 -> swapType(result);
                default -> wrap(result);
            };
        }
        return result;
    }

    private String replaceChar(String text) {
        if (text.isEmpty()) {
            return "{";
        }
        String alphabet = "{}[]\":,\\ 0123456789eE.-+tfnulx\u0000\u00e9\ud83d";
        int at = random.nextInt(text.length());
        return text.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length())) + text.substring(at + 1);
    }

    private String deleteRange(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int from = random.nextInt(text.length());
        int to = Math.min(text.length(), from + 1 + random.nextInt(40));
        return text.substring(0, from) + text.substring(to);
    }

    private String duplicateRange(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int from = random.nextInt(text.length());
        int to = Math.min(text.length(), from + 1 + random.nextInt(40));
        return text.substring(0, to) + text.substring(from, to) + text.substring(to);
    }

    private String wrap(String text) {
        return switch (random.nextInt(5)) {
            case 0 -> new JsonPrimitive(text).toString(); // encoded once more
            case 1 -> "[" + text + "]";
            case 2 -> text + text;
            case 3 -> "{\"data\":" + text + "}";
            default -> " \n" + text + "\t";
        };
    }

    /** Replaces a {@code "type"} value by another kind's wire type, in some case, or by junk. */
    private String swapType(String text) {
        String replacement = switch (random.nextInt(4)) {
            case 0 -> WIRE_TYPES.get(random.nextInt(WIRE_TYPES.size())).toUpperCase();
            case 1 -> "no_such_type";
            default -> WIRE_TYPES.get(random.nextInt(WIRE_TYPES.size()));
        };
        return text.replaceFirst("\"type\":\"[^\"]*\"", "\"type\":\"" + replacement + "\"");
    }

    /** Parses the text (if it parses) and replaces or removes one random value anywhere in the tree. */
    private String mutateTree(String text) {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (RuntimeException e) {
            return text;
        }
        List<JsonElement> containers = new ArrayList<>();
        Deque<JsonElement> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            JsonElement element = pending.pop();
            if (element.isJsonObject()) {
                containers.add(element);
                element.getAsJsonObject().entrySet().forEach(entry -> pending.push(entry.getValue()));
            } else if (element.isJsonArray()) {
                containers.add(element);
                element.getAsJsonArray().forEach(pending::push);
            }
        }
        if (containers.isEmpty()) {
            return text;
        }
        JsonElement container = containers.get(random.nextInt(containers.size()));
        boolean remove = random.nextInt(5) == 0;
        if (container instanceof JsonObject object && object.size() > 0) {
            List<String> keys = new ArrayList<>(object.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            if (remove) {
                object.remove(key);
            } else {
                object.add(key, randomValue());
            }
        } else if (container instanceof JsonArray array && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            if (remove) {
                array.remove(index);
            } else {
                array.set(index, randomValue());
            }
        }
        return root.toString();
    }

    private JsonElement randomValue() {
        return switch (random.nextInt(16)) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> new JsonArray();
            case 2 -> new JsonObject();
            case 3 -> new JsonPrimitive("");
            case 4 -> new JsonPrimitive("x\u0000y\"z");
            case 5 -> new JsonPrimitive(random.nextBoolean());
            case 6 -> JsonParser.parseString("1e400");
            case 7 -> JsonParser.parseString("-99999999999999999999999999999");
            case 8 -> new JsonPrimitive(random.nextLong());
            case 9 -> new JsonPrimitive(random.nextDouble() * 1e12);
            case 10 -> new JsonPrimitive("12345");
            case 11 -> nested(1 + random.nextInt(120));
            case 12 -> hugeArray();
            case 13 -> new JsonPrimitive("a".repeat(random.nextInt(5000)));
            case 14 -> JsonParser.parseString("{\"id\":\"7\",\"type\":\"logout\",\"data\":[],\"intercom\":{}}");
            default -> new JsonPrimitive(WIRE_TYPES.get(random.nextInt(WIRE_TYPES.size())));
        };
    }

    private static JsonElement nested(int depth) {
        JsonElement element = new JsonPrimitive(1);
        for (int d = 0; d < depth; d++) {
            JsonArray array = new JsonArray();
            array.add(element);
            element = array;
        }
        return element;
    }

    private JsonArray hugeArray() {
        JsonArray array = new JsonArray();
        int size = random.nextInt(10) == 0 ? 12_000 : random.nextInt(50);
        for (int n = 0; n < size; n++) {
            array.add(random.nextBoolean() ? new JsonPrimitive(n) : new JsonPrimitive(Integer.toString(n)));
        }
        return array;
    }

    private static String abbreviate(@Nullable String text) {
        if (text == null) {
            return "null";
        }
        return text.length() > 2000 ? text.substring(0, 2000) + "... (" + text.length() + " chars)" : text;
    }
}
