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
package org.openhab.binding.vms.internal.api.event;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.model.VmsJsonFields;

import com.google.gson.JsonObject;

/**
 * Where a message's type-specific keys are, whichever envelope carried it (docs/protocol.md, "Envelopes").
 * <ul>
 * <li>App types read one payload object: envelope A's {@code data.data}; in envelope B (not seen so far) the
 * top-level {@code data}, else {@code event} (iOS declares the face event as a notification with {@code event}),
 * else the flat top level.</li>
 * <li>Intercom types look keys up in the top level, then in {@code data} (envelope B), or in {@code data.data}, then
 * {@code data} (envelope A, not seen so far).</li>
 * </ul>
 * The fallbacks only widen what is accepted; the documented shapes are always tried first.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class EventPayload {

    private final @Nullable JsonObject appPayload;
    private final List<JsonObject> holders;

    private EventPayload(@Nullable JsonObject appPayload, List<JsonObject> holders) {
        this.appPayload = appPayload;
        this.holders = holders;
    }

    /** Envelope A; {@code inner} is the object holding {@code type}, {@code status} and {@code data}. */
    static EventPayload ofEnvelopeA(JsonObject inner) {
        JsonObject data = VmsJsonFields.optObject(inner, "data");
        return new EventPayload(data, data == null ? List.of(inner) : List.of(data, inner));
    }

    /** Envelope B; {@code root} is the flat notification object. */
    static EventPayload ofEnvelopeB(JsonObject root) {
        JsonObject data = VmsJsonFields.optObject(root, "data");
        JsonObject event = VmsJsonFields.optObject(root, "event");
        JsonObject app = data != null ? data : event != null ? event : root;
        return new EventPayload(app, data == null ? List.of(root) : List.of(root, data));
    }

    /** The app type's payload object; null when absent ({@code []}, {@code {}}, null or missing). */
    @Nullable
    JsonObject app() {
        return appPayload;
    }

    /** The first holder that has a non-empty object under {@code key}. */
    @Nullable
    JsonObject object(String key) {
        for (JsonObject holder : holders) {
            JsonObject value = VmsJsonFields.optObject(holder, key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The first holder's string under {@code key}. */
    @Nullable
    String string(String key) {
        for (JsonObject holder : holders) {
            String value = VmsJsonFields.optString(holder, key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The first holder's whole number under {@code key}. */
    @Nullable
    Long number(String key) {
        for (JsonObject holder : holders) {
            Long value = VmsJsonFields.optLong(holder, key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The first holder's id list under {@code key}; empty when no holder has one. */
    List<Long> ids(String key) {
        for (JsonObject holder : holders) {
            List<Long> value = VmsJsonFields.optLongList(holder, key);
            if (value != null) {
                return value;
            }
        }
        return List.of();
    }
}
