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

import com.google.gson.JsonObject;

/**
 * Intercom and call endpoints (docs/protocol.md, "Commands" and docs/protocol.md, "Other calls"):
 * {@code GET intercom?page=N}, {@code POST intercom/{id}/open-door}, {@code GET intercom/calls?page=N},
 * {@code GET intercom/calls/{id}}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class IntercomRoutes {

    private final VmsState state;
    private final VmsAccountSettings settings;
    private final String baseUrl;

    IntercomRoutes(VmsState state, VmsAccountSettings settings, String baseUrl) {
        this.state = state;
        this.settings = settings;
        this.baseUrl = baseUrl;
    }

    void register(VmsRouter router) {
        router.protect("GET", "intercom", r -> intercoms(r));
        router.protect("POST", "intercom/{id}/open-door", r -> openDoor(r));
        router.protect("GET", "intercom/calls", r -> calls(r));
        router.protect("GET", "intercom/calls/{id}", r -> call(r));
    }

    static JsonObject intercomJson(VmsState state, SimIntercom intercom) {
        return VmsWireModels.intercom(intercom, state.camera(intercom.cameraId()));
    }

    static JsonObject callJson(VmsState state, SimCall call) {
        return VmsWireModels.call(call, state.intercom(call.intercomId()));
    }

    private HttpReply intercoms(VmsRequest request) {
        List<JsonObject> items = state.intercoms().stream().map(i -> intercomJson(state, i)).toList();
        return page(request, items);
    }

    private HttpReply openDoor(VmsRequest request) {
        int id = request.pathInt("id");
        if (state.intercom(id) == null) {
            return VmsReplies.notFound();
        }
        state.recordOpenDoor(id);
        return VmsReplies.noContent();
    }

    /** Newest call first (by {@code created_at}, then id), as a history list; no date filter (docs/protocol.md). */
    private HttpReply calls(VmsRequest request) {
        List<JsonObject> items = VmsHistory.ordered(state.calls(), SimCall::createdAt, SimCall::id, false).stream()
                .map(c -> callJson(state, c)).toList();
        return page(request, items);
    }

    private HttpReply call(VmsRequest request) {
        SimCall call = state.call(request.pathInt("id"));
        return call == null ? VmsReplies.notFound() : VmsReplies.ok(callJson(state, call));
    }

    private HttpReply page(VmsRequest request, List<JsonObject> items) {
        return VmsReplies.ok(LaravelPage.of(items, request.queryInt("page", 1), settings.pageSize(),
                baseUrl + request.http().path()));
    }
}
