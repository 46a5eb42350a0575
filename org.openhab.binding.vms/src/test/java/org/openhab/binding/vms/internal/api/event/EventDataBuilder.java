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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.model.VmsAnalyticCase;
import org.openhab.binding.vms.internal.api.model.VmsAnalyticEventType;
import org.openhab.binding.vms.internal.api.model.VmsAnalyticFile;
import org.openhab.binding.vms.internal.api.model.VmsAnalyticGroup;
import org.openhab.binding.vms.internal.api.model.VmsCamera;
import org.openhab.binding.vms.internal.api.model.VmsEventData;

/**
 * Builds an expected {@link VmsEventData} for tests: every component not set stays null, so comparing with
 * {@code assertEquals} checks that the decoder filled exactly the fields the example carries.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class EventDataBuilder {

    private @Nullable Long id;
    private @Nullable String type;
    private @Nullable String typePretty;
    private @Nullable String title;
    private @Nullable String createdAt;
    private @Nullable String from;
    private @Nullable String to;
    private @Nullable VmsCamera camera;
    private @Nullable Long cameraId;
    private @Nullable Boolean canDelete;
    private @Nullable String caseType;
    private @Nullable Long analyticCaseId;
    private @Nullable VmsAnalyticCase analyticCase;
    private @Nullable VmsAnalyticFile analyticFile;
    private @Nullable VmsAnalyticGroup analyticGroup;
    private @Nullable VmsAnalyticEventType analyticEvent;
    private @Nullable String crop;
    private @Nullable Double similarity;
    private @Nullable Long rect;
    private @Nullable String licensePlate;
    private @Nullable String containerCode;
    private @Nullable String containerDimsCode;
    private @Nullable Boolean isIntercom;

    /** The flat socket shape of the analytic examples: type taken from {@code case_type}. */
    static EventDataBuilder analytic(long id, String caseType, long analyticCaseId, VmsCamera camera) {
        EventDataBuilder builder = new EventDataBuilder();
        builder.id = id;
        builder.type = caseType;
        builder.caseType = caseType;
        builder.analyticCaseId = analyticCaseId;
        builder.camera = camera;
        builder.cameraId = camera.id();
        builder.createdAt = "2024-03-01T12:10:00.000000Z";
        builder.from = "2024-03-01T12:10:00.000000Z";
        builder.isIntercom = false;
        return builder;
    }

    static EventDataBuilder mark(String title, VmsCamera camera) {
        EventDataBuilder builder = new EventDataBuilder();
        builder.id = 5501L;
        builder.type = "mark";
        builder.typePretty = "Mark";
        builder.title = title;
        builder.from = "2024-03-01T12:00:00.000000Z";
        builder.to = "2024-03-01T12:00:30.000000Z";
        builder.createdAt = "2024-03-01T12:00:05.000000Z";
        builder.canDelete = true;
        builder.camera = camera;
        builder.cameraId = camera.id();
        return builder;
    }

    EventDataBuilder crop(String value) {
        crop = value;
        return this;
    }

    EventDataBuilder similarity(double value) {
        similarity = value;
        return this;
    }

    EventDataBuilder rect(long value) {
        rect = value;
        return this;
    }

    EventDataBuilder licensePlate(String value) {
        licensePlate = value;
        return this;
    }

    EventDataBuilder container(String code, String dimsCode) {
        containerCode = code;
        containerDimsCode = dimsCode;
        return this;
    }

    EventDataBuilder intercom(boolean value) {
        isIntercom = value;
        return this;
    }

    EventDataBuilder analyticFile(VmsAnalyticFile value) {
        analyticFile = value;
        return this;
    }

    EventDataBuilder analyticGroup(VmsAnalyticGroup value) {
        analyticGroup = value;
        return this;
    }

    EventDataBuilder analyticEvent(VmsAnalyticEventType value) {
        analyticEvent = value;
        return this;
    }

    EventDataBuilder analyticCase(VmsAnalyticCase value) {
        analyticCase = value;
        return this;
    }

    VmsEventData build() {
        return new VmsEventData(id, type, typePretty, title, null, createdAt, instant(createdAt), from, instant(from),
                to, instant(to), camera, cameraId, canDelete, null, null, caseType, analyticCaseId, analyticCase,
                analyticFile, analyticGroup, analyticEvent, crop, similarity, rect, licensePlate, containerCode,
                containerDimsCode, isIntercom);
    }

    /** Deliberately not the production parser: the examples' timestamps are plain ISO instants. */
    private static @Nullable Instant instant(@Nullable String text) {
        return text == null ? null : Instant.parse(text);
    }
}
