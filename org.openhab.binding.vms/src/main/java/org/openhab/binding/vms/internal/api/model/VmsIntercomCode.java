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
 * A visitor door code (docs/protocol.md, "Visitor code payload"). {@code code} opens the door: it is a secret, so
 * {@link #toString()} masks it and nothing in the binding may log it.
 *
 * @param code the door code; a JSON number is accepted too (iOS would drop it)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsIntercomCode(@Nullable Long id, @Nullable String title, @Nullable String code,
        @Nullable String expiredAt, @Nullable String createdAt, @Nullable String willDeletedAt,
        @Nullable Boolean isExpired, @Nullable VmsIntercom intercom) {

    public static VmsIntercomCode fromJson(JsonObject json) {
        return new VmsIntercomCode(optLong(json, "id"), optString(json, "title"), optString(json, "code"),
                optString(json, "expired_at"), optString(json, "created_at"), optString(json, "will_deleted_at"),
                optBoolean(json, "is_expired"), VmsIntercom.optFrom(json, "intercom"));
    }

    /** {@code fromJson} of the object under {@code key}, or null when it is absent or not an object. */
    public static @Nullable VmsIntercomCode optFrom(@Nullable JsonObject json, String key) {
        JsonObject object = optObject(json, key);
        return object == null ? null : fromJson(object);
    }

    public @Nullable Instant expiredAtInstant() {
        return parseInstant(expiredAt);
    }

    public @Nullable Instant willDeletedAtInstant() {
        return parseInstant(willDeletedAt);
    }

    /** Like the generated one, but never prints the door code. */
    @Override
    public String toString() {
        return "VmsIntercomCode[id=" + id + ", title=" + title + ", code=" + (code == null ? "null" : "***")
                + ", expiredAt=" + expiredAt + ", createdAt=" + createdAt + ", willDeletedAt=" + willDeletedAt
                + ", isExpired=" + isExpired + ", intercom=" + intercom + "]";
    }
}
