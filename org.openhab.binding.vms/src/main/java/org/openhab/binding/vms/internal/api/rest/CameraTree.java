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
package org.openhab.binding.vms.internal.api.rest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.api.model.VmsCamera;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Collects every camera of the {@code cameras/flat-tree} answer (docs/protocol.md, "Camera and intercom lists"): an
 * array of nodes, each with {@code cameras} and nested {@code children}. A camera may sit in several nodes; the first
 * occurrence wins. Walks iteratively with depth and node limits, so a deep or cyclic-looking tree cannot overflow the
 * stack. A top-level element without {@code cameras}/{@code children} but with a camera {@code status} is taken as a
 * camera (the flat form the SDKs decode for searches).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class CameraTree {

    static final int MAX_DEPTH = 64;
    static final int MAX_NODES = 100_000;

    private static final Logger LOGGER = LoggerFactory.getLogger(CameraTree.class);

    private CameraTree() {
    }

    private record Pending(JsonObject node, int depth) {
    }

    static PagedReader.Result<VmsCamera> collect(JsonArray roots) {
        Map<Long, VmsCamera> cameras = new LinkedHashMap<>();
        Deque<Pending> stack = new ArrayDeque<>();
        int dropped = 0;
        // push in reverse so the walk visits nodes in document order
        for (int i = roots.size() - 1; i >= 0; i--) {
            JsonElement root = roots.get(i);
            if (!root.isJsonObject()) {
                dropped++;
                continue;
            }
            stack.push(new Pending(root.getAsJsonObject(), 0));
        }
        int visited = 0;
        while (!stack.isEmpty()) {
            Pending pending = stack.pop();
            if (++visited > MAX_NODES) {
                LOGGER.warn("VMS camera tree has more than {} nodes, ignoring the rest", MAX_NODES);
                break;
            }
            if (pending.depth() == 0 && isFlatCamera(pending.node())) {
                dropped += addCamera(cameras, pending.node()) ? 0 : 1;
                continue;
            }
            JsonElement nodeCameras = pending.node().get("cameras");
            if (nodeCameras != null && nodeCameras.isJsonArray()) {
                for (JsonElement camera : nodeCameras.getAsJsonArray()) {
                    dropped += camera.isJsonObject() && addCamera(cameras, camera.getAsJsonObject()) ? 0 : 1;
                }
            }
            JsonElement children = pending.node().get("children");
            if (children != null && children.isJsonArray()) {
                if (pending.depth() >= MAX_DEPTH) {
                    LOGGER.debug("VMS camera tree deeper than {} levels, ignoring deeper groups", MAX_DEPTH);
                    continue;
                }
                JsonArray childArray = children.getAsJsonArray();
                for (int i = childArray.size() - 1; i >= 0; i--) {
                    JsonElement child = childArray.get(i);
                    if (child.isJsonObject()) {
                        stack.push(new Pending(child.getAsJsonObject(), pending.depth() + 1));
                    }
                }
            }
        }
        if (dropped > 0) {
            LOGGER.debug("VMS camera tree: dropped {} unusable camera entries", dropped);
        }
        return new PagedReader.Result<>(new ArrayList<>(cameras.values()), dropped);
    }

    /** A top-level camera (search form): no group keys, but a camera's {@code status}. */
    private static boolean isFlatCamera(JsonObject object) {
        return !object.has("cameras") && !object.has("children") && object.has("status");
    }

    /** @return false when the camera has no id (unusable) */
    private static boolean addCamera(Map<Long, VmsCamera> cameras, JsonObject json) {
        VmsCamera camera = VmsCamera.fromJson(json);
        Long id = camera.id();
        if (id == null) {
            return false;
        }
        cameras.putIfAbsent(id, camera);
        return true;
    }
}
