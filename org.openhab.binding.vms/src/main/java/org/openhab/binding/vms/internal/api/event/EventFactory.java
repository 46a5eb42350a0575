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
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.AnalyticDetection;
import org.openhab.binding.vms.internal.api.model.VmsJsonFields;
import org.openhab.binding.vms.internal.api.model.VmsArchiveLink;
import org.openhab.binding.vms.internal.api.model.VmsCanceledCall;
import org.openhab.binding.vms.internal.api.model.VmsEventData;
import org.openhab.binding.vms.internal.api.model.VmsFavorite;
import org.openhab.binding.vms.internal.api.model.VmsIntercom;
import org.openhab.binding.vms.internal.api.model.VmsIntercomCall;
import org.openhab.binding.vms.internal.api.model.VmsIntercomCode;

import com.google.gson.JsonObject;

/**
 * Builds the record for a known message type from its payload. The switch over {@link VmsEventKind} is exhaustive,
 * so a new kind does not compile until it is mapped here. Reading the payload never fails: missing or mistyped keys
 * become null / empty (see {@link VmsJsonFields}).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class EventFactory {

    private EventFactory() {
    }

    static VmsEvent create(VmsEventKind kind, VmsEventEnvelope envelope, EventPayload payload) {
        JsonObject app = payload.app();
        return switch (kind) {
            case LOGOUT -> new VmsAppEvent.Logout(envelope, envelope.subject());
            case ARCHIVE_GENERATED -> new VmsAppEvent.ArchiveGenerated(envelope, envelope.status(),
                    app == null ? VmsArchiveLink.EMPTY : VmsArchiveLink.fromJson(app));
            case CAMERAS_UPDATED -> new VmsAppEvent.CamerasUpdated(envelope, idsOrEmpty(app, "attached"),
                    idsOrEmpty(app, "detached"));
            case FAVORITE_ADDED -> new VmsAppEvent.FavoriteAdded(envelope, VmsFavorite.fromJson(app));
            case FAVORITE_REMOVED -> new VmsAppEvent.FavoriteRemoved(envelope, VmsFavorite.fromJson(app));
            case PERMISSIONS_UPDATED -> new VmsAppEvent.PermissionsUpdated(envelope);
            case LAYOUTS_UPDATED -> new VmsAppEvent.LayoutsUpdated(envelope);
            case GROUPS_UPDATED -> new VmsAppEvent.GroupsUpdated(envelope);
            case GROUPS_CREATED -> new VmsAppEvent.GroupCreated(envelope, VmsJsonFields.optLong(app, "id"),
                    VmsJsonFields.optString(app, "name"));
            case GROUPS_DELETED -> new VmsAppEvent.GroupsDeleted(envelope, idsOrEmpty(app, "ids"));
            case CAMERA_GROUPS_SYNCED -> new VmsAppEvent.CameraGroupsSynced(envelope);
            case MARK_CREATED -> new VmsAppEvent.MarkCreated(envelope, eventData(app));
            case MARK_UPDATED -> new VmsAppEvent.MarkUpdated(envelope, eventData(app));
            case MARK_DELETED -> new VmsAppEvent.MarkDeleted(envelope, eventData(app));
            case ANALYTIC_MOTION_DETECT, ANALYTIC_LINE_INTERSECTION, ANALYTIC_SMOKE_FIRE, ANALYTIC_LOUD_SOUND,
                    ANALYTIC_CAMERA_OBSTACLE, ANALYTIC_FACE, ANALYTIC_LICENSE_PLATE, ANALYTIC_PERSON_COUNTING,
                    ANALYTIC_VISITOR_COUNTING, ANALYTIC_CONTAINER_NUMBER_RECOGNITION ->
                analytic(kind, envelope, app);
            case INTERCOM_STORED -> new VmsIntercomEvent.IntercomStored(envelope, intercom(payload));
            case INTERCOM_RENAMED -> new VmsIntercomEvent.IntercomRenamed(envelope, intercom(payload));
            case INTERCOM_UPDATED -> new VmsIntercomEvent.IntercomUpdated(envelope, intercom(payload));
            case INTERCOM_ADDED -> new VmsIntercomEvent.IntercomAdded(envelope, intercom(payload));
            case INTERCOMS_DELETED -> new VmsIntercomEvent.IntercomsDeleted(envelope, deletedIds(payload));
            case INTERCOM_KEY_CONFIRMED -> new VmsIntercomEvent.IntercomKeyConfirmed(envelope, intercom(payload),
                    payload.number("expire_in_seconds"));
            case INTERCOM_KEY_ERROR -> new VmsIntercomEvent.IntercomKeyError(envelope, payload.string("error"));
            case INTERCOM_ADD_ERROR -> new VmsIntercomEvent.IntercomAddError(envelope, payload.string("error"));
            case INTERCOM_CODE_STORED -> {
                JsonObject code = payload.object("intercom_code");
                yield new VmsIntercomEvent.IntercomCodeStored(envelope,
                        code == null ? null : VmsIntercomCode.fromJson(code));
            }
            case INTERCOM_CODES_DELETED -> new VmsIntercomEvent.IntercomCodesDeleted(envelope, deletedIds(payload));
            case INTERCOM_CALL_STORED -> {
                JsonObject call = payload.object("intercom_call");
                yield new VmsIntercomEvent.IntercomCallStored(envelope,
                        call == null ? null : VmsIntercomCall.fromJson(call));
            }
            case INTERCOM_CALLS_DELETED -> new VmsIntercomEvent.IntercomCallsDeleted(envelope, deletedIds(payload));
            case INTERCOM_CALL_CANCELED -> {
                JsonObject call = payload.object("data");
                yield new VmsIntercomEvent.IntercomCallCanceled(envelope,
                        call == null ? null : VmsCanceledCall.fromJson(call));
            }
        };
    }

    /**
     * An analytic detection; flagged {@code is_intercom} it is wrapped as an intercom event for every analytic kind
     * (iOS's rule; Android applies it to the face kind only).
     */
    private static VmsEvent analytic(VmsEventKind kind, VmsEventEnvelope envelope, @Nullable JsonObject app) {
        AnalyticDetection detection = new AnalyticDetection(envelope, kind, eventData(app));
        return detection.isIntercom() ? new VmsIntercomEvent.IntercomEventStored(detection) : detection;
    }

    private static @Nullable VmsEventData eventData(@Nullable JsonObject app) {
        return app == null ? null : VmsEventData.fromJson(app);
    }

    private static @Nullable VmsIntercom intercom(EventPayload payload) {
        JsonObject intercom = payload.object("intercom");
        return intercom == null ? null : VmsIntercom.fromJson(intercom);
    }

    /** {@code deleted_ids}, else {@code ids} (the key of {@code groups_deleted}), else empty. */
    private static List<Long> deletedIds(EventPayload payload) {
        List<Long> ids = payload.ids("deleted_ids");
        return ids.isEmpty() ? payload.ids("ids") : ids;
    }

    private static List<Long> idsOrEmpty(@Nullable JsonObject app, String key) {
        List<Long> ids = VmsJsonFields.optLongList(app, key);
        return ids == null ? List.of() : ids;
    }
}
