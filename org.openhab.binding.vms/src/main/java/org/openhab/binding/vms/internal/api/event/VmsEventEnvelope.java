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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Where a decoded message came from and what it looked like on the wire; carried by every {@link VmsEvent}.
 * {@link #toString()} leaves {@code rawJson} out (it may carry a door code) and prints its length only.
 *
 * @param pusherEvent the Pusher event name, e.g. {@code App\Events\UserPush}
 * @param channel the channel it arrived on, when the frame named one
 * @param wireType the {@code type} string exactly as received (may differ in case from the kind's), or null
 * @param json the inner JSON (the frame's {@code data} string) exactly as received, and without door codes for
 *            the JSON channels
 * @param notificationId envelope B's top-level {@code id} (the notification UUID), when present
 * @param subject envelope A's {@code subject}, when present and not null
 * @param status envelope A's {@code data.status} ({@code ok}/{@code error}), when present
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsEventEnvelope(String pusherEvent, @Nullable String channel, @Nullable String wireType,
        VmsMessageJson json, @Nullable String notificationId, @Nullable String subject, @Nullable String status) {

    /** An envelope whose JSON is redacted from its text when asked for. */
    public VmsEventEnvelope(String pusherEvent, @Nullable String channel, @Nullable String wireType, String rawJson,
            @Nullable String notificationId, @Nullable String subject, @Nullable String status) {
        this(pusherEvent, channel, wireType, VmsMessageJson.of(rawJson), notificationId, subject, status);
    }

    /** The inner JSON exactly as received: may hold door codes, never log or show it. */
    public String rawJson() {
        return json.raw();
    }

    /** Like the generated one, but without the raw JSON, which may contain secrets such as door codes. */
    @Override
    public String toString() {
        return "VmsEventEnvelope[pusherEvent=" + pusherEvent + ", channel=" + channel + ", wireType=" + wireType
                + ", json=" + json + ", notificationId=" + notificationId + ", subject="
                + subject + ", status=" + status + "]";
    }
}
