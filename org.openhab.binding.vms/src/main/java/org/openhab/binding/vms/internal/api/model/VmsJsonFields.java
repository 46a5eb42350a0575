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
package org.openhab.binding.vms.internal.api.model;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Lenient, never-throwing accessors for the server's JSON. The two seed SDKs disagree on JSON types (ids as numbers or
 * strings, booleans, empty PHP arrays for empty objects, docs/protocol.md, "Reading payloads"), so every reader here
 * accepts the reasonable spellings and answers {@code null} for anything else instead of failing the whole message.
 * <p>
 * "Absent" means: key missing, JSON {@code null}, an empty array {@code []} or an empty object {@code {}} (PHP
 * encodes an empty map as {@code []}, docs/protocol.md, "Reading payloads").
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsJsonFields {

    /** Upper bound on list sizes read from the wire, so a hostile array cannot exhaust memory. */
    public static final int MAX_LIST_SIZE = 10_000;

    /** Numbers with more characters than this are not ids; refusing them early keeps parsing cheap. */
    private static final int MAX_NUMBER_TEXT = 40;

    private static final int[] POWERS_OF_TEN = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000, 1_000_000_000 };

    /**
     * Server format {@code 2024-03-01T12:34:56.000000Z}; also without fraction or seconds, with a blank instead of
     * {@code T}, with any offset ({@code +03:00}, {@code +0300}, {@code +03}) or without a zone.
     */
    private static final DateTimeFormatter SERVER_UTC = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd().append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().parseLenient().appendOffset("+HH", "Z").parseStrict().optionalEnd()
            .toFormatter(Locale.ROOT);

    private VmsJsonFields() {
    }

    /**
     * True when brackets outside string literals nest deeper than {@code limit}: a cheap check of untrusted text
     * before it is parsed, since Gson writes (and some libraries read) JSON trees recursively, so a deeply nested
     * message could overflow the stack of whichever thread handles it.
     */
    public static boolean nestingExceeds(String text, int limit) {
        // Text cannot nest deeper than it has opening brackets. Counting them with indexOf (vectorised by the JIT)
        // is several times cheaper than the scan below, and real messages have far fewer than the limit.
        if (countUpTo(text, '{', limit) + countUpTo(text, '[', limit) <= limit) {
            return false;
        }
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++; // skip the escaped character, which may be a quote
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > limit) {
                    return true;
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return false;
    }

    /** How often {@code c} occurs in {@code text}, counting no further than {@code limit + 1}. */
    private static int countUpTo(String text, char c, int limit) {
        int count = 0;
        for (int i = text.indexOf(c); i >= 0 && count <= limit; i = text.indexOf(c, i + 1)) {
            count++;
        }
        return count;
    }

    /** The value under {@code key}, or null when absent (missing, null, {@code []} or {@code {}}). */
    public static @Nullable JsonElement opt(@Nullable JsonObject object, String key) {
        if (object == null) {
            return null;
        }
        JsonElement element = object.get(key);
        return isAbsent(element) ? null : element;
    }

    /** True for null, JSON null, {@code []} and {@code {}}. */
    public static boolean isAbsent(@Nullable JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return true;
        }
        if (element.isJsonArray()) {
            return element.getAsJsonArray().isEmpty();
        }
        return element.isJsonObject() && element.getAsJsonObject().size() == 0;
    }

    /** True when {@code key} is present with a value (see the class comment for "absent"). */
    public static boolean has(@Nullable JsonObject object, String key) {
        return opt(object, key) != null;
    }

    /** A non-empty object under {@code key}; null for anything else. */
    public static @Nullable JsonObject optObject(@Nullable JsonObject object, String key) {
        JsonElement element = opt(object, key);
        return element != null && element.isJsonObject() ? element.getAsJsonObject() : null;
    }

    /** A string under {@code key}; a number or boolean is returned as its JSON text. Null for objects/arrays. */
    public static @Nullable String optString(@Nullable JsonObject object, String key) {
        return asString(opt(object, key));
    }

    /** The text of a JSON primitive, or null for anything else. */
    public static @Nullable String asString(@Nullable JsonElement element) {
        if (element instanceof JsonPrimitive primitive) {
            return primitive.getAsString();
        }
        return null;
    }

    /** A whole number under {@code key}: a JSON number or a numeric string (e.g. {@code "42"}, {@code 42.0}). */
    public static @Nullable Long optLong(@Nullable JsonObject object, String key) {
        return asLong(opt(object, key));
    }

    /** A whole number from a JSON number or numeric string; null when it is not one or does not fit a long. */
    public static @Nullable Long asLong(@Nullable JsonElement element) {
        if (!(element instanceof JsonPrimitive primitive) || primitive.isBoolean()) {
            return null;
        }
        return parseLong(primitive.getAsString());
    }

    /** Parses a whole number leniently (surrounding blanks, {@code 42.0}, {@code 4.2e1}); never throws. */
    public static @Nullable Long parseLong(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NUMBER_TEXT) {
            return null;
        }
        try {
            return Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            // not a plain integer: try a decimal with a zero fraction below
        }
        try {
            return new BigDecimal(trimmed).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** A finite number under {@code key}: a JSON number or a numeric string. */
    public static @Nullable Double optDouble(@Nullable JsonObject object, String key) {
        JsonElement element = opt(object, key);
        if (!(element instanceof JsonPrimitive primitive) || primitive.isBoolean()) {
            return null;
        }
        String text = primitive.getAsString().trim();
        if (text.isEmpty() || text.length() > MAX_NUMBER_TEXT) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A boolean under {@code key}: JSON {@code true}/{@code false}, the strings {@code "true"}/{@code "false"} (any
     * case), or the PHP-style {@code 1}/{@code 0} (number or string). Null for anything else.
     */
    public static @Nullable Boolean optBoolean(@Nullable JsonObject object, String key) {
        JsonElement element = opt(object, key);
        if (!(element instanceof JsonPrimitive primitive)) {
            return null;
        }
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        String text = primitive.getAsString().trim();
        if ("true".equalsIgnoreCase(text)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(text)) {
            return Boolean.FALSE;
        }
        Long number = parseLong(text);
        if (number != null && (number == 0 || number == 1)) {
            return number == 1;
        }
        return null;
    }

    /**
     * Whole numbers under {@code key}. Elements that are not whole numbers are skipped; at most
     * {@link #MAX_LIST_SIZE} are kept. A single number instead of an array counts as a list of one.
     *
     * @return an unmodifiable list, empty for {@code []}; null when the key is missing, null or of another type
     */
    public static @Nullable List<Long> optLongList(@Nullable JsonObject object, String key) {
        JsonElement element = object == null ? null : object.get(key);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (element.isJsonPrimitive()) {
            Long single = asLong(element);
            return single == null ? null : List.of(single);
        }
        if (!element.isJsonArray()) {
            return null;
        }
        return mapArray(element.getAsJsonArray(), VmsJsonFields::asLong);
    }

    /** Strings under {@code key} (primitives only, others skipped, capped); null when not an array. */
    public static @Nullable List<String> optStringList(@Nullable JsonObject object, String key) {
        JsonElement element = object == null ? null : object.get(key);
        if (element == null || !element.isJsonArray()) {
            return null;
        }
        return mapArray(element.getAsJsonArray(), VmsJsonFields::asString);
    }

    /** Objects under {@code key} mapped with {@code reader} (non-objects skipped, capped); empty when absent. */
    public static <T> List<T> optObjectList(@Nullable JsonObject object, String key,
            Function<JsonObject, @Nullable T> reader) {
        JsonElement element = object == null ? null : object.get(key);
        if (element == null || !element.isJsonArray()) {
            return List.of();
        }
        List<T> result = mapArray(element.getAsJsonArray(),
                item -> item != null && item.isJsonObject() ? reader.apply(item.getAsJsonObject()) : null);
        return result;
    }

    private static <T> List<T> mapArray(JsonArray array, Function<@Nullable JsonElement, @Nullable T> mapper) {
        List<T> result = new ArrayList<>(Math.min(array.size(), MAX_LIST_SIZE));
        for (JsonElement item : array) {
            if (result.size() >= MAX_LIST_SIZE) {
                break;
            }
            T value = mapper.apply(item);
            if (value != null) {
                result.add(value);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Parses a server timestamp leniently: {@code 2024-03-01T12:34:56.000000Z}, with or without fraction, with
     * {@code Z} or an offset; a timestamp without a zone ({@code 2024-03-01 12:34:56}) is read as UTC, the zone the
     * server writes (docs/protocol.md, "Reading payloads"). Null when unparseable.
     */
    public static @Nullable Instant parseInstant(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > 64) {
            return null;
        }
        Instant canonical = parseCanonicalUtc(trimmed);
        if (canonical != null) {
            return canonical;
        }
        try {
            TemporalAccessor parsed = TIMESTAMP.parseBest(trimmed, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime offsetDateTime) {
                return offsetDateTime.toInstant();
            }
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException | ClassCastException e) {
            return null;
        }
    }

    /**
     * An instant in the server's request format, {@code 2024-03-01T12:34:56.000000Z}: UTC, six fraction digits
     * (docs/protocol.md, "Archive clips, marks and visitor codes"); finer fractions are cut off.
     */
    public static String serverUtc(Instant instant) {
        return SERVER_UTC.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * The server's own format, {@code 2024-03-01T12:34:56Z} with 0 to 9 fraction digits, read without java.time's
     * formatter: that one allocates about 2.5 kB and takes microseconds per call, and every mark and analytic event
     * carries three timestamps (the decode benchmark in vms-benchmarks showed them as the decoder's largest cost).
     * Null for any other shape or any field out of range, so the lenient formatter decides those as before.
     */
    static @Nullable Instant parseCanonicalUtc(String text) {
        int length = text.length();
        if (length < 20 || length == 21 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z' || (length > 20 && text.charAt(19) != '.')) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int fractionDigits = length == 20 ? 0 : length - 21;
        int fraction = fractionDigits == 0 ? 0 : digits(text, 20, fractionDigits);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || fraction < 0) {
            return null;
        }
        long epochSecond = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L
                + second;
        return Instant.ofEpochSecond(epochSecond, fraction * POWERS_OF_TEN[9 - fractionDigits]);
    }

    /** The decimal number in {@code text[start, start + count)}, or -1 if any of them is not an ASCII digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** {@link #parseInstant(String)} of the string under {@code key}. */
    public static @Nullable Instant optInstant(@Nullable JsonObject object, String key) {
        return parseInstant(optString(object, key));
    }
}
