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

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Archive clips and marks of a camera (docs/protocol.md, "Archive clips, marks and visitor codes"), with the
 * server's rules: {@code GET cameras/{id}/archive/link?from=&to=} accepts a range of at most
 * {@link #MAX_CLIP} whose end is after its start (422 otherwise), answers {@code {"status": "ok"}} and then
 * announces the clip's link with {@code archive_generated} on the token channel; {@code POST cameras/{id}/marks}
 * needs a title and such a range (without the length limit), answers the mark and broadcasts {@code mark_created}.
 * A camera the account does not have is 404.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ArchiveRoutes {

    /** The longest clip the server makes. */
    static final Duration MAX_CLIP = Duration.ofMinutes(10);

    private final Logger logger = LoggerFactory.getLogger(ArchiveRoutes.class);
    private final VmsState state;
    private final VmsEventPublisher publisher;
    private final String baseUrl;
    private final List<SimArchiveRequest> clips = new ArrayList<>();
    private final List<SimMark> marks = new ArrayList<>();
    private int nextMarkId = 5601;

    ArchiveRoutes(VmsState state, VmsEventPublisher publisher, String baseUrl) {
        this.state = state;
        this.publisher = publisher;
        this.baseUrl = baseUrl;
    }

    void register(VmsRouter router) {
        router.protect("GET", "cameras/{id}/archive/link", r -> archiveLink(r));
        router.protect("POST", "cameras/{id}/marks", r -> createMark(r));
    }

    synchronized List<SimArchiveRequest> clips() {
        return List.copyOf(clips);
    }

    synchronized List<SimMark> marks() {
        return List.copyOf(marks);
    }

    private HttpReply archiveLink(VmsRequest request) {
        int cameraId = request.pathInt("id");
        if (state.attachedCamera(cameraId) == null) {
            return VmsReplies.notFound();
        }
        Instant from = instant(request.query("from"));
        Instant to = instant(request.query("to"));
        HttpReply invalid = invalidRange(from, to);
        if (invalid != null) {
            return invalid;
        }
        if (from == null || to == null) {
            return VmsReplies.message(422, "The given data was invalid.");
        }
        if (Duration.between(from, to).compareTo(MAX_CLIP) > 0) {
            return VmsReplies.invalid(422, Map.of("to", "The archive clip must be shorter than 10 minutes."));
        }
        String url = baseUrl + "/storage/archives/" + cameraId + "/" + from.getEpochSecond() + "-" + to.getEpochSecond()
                + ".mp4";
        synchronized (this) {
            clips.add(new SimArchiveRequest(cameraId, from, to, url));
        }
        try {
            publisher.archiveGenerated(url);
        } catch (RuntimeException e) {
            logger.warn("Simulated VMS: could not publish the archive link of camera {}: {}", cameraId, e.getMessage());
        }
        return VmsReplies.statusOk();
    }

    private HttpReply createMark(VmsRequest request) {
        int cameraId = request.pathInt("id");
        SimCamera camera = state.attachedCamera(cameraId);
        if (camera == null) {
            return VmsReplies.notFound();
        }
        JsonObject body = jsonBody(request);
        String title = body == null ? null : string(body, "title");
        if (title == null || title.isBlank()) {
            return VmsReplies.invalid(422, Map.of("title", "The title field is required."));
        }
        Instant from = instant(string(body, "from"));
        Instant to = instant(string(body, "to"));
        HttpReply invalid = invalidRange(from, to);
        if (invalid != null || from == null || to == null) {
            return invalid != null ? invalid : VmsReplies.message(422, "The given data was invalid.");
        }
        SimMark mark;
        synchronized (this) {
            mark = new SimMark(nextMarkId++, cameraId, title, from, to);
            marks.add(mark);
        }
        JsonObject json = VmsWireModels.mark(mark, camera, VmsState.nowServerUtc());
        try {
            publisher.markCreated(json);
        } catch (RuntimeException e) {
            logger.warn("Simulated VMS: could not publish mark {}: {}", mark.id(), e.getMessage());
        }
        return VmsReplies.ok(json);
    }

    /** 422 when a date is missing or unreadable, or the end is not after the start; else null. */
    private static @Nullable HttpReply invalidRange(@Nullable Instant from, @Nullable Instant to) {
        if (from == null) {
            return VmsReplies.invalid(422, Map.of("from", "The from is not a valid date."));
        }
        if (to == null) {
            return VmsReplies.invalid(422, Map.of("to", "The to is not a valid date."));
        }
        if (!to.isAfter(from)) {
            return VmsReplies.invalid(422, Map.of("to", "The to must be a date after from."));
        }
        return null;
    }

    static @Nullable JsonObject jsonBody(VmsRequest request) {
        try {
            JsonElement parsed = JsonParser.parseString(request.http().body());
            return parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static @Nullable String string(@Nullable JsonObject body, String key) {
        JsonElement value = body == null ? null : body.get(key);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    /** The server's UTC format (or any ISO instant); null when absent or unreadable. */
    static @Nullable Instant instant(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
