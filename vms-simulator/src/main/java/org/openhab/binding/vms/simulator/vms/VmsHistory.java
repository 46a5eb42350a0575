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
package org.openhab.binding.vms.simulator.vms;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * What the simulated VMS keeps of the messages it publishes, served by {@code GET analytic-case/events},
 * {@code GET intercom/events} and {@code GET marks} (docs/protocol.md, "Histories"): every analytic detection and
 * every mark it publishes on the socket is recorded with the same id, the published model as it was sent. Marks
 * follow their messages (created, updated, deleted); intercom calls are kept by {@link VmsState} (a published
 * {@code intercom.call.store} updates it). Thread-safe.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsHistory {

    private static final String ANALYTIC_PREFIX = "analytic_case_";
    /** Items kept per list at most, the oldest recorded go first: a long benchmark must not fill the heap. */
    static final int CAPACITY = 10_000;

    private final VmsState state;
    private final Map<Long, JsonObject> detections = new LinkedHashMap<>();
    private final Map<Long, JsonObject> marks = new LinkedHashMap<>();

    public VmsHistory(VmsState state) {
        this.state = state;
    }

    /** Records what a published frame's {@code data} says, if it is something the server keeps. */
    public void record(String dataJson) {
        JsonObject data;
        try {
            JsonElement parsed = JsonParser.parseString(dataJson);
            if (!parsed.isJsonObject()) {
                return;
            }
            data = parsed.getAsJsonObject();
        } catch (RuntimeException | StackOverflowError e) {
            return; // hostile frames are published too (deeply nested ones among them); nothing of them is kept
        }
        String type = string(data, "type");
        if (type != null && type.equals("intercom.call.store") && data.get("intercom_call") instanceof JsonObject c) {
            recordCall(c);
            return;
        }
        if (data.get("data") instanceof JsonObject inner && inner.get("data") instanceof JsonObject model) {
            String innerType = string(inner, "type");
            if (innerType != null) {
                recordModel(innerType.toLowerCase(Locale.ROOT), model);
            }
        }
    }

    private synchronized void recordModel(String type, JsonObject model) {
        Long id = number(model, "id");
        if (id == null) {
            return;
        }
        if (type.startsWith(ANALYTIC_PREFIX) && type.endsWith("_event_created")) {
            putBounded(detections, id, model.deepCopy());
        } else if ("mark_created".equals(type) || "mark_updated".equals(type)) {
            putBounded(marks, id, model.deepCopy());
        } else if ("mark_deleted".equals(type)) {
            marks.remove(id);
        }
    }

    private static void putBounded(Map<Long, JsonObject> items, Long id, JsonObject item) {
        items.put(id, item);
        Iterator<Long> oldest = items.keySet().iterator();
        while (items.size() > CAPACITY && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private void recordCall(JsonObject call) {
        Long id = number(call, "id");
        JsonElement intercom = call.get("intercom");
        Long intercomId = intercom instanceof JsonObject i ? number(i, "id") : null;
        String status = string(call, "status");
        String createdAt = string(call, "created_at");
        if (id == null || intercomId == null || status == null || createdAt == null || id > Integer.MAX_VALUE
                || intercomId > Integer.MAX_VALUE) {
            return;
        }
        state.recordCall(new SimCall(id.intValue(), intercomId.intValue(), status, createdAt, 0));
    }

    /** Analytic detections, newest first ({@code dir=asc}: oldest first), within the range. */
    public synchronized List<JsonObject> detections(@Nullable Instant from, @Nullable Instant to, boolean ascending) {
        return select(detections.values(), from, to, ascending);
    }

    /** Detections from intercom cameras ({@code is_intercom}), as {@code GET intercom/events} lists them. */
    public synchronized List<JsonObject> intercomEvents(@Nullable Instant from, @Nullable Instant to,
            boolean ascending) {
        return select(detections.values().stream().filter(VmsHistory::fromIntercom).toList(), from, to, ascending);
    }

    private static boolean fromIntercom(JsonObject detection) {
        return detection.get("is_intercom") instanceof JsonPrimitive flag && flag.isBoolean() && flag.getAsBoolean();
    }

    public synchronized List<JsonObject> marks(@Nullable Instant from, @Nullable Instant to, boolean ascending) {
        return select(marks.values(), from, to, ascending);
    }

    /** The server's filter on {@code created_at}: {@code from} and {@code to} both included. */
    static boolean within(@Nullable String createdAt, @Nullable Instant from, @Nullable Instant to) {
        Instant at = instant(createdAt);
        if (at == null) {
            return from == null && to == null;
        }
        return (from == null || !at.isBefore(from)) && (to == null || !at.isAfter(to));
    }

    static @Nullable Instant instant(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Newest first by {@code created_at}, then by id, as Laravel's {@code latest()}; reversed for ascending. */
    static <T> List<T> ordered(List<T> items, java.util.function.Function<T, @Nullable String> createdAt,
            java.util.function.ToLongFunction<T> id, boolean ascending) {
        Comparator<T> oldestFirst = Comparator.comparing((T item) -> {
            Instant at = instant(createdAt.apply(item));
            return at == null ? Instant.EPOCH : at;
        }).thenComparingLong(id);
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(ascending ? oldestFirst : oldestFirst.reversed());
        return sorted;
    }

    private static List<JsonObject> select(java.util.Collection<JsonObject> items, @Nullable Instant from,
            @Nullable Instant to, boolean ascending) {
        List<JsonObject> within = items.stream().filter(item -> within(string(item, "created_at"), from, to))
                .map(JsonObject::deepCopy).toList();
        return ordered(within, item -> string(item, "created_at"), item -> {
            Long id = number(item, "id");
            return id == null ? 0 : id;
        }, ascending);
    }

    private static @Nullable String string(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    private static @Nullable Long number(JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (value == null || !value.isJsonPrimitive()) {
            return null;
        }
        try {
            return value.getAsJsonPrimitive().isNumber() ? value.getAsLong() : Long.parseLong(value.getAsString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
