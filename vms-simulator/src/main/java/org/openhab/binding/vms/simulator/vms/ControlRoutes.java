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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Live video and control endpoints (docs/protocol.md, "Live streams", "PTZ", "Call control", "Intercom settings"):
 * {@code GET cameras/{id}/streams} (links with a numbered token and, when a lifetime is set, {@code expire_in_seconds}
 * and an {@code expires} query parameter), {@code POST cameras/{id}/move} and {@code .../move/home} (PTZ cameras
 * only), {@code POST intercom/calls/{id}/cancel} (a ringing call only; the call is stored as {@code ended} and
 * broadcast as {@code intercom.call.store}), {@code PATCH intercom/{id}} with {@code is_enabled} (broadcast as
 * {@code intercom.update}).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ControlRoutes {

    /** The {@code move} body keys the SDKs send. */
    static final List<String> MOVE_KEYS = List.of("up", "down", "left", "right", "zoom-in", "zoom-out");

    private final Logger logger = LoggerFactory.getLogger(ControlRoutes.class);
    private final VmsState state;
    private final VmsEventPublisher publisher;
    private final String baseUrl;

    ControlRoutes(VmsState state, VmsEventPublisher publisher, String baseUrl) {
        this.state = state;
        this.publisher = publisher;
        this.baseUrl = baseUrl;
    }

    void register(VmsRouter router) {
        router.protect("GET", "cameras/{id}/streams", this::stream);
        router.protect("POST", "cameras/{id}/move", this::move);
        router.protect("POST", "cameras/{id}/move/home", this::home);
        router.protect("POST", "intercom/calls/{id}/cancel", this::cancelCall);
        router.protect("PATCH", "intercom/{id}", this::patchIntercom);
    }

    private HttpReply stream(VmsRequest request) {
        SimCamera camera = state.attachedCamera(request.pathInt("id"));
        if (camera == null) {
            return VmsReplies.notFound();
        }
        String type = request.query("type");
        String source = request.query("source");
        if (type == null || !List.of("high", "low").contains(type)) {
            return VmsReplies.invalid(422, Map.of("type", "The selected type is invalid."));
        }
        if (source == null) {
            source = "hls"; // Android's default
        }
        if (!List.of("hls", "rtsp").contains(source)) {
            return VmsReplies.invalid(422, Map.of("source", "The selected source is invalid."));
        }
        Duration lifetime = state.streamLinkLifetime();
        String host = baseUrl.replaceFirst("^https?://", "");
        String base = "hls".equals(source) ? baseUrl + "/live/" + camera.id() + "/" + type + "/index.m3u8"
                : "rtsp://" + host + "/live/" + camera.id() + "/" + type;
        int number = state.issuedStreamLinks().size() + 1;
        String url = base + "?token=stream-" + number;
        if (lifetime != null) {
            url += "&expires=" + Instant.now().plus(lifetime).getEpochSecond();
        }
        state.recordStreamLink(url);
        JsonObject body = new JsonObject();
        body.addProperty("url", url);
        if (lifetime != null) {
            body.addProperty("expire_in_seconds", lifetime.toSeconds());
        }
        return VmsReplies.ok(body);
    }

    private HttpReply move(VmsRequest request) {
        SimCamera camera = state.attachedCamera(request.pathInt("id"));
        if (camera == null) {
            return VmsReplies.notFound();
        }
        if (!camera.ptz()) {
            return VmsReplies.forbidden();
        }
        JsonObject body = AuthRoutes.jsonObject(request.http().body());
        String direction = null;
        if (body != null) {
            for (String key : MOVE_KEYS) {
                JsonElement value = body.get(key);
                if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()
                        && value.getAsBoolean()) {
                    direction = direction == null ? key : "";
                }
            }
        }
        if (direction == null || direction.isEmpty()) {
            return VmsReplies.invalid(422, Map.of("direction", "Exactly one direction must be true."));
        }
        state.recordPtzMove(camera.id(), direction);
        return VmsReplies.statusOk();
    }

    private HttpReply home(VmsRequest request) {
        SimCamera camera = state.attachedCamera(request.pathInt("id"));
        if (camera == null) {
            return VmsReplies.notFound();
        }
        if (!camera.ptz()) {
            return VmsReplies.forbidden();
        }
        state.recordPtzMove(camera.id(), "home");
        return VmsReplies.statusOk();
    }

    private HttpReply cancelCall(VmsRequest request) {
        int id = request.pathInt("id");
        SimCall call = state.call(id);
        if (call == null) {
            return VmsReplies.notFound();
        }
        if (!"ring".equals(call.status())) {
            return VmsReplies.invalid(422, Map.of("call", "The call is not ringing."));
        }
        SimCall ended = state.updateCall(id, c -> c.withStatus("ended"));
        state.recordRejectedCall(id);
        if (ended != null) {
            try {
                publisher.callStored(IntercomRoutes.callJson(state, ended));
            } catch (RuntimeException e) {
                logger.warn("Simulated VMS: could not publish the end of call {}: {}", id, e.getMessage());
            }
        }
        return VmsReplies.noContent();
    }

    private HttpReply patchIntercom(VmsRequest request) {
        int id = request.pathInt("id");
        if (state.intercom(id) == null) {
            return VmsReplies.notFound();
        }
        JsonObject body = AuthRoutes.jsonObject(request.http().body());
        JsonElement enabled = body == null ? null : body.get("is_enabled");
        if (enabled == null || !enabled.isJsonPrimitive() || !enabled.getAsJsonPrimitive().isBoolean()) {
            return VmsReplies.invalid(422, Map.of("is_enabled", "The is enabled field must be true or false."));
        }
        SimIntercom changed = state.updateIntercom(id, i -> i.withEnabled(enabled.getAsBoolean()));
        if (changed == null) {
            return VmsReplies.notFound();
        }
        JsonObject json = IntercomRoutes.intercomJson(state, changed);
        try {
            publisher.intercomChanged("intercom.update", json);
        } catch (RuntimeException e) {
            logger.warn("Simulated VMS: could not publish the change of intercom {}: {}", id, e.getMessage());
        }
        return VmsReplies.ok(json);
    }
}
