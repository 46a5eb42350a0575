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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/**
 * An entry of the intercom call history (docs/protocol.md, "Intercom call payload"), from {@code intercom.call.store}
 * and the calls endpoints.
 *
 * @param status {@code missed}, {@code ring}, {@code ended}, {@code answered}, kept open
 *            (docs/protocol.md, "Reading payloads")
 * @param createdAt raw server timestamp; {@link #createdAtInstant()} parses it
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsIntercomCall(@Nullable Long id, @Nullable String status, @Nullable String createdAt,
        @Nullable String startedAt, @Nullable String endedAt, @Nullable VmsIntercom intercom,
        @Nullable String markType, @Nullable String type) {

    public static VmsIntercomCall fromJson(JsonObject json) {
        return new VmsIntercomCall(optLong(json, "id"), optString(json, "status"), optString(json, "created_at"),
                optString(json, "started_at"), optString(json, "ended_at"), VmsIntercom.optFrom(json, "intercom"),
                optString(json, "mark_type"), optString(json, "type"));
    }

    /** {@code fromJson} of the object under {@code key}, or null when it is absent or not an object. */
    public static @Nullable VmsIntercomCall optFrom(@Nullable JsonObject json, String key) {
        JsonObject object = optObject(json, key);
        return object == null ? null : fromJson(object);
    }

    public @Nullable Instant createdAtInstant() {
        return parseInstant(createdAt);
    }

    public @Nullable Instant startedAtInstant() {
        return parseInstant(startedAt);
    }

    public @Nullable Instant endedAtInstant() {
        return parseInstant(endedAt);
    }

    /** The id of the call's intercom, when the call names one. */
    public @Nullable Long intercomId() {
        VmsIntercom owner = intercom;
        return owner == null ? null : owner.id();
    }
}
