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
package org.openhab.binding.vms.internal.api.model;

import static org.openhab.binding.vms.internal.api.model.VmsJsonFields.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/**
 * A file attached to an analytic detection (docs/protocol.md, "Event payload"), e.g. the stored face photo a face
 * detection matched.
 *
 * @param name e.g. the person's name for a face resource
 * @param type e.g. {@code face_resource}
 * @param url may be a path relative to the server (docs/protocol.md, "Reading payloads"), made absolute
 *            by {@code VmsRestConfig#absoluteUrl(String)}
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsAnalyticFile(@Nullable Long id, @Nullable String name, @Nullable String type,
        @Nullable String typePretty, @Nullable String uuid, @Nullable String url, @Nullable String body,
        @Nullable String createdAt, @Nullable String updatedAt) {

    public static VmsAnalyticFile fromJson(JsonObject json) {
        return new VmsAnalyticFile(optLong(json, "id"), optString(json, "name"), optString(json, "type"),
                optString(json, "type_pretty"), optString(json, "uuid"), optString(json, "url"),
                optString(json, "body"), optString(json, "created_at"), optString(json, "updated_at"));
    }
}
