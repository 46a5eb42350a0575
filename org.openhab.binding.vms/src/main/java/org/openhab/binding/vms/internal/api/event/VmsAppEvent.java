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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.model.VmsArchiveLink;
import org.openhab.binding.vms.internal.api.model.VmsEventData;
import org.openhab.binding.vms.internal.api.model.VmsFavorite;

/**
 * Account-level messages: the seed SDK's {@code VMSAppSocketData} grouping (docs/protocol.md, "Message types", rows 1
 * to 24).
 * <p>
 * Payload fields are nullable and lists may be empty: the decoder emits a message even when its payload is missing
 * or unreadable (as Android does) rather than dropping it (as iOS does), because "something changed, refetch" is
 * still worth knowing.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public sealed interface VmsAppEvent extends VmsEvent {

    /**
     * {@code logout}: the session behind the token was ended server-side; stop using the token.
     *
     * @param subject free-form text from the envelope, may be null
     */
    record Logout(VmsEventEnvelope envelope, @Nullable String subject) implements VmsAppEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.LOGOUT;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitLogout(this);
        }
    }

    /**
     * {@code archive_generated}: the asynchronous answer to an archive-link request.
     *
     * @param status {@code ok} or {@code error} as received (any other value is kept), null when missing
     * @param link the clip's link; {@link VmsArchiveLink#EMPTY} when the payload is missing
     */
    record ArchiveGenerated(VmsEventEnvelope envelope, @Nullable String status, VmsArchiveLink link)
            implements VmsAppEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.ARCHIVE_GENERATED;
        }

        /** True for status {@code ok} (any case), or for no status but a url; false otherwise. */
        public boolean isOk() {
            String value = status;
            if (value == null) {
                return link.url() != null;
            }
            return "ok".equalsIgnoreCase(value.trim());
        }

        /** The clip's url ({@link VmsArchiveLink#url()}); null on error. */
        public @Nullable String url() {
            return link.url();
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitArchiveGenerated(this);
        }
    }

    /**
     * {@code cameras_updated}: cameras were attached to / detached from the account. Both lists are empty when the
     * payload is missing or unreadable (then: refetch the camera list).
     */
    record CamerasUpdated(VmsEventEnvelope envelope, List<Long> attached, List<Long> detached) implements VmsAppEvent {
        public CamerasUpdated {
            attached = List.copyOf(attached);
            detached = List.copyOf(detached);
        }

        @Override
        public VmsEventKind kind() {
            return VmsEventKind.CAMERAS_UPDATED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitCamerasUpdated(this);
        }
    }

    /**
     * {@code camera.store_favorite}. Emitted even without {@code camera_id} (as Android does; iOS drops it): then
     * {@link #cameraId()} is null and the favourites should be refetched.
     */
    record FavoriteAdded(VmsEventEnvelope envelope, VmsFavorite favorite) implements VmsAppEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.FAVORITE_ADDED;
        }

        public @Nullable Long cameraId() {
            return favorite.cameraId();
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitFavoriteAdded(this);
        }
    }

    /** {@code camera.destroy_favorite}; see {@link FavoriteAdded} for a missing {@code camera_id}. */
    record FavoriteRemoved(VmsEventEnvelope envelope, VmsFavorite favorite) implements VmsAppEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.FAVORITE_REMOVED;
        }

        public @Nullable Long cameraId() {
            return favorite.cameraId();
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitFavoriteRemoved(this);
        }
    }

    /** {@code permissions_updated}: re-read the current user. */
    record PermissionsUpdated(VmsEventEnvelope envelope) implements VmsAppEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.PERMISSIONS_UPDATED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitPermissionsUpdated(this);
        }
    }

    /** {@code layouts_updated}: the user's camera layouts changed (neither SDK acts on it). */
    record LayoutsUpdated(VmsEventEnvelope envelope) implements VmsAppEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.LAYOUTS_UPDATED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitLayoutsUpdated(this);
        }
    }

    /** {@code groups_updated}: the camera groups changed; refetch them. */
    record GroupsUpdated(VmsEventEnvelope envelope) implements VmsAppEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.GROUPS_UPDATED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitGroupsUpdated(this);
        }
    }

    /**
     * {@code groups_created}. iOS turns a message without {@code id} into {@code groups_updated}; we keep it as a
     * creation with a null {@code id} (and whatever {@code name} came) so nothing is lost: treat a null id like
     * {@link GroupsUpdated} (refetch).
     */
    record GroupCreated(VmsEventEnvelope envelope, @Nullable Long id, @Nullable String name) implements VmsAppEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.GROUPS_CREATED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitGroupCreated(this);
        }
    }

    /**
     * {@code groups_deleted}. iOS turns a message without {@code ids} into {@code groups_updated}; we keep the
     * deletion with an empty list: treat an empty list like {@link GroupsUpdated} (refetch).
     */
    record GroupsDeleted(VmsEventEnvelope envelope, List<Long> ids) implements VmsAppEvent {
        public GroupsDeleted {
            ids = List.copyOf(ids);
        }

        @Override
        public VmsEventKind kind() {
            return VmsEventKind.GROUPS_DELETED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitGroupsDeleted(this);
        }
    }

    /** {@code camera_groups_synced}: an asynchronous camera-to-groups sync finished. */
    record CameraGroupsSynced(VmsEventEnvelope envelope) implements VmsAppEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.CAMERA_GROUPS_SYNCED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitCameraGroupsSynced(this);
        }
    }

    /** {@code mark_created}: a user mark on a camera's timeline; {@code mark} null when the payload is missing. */
    record MarkCreated(VmsEventEnvelope envelope, @Nullable VmsEventData mark) implements VmsAppEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.MARK_CREATED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitMarkCreated(this);
        }
    }

    /** {@code mark_updated}; {@code mark} null when the payload is missing. */
    record MarkUpdated(VmsEventEnvelope envelope, @Nullable VmsEventData mark) implements VmsAppEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.MARK_UPDATED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitMarkUpdated(this);
        }
    }

    /** {@code mark_deleted}; {@code mark} null when the payload is missing. */
    record MarkDeleted(VmsEventEnvelope envelope, @Nullable VmsEventData mark) implements VmsAppEvent {
        @Override
        public VmsEventKind kind() {
            return VmsEventKind.MARK_DELETED;
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitMarkDeleted(this);
        }
    }

    /**
     * {@code analytic_case_<case>_event_created}: a video-analytics detection (10 kinds, see
     * {@link VmsEventKind#isAnalytic()}). Detections flagged {@code is_intercom} arrive wrapped in
     * {@link VmsIntercomEvent.IntercomEventStored} instead.
     *
     * @param kind one of the ten analytic kinds
     * @param event the detection; null when the payload is missing or unreadable
     */
    record AnalyticDetection(VmsEventEnvelope envelope, VmsEventKind kind, @Nullable VmsEventData event)
            implements VmsAppEvent {
        public AnalyticDetection {
            if (!kind.isAnalytic()) {
                throw new IllegalArgumentException("not an analytic kind: " + kind);
            }
        }

        /** {@code camera_id} (else {@code camera.id}) of the detection. */
        public @Nullable Long cameraId() {
            VmsEventData data = event;
            return data == null ? null : data.cameraId();
        }

        /** When it happened: {@code from}, else {@code created_at}. */
        public @Nullable Instant time() {
            VmsEventData data = event;
            return data == null ? null : data.time();
        }

        public boolean isIntercom() {
            VmsEventData data = event;
            return data != null && data.fromIntercom();
        }

        @Override
        public <R> R accept(VmsEventVisitor<R> visitor) {
            return visitor.visitAnalyticDetection(this);
        }
    }
}
