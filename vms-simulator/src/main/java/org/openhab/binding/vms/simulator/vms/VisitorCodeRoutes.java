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

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Visitor codes (docs/protocol.md, "Archive clips, marks and visitor codes"), with the server's rules:
 * {@code POST intercom/{id}/codes} needs a title and an {@code expired_at} in the future (422 otherwise; 404 for an
 * intercom the account does not have), stores a code with a new id and a six-digit door code, answers it and
 * broadcasts {@code intercom.code.store}; {@code DELETE intercom/codes} with {@code {"ids": [...]}} deletes codes
 * that exist (422 when the list is empty or names an unknown id, nothing deleted then) and broadcasts
 * {@code intercom.code.delete}; {@code GET intercom/codes?page=N} lists them.
 * <p>
 * Log lines never carry a door code, as the real server's would not.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VisitorCodeRoutes {

    private final Logger logger = LoggerFactory.getLogger(VisitorCodeRoutes.class);
    private final SecureRandom random = new SecureRandom();
    private final VmsState state;
    private final VmsAccountSettings settings;
    private final VmsEventPublisher publisher;
    private final String baseUrl;
    private final Map<Integer, SimVisitorCode> codes = new LinkedHashMap<>();
    private final Deque<String> presetCodes = new ConcurrentLinkedDeque<>();
    private int nextId = 78;

    VisitorCodeRoutes(VmsState state, VmsAccountSettings settings, VmsEventPublisher publisher, String baseUrl) {
        this.state = state;
        this.settings = settings;
        this.publisher = publisher;
        this.baseUrl = baseUrl;
    }

    void register(VmsRouter router) {
        router.protect("GET", "intercom/codes", r -> list(r));
        router.protect("POST", "intercom/{id}/codes", r -> create(r));
        router.protect("DELETE", "intercom/codes", r -> delete(r));
    }

    /** The door code the next created visitor code gets (instead of a random one), for tests that look for it. */
    void presetNextCode(String code) {
        presetCodes.add(code);
    }

    synchronized List<SimVisitorCode> codes() {
        return List.copyOf(codes.values());
    }

    private HttpReply list(VmsRequest request) {
        List<JsonObject> items = codes().stream().map(this::json).toList();
        return VmsReplies.ok(LaravelPage.of(items, request.queryInt("page", 1), settings.pageSize(),
                baseUrl + request.http().path()));
    }

    private HttpReply create(VmsRequest request) {
        int intercomId = request.pathInt("id");
        if (state.intercom(intercomId) == null) {
            return VmsReplies.notFound();
        }
        JsonObject body = ArchiveRoutes.jsonBody(request);
        String title = ArchiveRoutes.string(body, "title");
        if (title == null || title.isBlank()) {
            return VmsReplies.invalid(422, Map.of("title", "The title field is required."));
        }
        Instant expiredAt = ArchiveRoutes.instant(ArchiveRoutes.string(body, "expired_at"));
        if (expiredAt == null || !expiredAt.isAfter(Instant.now())) {
            return VmsReplies.invalid(422, Map.of("expired_at", "The expired at must be a date after now."));
        }
        String preset = presetCodes.poll();
        String door = preset != null ? preset : String.format("%06d", random.nextInt(1_000_000));
        SimVisitorCode code;
        synchronized (this) {
            code = new SimVisitorCode(nextId++, intercomId, title, door, expiredAt);
            codes.put(code.id(), code);
        }
        JsonObject json = json(code);
        try {
            publisher.codeStored(json);
        } catch (RuntimeException e) {
            logger.warn("Simulated VMS: could not publish visitor code {}: {}", code.id(), e.getMessage());
        }
        return VmsReplies.ok(json);
    }

    private HttpReply delete(VmsRequest request) {
        JsonObject body = ArchiveRoutes.jsonBody(request);
        JsonElement idsElement = body == null ? null : body.get("ids");
        if (idsElement == null || !idsElement.isJsonArray() || idsElement.getAsJsonArray().isEmpty()) {
            return VmsReplies.invalid(422, Map.of("ids", "The ids field is required."));
        }
        List<Integer> ids = new ArrayList<>();
        for (JsonElement id : idsElement.getAsJsonArray()) {
            Integer value = intOrNull(id);
            if (value == null) {
                return VmsReplies.invalid(422, Map.of("ids", "The selected ids is invalid."));
            }
            ids.add(value);
        }
        synchronized (this) {
            if (!codes.keySet().containsAll(ids)) {
                return VmsReplies.invalid(422, Map.of("ids", "The selected ids is invalid."));
            }
            ids.forEach(codes::remove);
        }
        try {
            publisher.deleted("intercom.code.delete", ids);
        } catch (RuntimeException e) {
            logger.warn("Simulated VMS: could not publish the deletion of visitor codes {}: {}", ids, e.getMessage());
        }
        return VmsReplies.noContent();
    }

    private JsonObject json(SimVisitorCode code) {
        SimIntercom intercom = state.intercom(code.intercomId());
        return VmsWireModels.visitorCode(code,
                intercom == null ? null : IntercomRoutes.intercomJson(state, intercom), VmsState.nowServerUtc());
    }

    private static @Nullable Integer intOrNull(JsonElement element) {
        try {
            return element.isJsonPrimitive() ? element.getAsInt() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
