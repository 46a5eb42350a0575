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
 * An analytic case (docs/protocol.md, "Event payload"): a configured analytics job on a camera.
 * {@code available_events} and Android's extra fields are not modelled.
 *
 * @param type the case type, e.g. {@code face}, {@code motion_detect}
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsAnalyticCase(@Nullable Long id, @Nullable String title, @Nullable String color,
        @Nullable String type, @Nullable String typePretty, @Nullable String status, @Nullable String createdAt) {

    public static VmsAnalyticCase fromJson(JsonObject json) {
        return new VmsAnalyticCase(optLong(json, "id"), optString(json, "title"), optString(json, "color"),
                optString(json, "type"), optString(json, "type_pretty"), optString(json, "status"),
                optString(json, "created_at"));
    }
}
