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
 * The event model carried by marks and analytic detections (docs/protocol.md, "Event payload", the SDKs'
 * {@code VMSEvent}; named {@code VmsEventData} here to keep it apart from the socket message {@code VmsEvent}).
 * <p>
 * Timestamps are kept raw and parsed leniently (docs/protocol.md, "Reading payloads"); unlike iOS, an unparseable
 * {@code created_at} stays null instead of becoming "now". Socket analytic events come either flat ({@code case_type},
 * {@code analytic_case_id}) or with a nested {@code analytic_case} (docs/protocol.md, "Decisions"): {@link #caseType()}
 * and {@link #analyticCaseId()} are filled from whichever is present, flat keys first.
 *
 * @param type {@code mark} for user marks; when absent, {@code case_type} (as iOS does)
 * @param cameraId {@code camera_id}, else {@code camera.id}
 * @param analyticEvent the nested {@code event} object (what kind of analytic event fired)
 * @param similarity face match, percent
 * @param rect count of people / visitors (counting cases)
 * @param crop image URL of the detected region
 * @param isIntercom true when the detection comes from an intercom's camera; null when not sent
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsEventData(@Nullable Long id, @Nullable String type, @Nullable String typePretty,
        @Nullable String title, @Nullable String name, @Nullable String createdAt, @Nullable Instant createdAtInstant,
        @Nullable String from, @Nullable Instant fromInstant, @Nullable String to, @Nullable Instant toInstant,
        @Nullable VmsCamera camera, @Nullable Long cameraId, @Nullable Boolean canDelete, @Nullable String previewUrl,
        @Nullable String uuid, @Nullable String caseType, @Nullable Long analyticCaseId,
        @Nullable VmsAnalyticCase analyticCase, @Nullable VmsAnalyticFile analyticFile,
        @Nullable VmsAnalyticGroup analyticGroup, @Nullable VmsAnalyticEventType analyticEvent,
        @Nullable String crop, @Nullable Double similarity, @Nullable Long rect, @Nullable String licensePlate,
        @Nullable String containerCode, @Nullable String containerDimsCode, @Nullable Boolean isIntercom) {

    public static VmsEventData fromJson(JsonObject json) {
        VmsCamera camera = VmsCamera.optFrom(json, "camera");
        Long cameraId = optLong(json, "camera_id");
        if (cameraId == null && camera != null) {
            cameraId = camera.id();
        }
        JsonObject caseJson = optObject(json, "analytic_case");
        VmsAnalyticCase analyticCase = caseJson == null ? null : VmsAnalyticCase.fromJson(caseJson);
        String caseType = optString(json, "case_type");
        Long analyticCaseId = optLong(json, "analytic_case_id");
        if (analyticCase != null) {
            caseType = caseType != null ? caseType : analyticCase.type();
            analyticCaseId = analyticCaseId != null ? analyticCaseId : analyticCase.id();
        }
        String type = optString(json, "type");
        JsonObject file = optObject(json, "analytic_file");
        JsonObject group = optObject(json, "analytic_group");
        JsonObject event = optObject(json, "event");
        String createdAt = optString(json, "created_at");
        String from = optString(json, "from");
        String to = optString(json, "to");
        return new VmsEventData(optLong(json, "id"), type != null ? type : caseType, optString(json, "type_pretty"),
                optString(json, "title"), optString(json, "name"), createdAt, parseInstant(createdAt), from,
                parseInstant(from), to, parseInstant(to), camera, cameraId, optBoolean(json, "can_delete"),
                optString(json, "preview_url"), optString(json, "uuid"), caseType, analyticCaseId, analyticCase,
                file == null ? null : VmsAnalyticFile.fromJson(file),
                group == null ? null : VmsAnalyticGroup.fromJson(group),
                event == null ? null : VmsAnalyticEventType.fromJson(event), optString(json, "crop"),
                optDouble(json, "similarity"), optLong(json, "rect"), optString(json, "license_plate"),
                optString(json, "container_code"), optString(json, "container_dims_code"),
                optBoolean(json, "is_intercom"));
    }

    /** True only when the server said {@code is_intercom: true}. */
    public boolean fromIntercom() {
        return Boolean.TRUE.equals(isIntercom);
    }

    /** When it happened: {@code from}, else {@code created_at}; null when neither parses. */
    public @Nullable Instant time() {
        return fromInstant != null ? fromInstant : createdAtInstant;
    }
}
