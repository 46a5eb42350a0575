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
 * A ringing intercom call that was cancelled at the intercom ({@code intercom_cancel},
 * docs/protocol.md, "Cancelled call payload"): the union of iOS's {@code VMSCanceledCall} and Android's
 * {@code VMSIntercomData}.
 * <p>
 * The ids are kept as text because Android types them as strings and iOS as numbers
 * (docs/protocol.md, "Reading payloads"); a JSON number becomes its decimal text. {@link #idNumber()} etc. give the
 * numeric value. Which of {@code id} and {@code call_id} the calls endpoints want is not known
 * (docs/protocol.md, "Intercom calls"), so both are kept.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsCanceledCall(@Nullable String id, @Nullable String callId, @Nullable String title,
        @Nullable String address, @Nullable String videoUrl, @Nullable String callCreatedAt,
        @Nullable String cameraId, @Nullable String markType, @Nullable Boolean isOpenDoorApp) {

    public static VmsCanceledCall fromJson(JsonObject json) {
        return new VmsCanceledCall(optString(json, "id"), optString(json, "call_id"), optString(json, "title"),
                optString(json, "address"), optString(json, "video_url"), optString(json, "call_created_at"),
                optString(json, "camera_id"), optString(json, "mark_type"), optBoolean(json, "is_open_door_app"));
    }

    public @Nullable Long idNumber() {
        return parseLong(id);
    }

    public @Nullable Long callIdNumber() {
        return parseLong(callId);
    }

    public @Nullable Long cameraIdNumber() {
        return parseLong(cameraId);
    }
}
