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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * Turns simulator state into the REST and socket models (docs/protocol.md, "Payloads"), each built from the
 * corresponding example object with only the state's values replaced, so that every other key keeps the example's
 * shape.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsWireModels {

    private static final JsonObject CAMERA = VmsExamples.json("rest/cameras.paginated.response").getAsJsonArray("data")
            .get(0).getAsJsonObject();
    private static final JsonObject INTERCOM = VmsExamples.frame("notification.intercom.store").dataObject()
            .getAsJsonObject("intercom");
    private static final JsonObject CALL = VmsExamples.frame("notification.intercom.call.store").dataObject()
            .getAsJsonObject("intercom_call");
    private static final JsonObject FAVORITE = VmsExamples.frame("user-push.camera.store_favorite").dataObject()
            .getAsJsonObject("data").getAsJsonObject("data");
    private static final JsonObject TOKEN_RESPONSE = VmsExamples.json("rest/token.response");

    private VmsWireModels() {
    }

    /** Camera (docs/protocol.md, "Camera payload"). */
    public static JsonObject camera(SimCamera camera) {
        JsonObject json = CAMERA.deepCopy();
        json.addProperty("id", camera.id());
        json.addProperty("name", camera.name());
        json.addProperty("pretty_text", camera.name());
        json.addProperty("status", camera.status());
        json.addProperty("is_favorite", camera.favorite());
        JsonObject services = json.has("services") && json.get("services").isJsonObject()
                ? json.getAsJsonObject("services")
                : new JsonObject();
        services.addProperty("ptz", camera.ptz());
        json.add("services", services);
        return json;
    }

    /** A mark (docs/protocol.md, "Event payload") on a camera, the camera embedded when known. */
    public static JsonObject mark(SimMark mark, @Nullable SimCamera camera, String createdAt) {
        JsonObject json = new JsonObject();
        json.addProperty("id", mark.id());
        json.addProperty("title", mark.title());
        json.addProperty("type", "mark");
        json.addProperty("type_pretty", "Mark");
        json.addProperty("from", VmsState.serverUtc(mark.from()));
        json.addProperty("to", VmsState.serverUtc(mark.to()));
        json.addProperty("created_at", createdAt);
        json.addProperty("can_delete", true);
        json.addProperty("camera_id", mark.cameraId());
        if (camera != null) {
            json.add("camera", camera(camera));
        }
        return json;
    }

    /** A visitor code (docs/protocol.md, "Visitor code payload"), door code included, its intercom embedded. */
    public static JsonObject visitorCode(SimVisitorCode code, @Nullable JsonObject intercom, String createdAt) {
        JsonObject json = new JsonObject();
        json.addProperty("id", code.id());
        json.addProperty("title", code.title());
        json.addProperty("code", code.code());
        json.addProperty("expired_at", VmsState.serverUtc(code.expiredAt()));
        json.addProperty("created_at", createdAt);
        json.addProperty("will_deleted_at", VmsState.serverUtc(code.expiredAt().plus(Duration.ofDays(7))));
        json.addProperty("is_expired", false);
        if (intercom != null) {
            json.add("intercom", intercom);
        }
        return json;
    }

    /**
     * Intercom (docs/protocol.md, "Intercom payload") with its camera embedded; {@code camera} is null when that camera
     * is unknown.
     */
    public static JsonObject intercom(SimIntercom intercom, @Nullable SimCamera camera) {
        JsonObject json = INTERCOM.deepCopy();
        json.addProperty("id", intercom.id());
        json.addProperty("title", intercom.title());
        json.addProperty("address", intercom.address());
        json.addProperty("is_online", intercom.online());
        json.addProperty("is_enabled", intercom.enabled());
        JsonObject cameraJson = json.getAsJsonObject("camera");
        cameraJson.addProperty("id", intercom.cameraId());
        if (camera != null) {
            cameraJson.addProperty("group_id", camera.nodeId());
            cameraJson.addProperty("name", camera.name());
            cameraJson.addProperty("pretty_name", camera.name());
            cameraJson.addProperty("status", camera.status());
            cameraJson.addProperty("is_favorite", camera.favorite());
        }
        return json;
    }

    /**
     * Intercom call (docs/protocol.md, "Intercom call payload"); {@code intercom} is null once the intercom was
     * deleted.
     */
    public static JsonObject call(SimCall call, @Nullable SimIntercom intercom) {
        JsonObject json = CALL.deepCopy();
        json.addProperty("id", call.id());
        json.addProperty("status", call.status());
        json.addProperty("created_at", call.createdAt());
        if (intercom == null) {
            json.add("intercom", JsonNull.INSTANCE);
        } else {
            JsonObject intercomJson = json.getAsJsonObject("intercom");
            intercomJson.addProperty("id", intercom.id());
            intercomJson.addProperty("title", intercom.title());
            intercomJson.addProperty("address", intercom.address());
            intercomJson.addProperty("is_online", intercom.online());
        }
        return json;
    }

    /** Payload of {@code camera.store_favorite} / {@code camera.destroy_favorite} (docs/protocol.md, "Favourites"). */
    public static JsonObject favorite(SimCamera camera, int userId) {
        JsonObject json = FAVORITE.deepCopy();
        json.addProperty("user_id", userId);
        json.addProperty("camera_id", camera.id());
        json.addProperty("name", camera.name());
        json.addProperty("is_favorite", camera.favorite());
        json.addProperty("status", camera.status());
        return json;
    }

    /** User (docs/protocol.md, "Token check"). */
    public static JsonObject user(int userId, String login, String accessTokenId) {
        JsonObject json = TOKEN_RESPONSE.getAsJsonObject("user").deepCopy();
        json.addProperty("id", userId);
        json.addProperty("login", login);
        json.addProperty("access_token_id", accessTokenId);
        return json;
    }

    /** Login answer (docs/protocol.md, "Login"). */
    public static JsonObject tokenResponse(String token, JsonObject user) {
        JsonObject json = TOKEN_RESPONSE.deepCopy();
        json.addProperty("access_token", token);
        json.add("user", user);
        return json;
    }

    /**
     * Body of the 419 answer (docs/protocol.md, "Too many sessions"): the example's, listing the open sessions in the
     * example's session shape.
     */
    public static JsonObject sessionLimit(int limit, List<SimSession> sessions) {
        JsonObject json = VmsExamples.json("rest/token.419.response");
        json.addProperty("sessions_limit", limit);
        json.add("sessions", sessions(sessions, null));
        return json;
    }

    /**
     * The {@code Session} list of {@code GET sessions} and of a 419 answer, from the example's entry.
     *
     * @param currentToken the token of the caller, whose session is {@code is_current}; null for none
     */
    public static JsonArray sessions(List<SimSession> sessions, @Nullable String currentToken) {
        JsonObject sessionTemplate = VmsExamples.json("rest/token.419.response").getAsJsonArray("sessions").get(0)
                .getAsJsonObject();
        JsonArray list = new JsonArray();
        for (SimSession session : sessions) {
            JsonObject entry = sessionTemplate.deepCopy();
            entry.addProperty("id", session.sessionId());
            entry.addProperty("user_agent", session.userAgent());
            entry.addProperty("is_current", session.token().equals(currentToken));
            list.add(entry);
        }
        return list;
    }

    /**
     * Camera-tree nodes (docs/protocol.md, "Camera and intercom lists") of {@code flat-tree}: top-level nodes with
     * their cameras and nested children.
     */
    public static JsonArray cameraTree(List<CameraTreeNode> nodes, List<SimCamera> attachedCameras,
            String previewBase) {
        return children(0, nodes, attachedCameras, previewBase);
    }

    private static JsonArray children(int parentId, List<CameraTreeNode> nodes, List<SimCamera> cameras,
            String previewBase) {
        JsonArray result = new JsonArray();
        for (CameraTreeNode node : nodes) {
            if (node.parentId() != parentId) {
                continue;
            }
            JsonArray nodeCameras = new JsonArray();
            JsonArray previews = new JsonArray();
            for (SimCamera camera : cameras) {
                if (camera.nodeId() == node.id()) {
                    nodeCameras.add(camera(camera));
                    JsonObject preview = new JsonObject();
                    preview.addProperty("preview", previewBase + camera.id() + ".mp4");
                    preview.addProperty("status", camera.status());
                    preview.addProperty("camera_id", camera.id());
                    previews.add(preview);
                }
            }
            JsonObject json = new JsonObject();
            json.addProperty("id", node.id());
            json.addProperty("name", node.name());
            json.addProperty("main_name", node.name());
            json.add("sub_main", JsonNull.INSTANCE);
            json.add("cameras", nodeCameras);
            json.add("children", children(node.id(), nodes, cameras, previewBase));
            json.add("previews", previews);
            json.addProperty("items_count", nodeCameras.size());
            json.addProperty("has_cameras", nodeCameras.size() > 0);
            result.add(json);
        }
        return result;
    }
}
