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
 * What kind of analytic event fired (docs/protocol.md, "Event payload", the event's nested {@code event} object).
 * {@code analytic_type} is read from its wire key (iOS never fills it, docs/protocol.md, "Quirks").
 *
 * @param name e.g. {@code motion}, {@code line_crossed}
 * @param analyticType e.g. {@code motion_detect}
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsAnalyticEventType(@Nullable Long id, @Nullable String name, @Nullable String color,
        @Nullable String analyticType, @Nullable String description, @Nullable String typePretty) {

    public static VmsAnalyticEventType fromJson(JsonObject json) {
        return new VmsAnalyticEventType(optLong(json, "id"), optString(json, "name"), optString(json, "color"),
                optString(json, "analytic_type"), optString(json, "description"), optString(json, "type_pretty"));
    }
}
