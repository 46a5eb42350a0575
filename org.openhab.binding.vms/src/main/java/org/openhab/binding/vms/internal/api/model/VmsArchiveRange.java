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
 * A recorded stretch of a camera's archive (docs/protocol.md, "Camera payload", {@code archive_ranges[]}).
 *
 * @param from start, epoch seconds
 * @param duration length in seconds
 * @param end end, epoch seconds, when the server sends it
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsArchiveRange(@Nullable Long from, @Nullable Long duration, @Nullable Long end) {

    public static VmsArchiveRange fromJson(JsonObject json) {
        return new VmsArchiveRange(optLong(json, "from"), optLong(json, "duration"), optLong(json, "end"));
    }

    /** The start as an instant, when {@link #from()} is known. */
    public @Nullable Instant fromInstant() {
        Long seconds = from;
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }
}
