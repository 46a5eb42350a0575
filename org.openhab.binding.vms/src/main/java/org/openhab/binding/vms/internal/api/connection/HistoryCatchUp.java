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
package org.openhab.binding.vms.internal.api.connection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.event.VmsDecodeResult;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.api.model.VmsJsonFields;
import org.openhab.binding.vms.internal.api.rest.VmsHistoryList;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * Reads what happened while the account was not listening from the server's histories (docs/protocol.md, "Catch-up"):
 * calls, analytic detections, intercom detections and marks created in a time range, bounded to the newest
 * {@code max} of them and to {@link #MAX_AGE} back. Each item becomes the message the socket would have carried
 * (the same decoder makes it), so the rest of the binding handles a late message as it handles a live one.
 * Blocking: runs on the scheduler.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class HistoryCatchUp {

    /** Never further back than this, whatever the mark says. */
    static final Duration MAX_AGE = Duration.ofHours(24);
    /** Read up to this far past now: a server clock a little ahead must not hide the newest items. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

    /** A message read from a history, with the server time it happened. */
    record LateEvent(VmsEvent event, Instant time) {
    }

    private final Logger logger = LoggerFactory.getLogger(HistoryCatchUp.class);
    private final VmsRestClient rest;
    /** Its own decoder: caught-up messages are not counted as socket messages. */
    private final VmsEventDecoder decoder = new VmsEventDecoder();

    HistoryCatchUp(VmsRestClient rest) {
        this.rest = rest;
    }

    /**
     * @param since the last seen mark
     * @return the newest {@code max} messages after {@code since} (and not older than {@link #MAX_AGE}), oldest first
     */
    List<LateEvent> read(Instant since, Instant now, int max) throws VmsApiException {
        Instant from = since.isBefore(now.minus(MAX_AGE)) ? now.minus(MAX_AGE) : since;
        Instant to = now.plus(CLOCK_SLACK);
        List<LateEvent> events = new ArrayList<>();
        for (JsonObject call : rest.getHistory(VmsHistoryList.CALLS, from, to, max)) {
            add(events, VmsEventDecoder.NOTIFICATION, callMessage(call), call);
        }
        // the same detection may be in both lists: one message, routed to the intercom too when either says so
        Map<Long, JsonObject> detections = new LinkedHashMap<>();
        for (JsonObject detection : rest.getHistory(VmsHistoryList.INTERCOM_EVENTS, from, to, max)) {
            JsonObject copy = detection.deepCopy();
            copy.addProperty("is_intercom", true);
            putWithId(detections, copy);
        }
        for (JsonObject detection : rest.getHistory(VmsHistoryList.ANALYTIC_EVENTS, from, to, max)) {
            Long id = VmsJsonFields.optLong(detection, "id");
            if (id != null && !detections.containsKey(id)) {
                detections.put(id, detection);
            }
        }
        for (JsonObject detection : detections.values()) {
            String type = caseType(detection);
            if (type == null) {
                logger.debug("A detection without case type in the history; skipped");
                continue;
            }
            add(events, VmsEventDecoder.USER_PUSH,
                    userPush("analytic_case_" + type + "_event_created", detection), detection);
        }
        for (JsonObject mark : rest.getHistory(VmsHistoryList.MARKS, from, to, max)) {
            add(events, VmsEventDecoder.USER_PUSH, userPush("mark_created", mark), mark);
        }
        events.sort(Comparator.comparing(LateEvent::time));
        return events.size() <= max ? events : new ArrayList<>(events.subList(events.size() - max, events.size()));
    }

    private void add(List<LateEvent> events, String pusherEvent, JsonObject message, JsonObject item) {
        Instant time = VmsJsonFields.parseInstant(VmsJsonFields.optString(item, "created_at"));
        VmsDecodeResult decoded = decoder.decode(pusherEvent, null, message.toString());
        if (time != null && decoded instanceof VmsEvent event) {
            events.add(new LateEvent(event, time));
        } else {
            logger.debug("A history item could not be read as a message; skipped");
        }
    }

    /** The type of a detection: {@code case_type}, else its case's type, else its event's analytic type. */
    static @Nullable String caseType(JsonObject detection) {
        String type = VmsJsonFields.optString(detection, "case_type");
        if (type == null || type.isBlank()) {
            JsonObject analyticCase = VmsJsonFields.optObject(detection, "analytic_case");
            type = analyticCase == null ? null : VmsJsonFields.optString(analyticCase, "type");
        }
        if (type == null || type.isBlank()) {
            JsonObject event = VmsJsonFields.optObject(detection, "event");
            type = event == null ? null : VmsJsonFields.optString(event, "analytic_type");
        }
        return type == null || type.isBlank() ? null : type.trim().toLowerCase(Locale.ROOT);
    }

    /** The {@code intercom.call.store} notification of a call (no notification id: the call is its identity). */
    private static JsonObject callMessage(JsonObject call) {
        JsonObject message = new JsonObject();
        message.addProperty("type", "intercom.call.store");
        message.add("intercom_call", call);
        return message;
    }

    /** A UserPush envelope around a history item. */
    private static JsonObject userPush(String type, JsonObject item) {
        JsonObject inner = new JsonObject();
        inner.addProperty("type", type);
        inner.add("data", item);
        JsonObject envelope = new JsonObject();
        envelope.add("data", inner);
        envelope.add("subject", JsonNull.INSTANCE);
        envelope.add("message", JsonNull.INSTANCE);
        return envelope;
    }

    private static void putWithId(Map<Long, JsonObject> items, JsonObject item) {
        Long id = VmsJsonFields.optLong(item, "id");
        if (id != null) {
            items.putIfAbsent(id, item);
        }
    }
}
