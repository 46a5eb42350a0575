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

import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The one place that keeps door codes out of JSON that is shown: the {@code code} of a visitor code and of an
 * activation code (docs/protocol.md, "Visitor code payload"), at any depth. Whoever reads a code can open the door,
 * and channel states end up in logs, persistence and UIs.
 * <p>
 * Channels get the JSON with the codes left out ({@link #redact(JsonElement)}), the command line tool shows them as
 * {@value #MASK} ({@link #mask(JsonElement)}); both are the same walk. Every key named exactly {@code code} counts,
 * whatever its value: the protocol uses the name only for door codes, and hiding a harmless value by mistake costs
 * nothing while showing a door code cannot be undone. What is nested deeper than {@link SafeJson#MAX_DEPTH} (the
 * decoder refuses such messages) cannot be checked and is shown as {@code null}.
 * <p>
 * The text written is what Gson's {@link JsonElement#toString()} writes for the same tree without the codes.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsJsonRedactor {

    /** What the command line tool shows instead of a door code. */
    public static final String MASK = "***";

    /** Keys whose values open a door. */
    private static final Set<String> SECRET_KEYS = Set.of("code");
    /** What stands for a control character, quote or backslash in a JSON string. */
    private static final @Nullable String[] ESCAPES = escapes();

    private VmsJsonRedactor() {
    }

    /** Whether a JSON key (or a record component of that name) holds a secret, a door code. */
    public static boolean isSecretKey(String key) {
        return SECRET_KEYS.contains(key);
    }

    /**
     * A message's JSON text without door codes; {@code {}} when it cannot be read (rather than passing on text that
     * could not be cleaned). Data sent as a JSON string holding JSON is unwrapped once, as the decoder does.
     */
    public static String redact(String json) {
        try {
            JsonElement parsed = SafeJson.parse(json);
            if (parsed instanceof JsonPrimitive primitive && primitive.isString()) {
                parsed = SafeJson.parse(primitive.getAsString());
            }
            return write(parsed, null, json.length());
        } catch (SafeJson.RefusedException e) {
            return "{}";
        }
    }

    /** The element as JSON text without door codes; the element itself is not changed. */
    public static String redact(JsonElement element) {
        return write(element, null, 64);
    }

    /** As {@link #redact(JsonElement)}, for an element read from {@code sizeHint} characters of text. */
    static String redact(JsonElement element, int sizeHint) {
        return write(element, null, sizeHint);
    }

    /** The element with every door code replaced by {@value #MASK}, as a new tree; the argument is not changed. */
    public static JsonElement mask(JsonElement element) {
        return JsonParser.parseString(write(element, MASK, 64));
    }

    /**
     * @param mask written instead of a secret's value; null leaves the key out
     * @param sizeHint about how long the text will be (the text it was read from): no buffer is copied to grow
     */
    private static String write(JsonElement element, @Nullable String mask, int sizeHint) {
        StringBuilder text = new StringBuilder(Math.max(16, sizeHint));
        write(element, text, mask, 0);
        return text.toString();
    }

    /**
     * Writes JSON as Gson's {@code JsonWriter} does for {@link JsonElement#toString()} (no spaces, HTML characters
     * as they are), without its per-token bookkeeping and its pattern check of every number: this runs for every
     * message that reaches a linked JSON channel.
     */
    private static void write(JsonElement element, StringBuilder out, @Nullable String mask, int depth) {
        if (element instanceof JsonPrimitive primitive) {
            if (primitive.isString()) {
                string(primitive.getAsString(), out);
            } else if (primitive.isBoolean()) {
                out.append(primitive.getAsBoolean());
            } else {
                out.append(primitive.getAsNumber().toString()); // a parsed number keeps the text it was read from
            }
        } else if (depth > SafeJson.MAX_DEPTH || !(element instanceof JsonObject || element instanceof JsonArray)) {
            out.append("null");
        } else if (element instanceof JsonArray array) {
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(array.get(i), out, mask, depth + 1);
            }
            out.append(']');
        } else {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonElement> entry : ((JsonObject) element).entrySet()) {
                String key = entry.getKey();
                boolean secret = isSecretKey(key);
                String shown = mask;
                if (secret && shown == null) {
                    continue;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(key, out);
                out.append(':');
                if (secret && shown != null) {
                    string(shown, out);
                } else {
                    write(entry.getValue(), out, mask, depth + 1);
                }
            }
            out.append('}');
        }
    }

    /** A JSON string with the escapes Gson writes: quote, backslash, control characters, U+2028 and U+2029. */
    private static void string(String value, StringBuilder out) {
        out.append('"');
        int length = value.length();
        int copied = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && (c < '\u2028' || c > '\u2029')) {
                continue; // nearly every character: decided without a table
            }
            String replacement = c < 0x20 || c == '"' || c == '\\' ? ESCAPES[c]
                    : c == '\u2028' ? "\\u2028" : "\\u2029";
            out.append(value, copied, i).append(replacement);
            copied = i + 1;
        }
        if (copied == 0) {
            out.append(value);
        } else {
            out.append(value, copied, length);
        }
        out.append('"');
    }

    private static @Nullable String[] escapes() {
        @Nullable
        String[] escapes = new String[128];
        for (int c = 0; c < 0x20; c++) {
            escapes[c] = String.format("\\u%04x", c);
        }
        escapes['"'] = "\\\"";
        escapes['\\'] = "\\\\";
        escapes['\t'] = "\\t";
        escapes['\b'] = "\\b";
        escapes['\n'] = "\\n";
        escapes['\r'] = "\\r";
        escapes['\f'] = "\\f";
        return escapes;
    }
}
