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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

/**
 * Camera endpoints (docs/protocol.md, "Camera and intercom lists" and docs/protocol.md, "Commands"):
 * {@code GET cameras/flat-tree}, {@code GET cameras}, {@code GET cameras/favorites}, {@code GET cameras/{id}},
 * {@code POST}/{@code DELETE cameras/{id}/favorites} (which also broadcast the change, like the backend),
 * {@code GET cameras/{id}/preview}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class CameraRoutes {

    private final Logger logger = LoggerFactory.getLogger(CameraRoutes.class);
    private final VmsState state;
    private final VmsAccountSettings settings;
    private final VmsEventPublisher publisher;
    private final String baseUrl;
    private final int userId;

    CameraRoutes(VmsState state, VmsAccountSettings settings, VmsEventPublisher publisher, String baseUrl,
            int userId) {
        this.state = state;
        this.settings = settings;
        this.publisher = publisher;
        this.baseUrl = baseUrl;
        this.userId = userId;
    }

    void register(VmsRouter router) {
        router.protect("GET", "cameras/flat-tree", r -> VmsReplies
                .ok(VmsWireModels.cameraTree(state.nodes(), state.attachedCameras(), previewBase())));
        router.protect("GET", "cameras", r -> page(r, state.attachedCameras()));
        router.protect("GET", "cameras/favorites",
                r -> page(r, state.attachedCameras().stream().filter(SimCamera::favorite).toList()));
        router.protect("GET", "cameras/{id}", r -> camera(r));
        router.protect("POST", "cameras/{id}/favorites", r -> favorite(r, true));
        router.protect("DELETE", "cameras/{id}/favorites", r -> favorite(r, false));
        router.protect("GET", "cameras/{id}/preview", r -> preview(r));
    }

    private String previewBase() {
        return baseUrl + "/storage/previews/";
    }

    private HttpReply page(VmsRequest request, List<SimCamera> cameras) {
        List<JsonObject> items = cameras.stream().map(VmsWireModels::camera).toList();
        return VmsReplies.ok(LaravelPage.of(items, request.queryInt("page", 1), settings.pageSize(),
                baseUrl + request.http().path()));
    }

    private HttpReply camera(VmsRequest request) {
        SimCamera camera = state.attachedCamera(request.pathInt("id"));
        return camera == null ? VmsReplies.notFound() : VmsReplies.ok(VmsWireModels.camera(camera));
    }

    private HttpReply favorite(VmsRequest request, boolean favorite) {
        int id = request.pathInt("id");
        if (state.attachedCamera(id) == null) {
            return VmsReplies.notFound();
        }
        SimCamera changed = state.updateCamera(id, c -> c.withFavorite(favorite));
        if (changed == null) {
            return VmsReplies.notFound();
        }
        try {
            publisher.favorite(changed, userId);
        } catch (RuntimeException e) {
            // the REST change stands even when the broadcast fails, as with a real backend's queue
            logger.warn("Simulated VMS: could not publish the favourite change of camera {}: {}", id,
                    e.getMessage());
        }
        return favorite ? VmsReplies.ok(VmsWireModels.camera(changed)) : VmsReplies.statusOk();
    }

    private HttpReply preview(VmsRequest request) {
        SimCamera camera = state.attachedCamera(request.pathInt("id"));
        if (camera == null) {
            return VmsReplies.notFound();
        }
        JsonObject body = new JsonObject();
        body.addProperty("preview", previewBase() + camera.id() + ".mp4");
        body.addProperty("status", "ok");
        body.addProperty("camera_id", camera.id());
        return VmsReplies.ok(body);
    }
}
