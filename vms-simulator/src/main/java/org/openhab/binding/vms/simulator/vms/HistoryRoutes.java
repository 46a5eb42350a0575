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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.simulator.http.HttpReply;

import com.google.gson.JsonObject;

/**
 * The history lists (docs/protocol.md, "Histories"): {@code GET analytic-case/events}, {@code GET intercom/events}
 * and {@code GET marks}, paginated, filtered by {@code from}/{@code to} (UTC, on {@code created_at}, both included)
 * and ordered by {@code dir} ({@code desc}, the default, is newest first). A {@code from} or {@code to} that is not
 * a date answers 422, as Laravel's validation does.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class HistoryRoutes {

    private interface Lister {
        List<JsonObject> list(@Nullable Instant from, @Nullable Instant to, boolean ascending);
    }

    private final VmsHistory history;
    private final VmsAccountSettings settings;
    private final String baseUrl;

    HistoryRoutes(VmsHistory history, VmsAccountSettings settings, String baseUrl) {
        this.history = history;
        this.settings = settings;
        this.baseUrl = baseUrl;
    }

    void register(VmsRouter router) {
        router.protect("GET", "analytic-case/events", r -> list(r, history::detections));
        router.protect("GET", "intercom/events", r -> list(r, history::intercomEvents));
        router.protect("GET", "marks", r -> list(r, history::marks));
    }

    private HttpReply list(VmsRequest request, Lister lister) {
        String fromText = request.query("from");
        String toText = request.query("to");
        Instant from = VmsHistory.instant(fromText);
        Instant to = VmsHistory.instant(toText);
        if ((fromText != null && from == null) || (toText != null && to == null)) {
            return VmsReplies.invalid(422, java.util.Map.of(from == null && fromText != null ? "from" : "to",
                    "The date is not a valid date."));
        }
        boolean ascending = "asc".equalsIgnoreCase(request.query("dir"));
        List<JsonObject> items = lister.list(from, to, ascending);
        return VmsReplies.ok(LaravelPage.of(items, request.queryInt("page", 1), settings.pageSize(),
                baseUrl + request.http().path()));
    }
}
