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
package org.openhab.binding.vms.internal.api.rest.dto;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.model.VmsJsonFields;

import com.google.gson.JsonObject;

/**
 * One open session of the account, as listed in the HTTP 419 "too many sessions" answer to login
 * (docs/protocol.md, "Too many sessions") and by {@code GET sessions} (docs/protocol.md, "Sessions"). Repeat the login with {@link VmsLoginRequest#replacingSession(String)} and
 * this {@link #id()} to drop it.
 *
 * @param id the session id (a string; numeric ids are converted)
 * @param client e.g. {@code android}, {@code ios}
 * @param lastActivity {@code last} (Android only; unit not documented), when present
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsSession(String id, @Nullable String client, @Nullable String userAgent, @Nullable String ip,
        boolean online, boolean current, @Nullable Long lastActivity) {

    /** A session as the server lists it; null without an {@code id}. */
    public static @Nullable VmsSession fromJson(JsonObject json) {
        String id = VmsJsonFields.optString(json, "id");
        if (id == null || id.isBlank()) {
            return null;
        }
        return new VmsSession(id, VmsJsonFields.optString(json, "client"),
                VmsJsonFields.optString(json, "user_agent"), VmsJsonFields.optString(json, "ip"),
                Boolean.TRUE.equals(VmsJsonFields.optBoolean(json, "online")),
                Boolean.TRUE.equals(VmsJsonFields.optBoolean(json, "is_current")),
                VmsJsonFields.optLong(json, "last"));
    }
}
