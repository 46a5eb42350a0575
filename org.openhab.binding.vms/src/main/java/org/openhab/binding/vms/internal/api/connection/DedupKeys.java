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
package org.openhab.binding.vms.internal.api.connection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.AnalyticDetection;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.ArchiveGenerated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.CameraGroupsSynced;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.CamerasUpdated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.FavoriteAdded;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.FavoriteRemoved;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.GroupCreated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.GroupsDeleted;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.GroupsUpdated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.LayoutsUpdated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.Logout;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.MarkCreated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.MarkDeleted;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.MarkUpdated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.PermissionsUpdated;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventVisitor;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomAddError;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomAdded;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomCallCanceled;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomCallStored;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomCallsDeleted;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomCodeStored;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomCodesDeleted;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomEventStored;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomKeyConfirmed;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomKeyError;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomRenamed;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomStored;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomUpdated;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomsDeleted;
import org.openhab.binding.vms.internal.api.model.VmsCanceledCall;
import org.openhab.binding.vms.internal.api.model.VmsEventData;
import org.openhab.binding.vms.internal.api.model.VmsIntercom;
import org.openhab.binding.vms.internal.api.model.VmsIntercomCall;
import org.openhab.binding.vms.internal.api.model.VmsIntercomCode;

/**
 * The {@link DedupKey} of each message type (a visitor, so that a new event type cannot be forgotten).
 * <ul>
 * <li>A notification ({@code BroadcastNotificationCreated}) has a unique id: that is its identity.</li>
 * <li>Otherwise the identity is what the message is about: the detection's event id, the mark's id (with a digest
 * of its content, so two different edits both pass), the camera of a favourite change (with added/removed as what
 * it says), the call (with its status), the intercom or code (with a content digest).</li>
 * <li>Messages without identity (permissions_updated, cameras_updated, archive_generated ...) are compared by their
 * raw JSON within the short window.</li>
 * <li>{@code logout} is never suppressed: the connection acts on every one.</li>
 * </ul>
 * The raw JSON enters a key only as a SHA-256 digest, so remembered keys hold no door codes or personal data.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class DedupKeys implements VmsEventVisitor<@Nullable DedupKey> {

    static final DedupKeys INSTANCE = new DedupKeys();

    private DedupKeys() {
    }

    /** The key of a message, or null when it must never be suppressed. */
    static @Nullable DedupKey of(VmsEvent event) {
        String notificationId = event.envelope().notificationId();
        if (notificationId != null && !notificationId.isBlank() && !(event instanceof Logout)) {
            return DedupKey.identified("notification:" + notificationId, event.kind().name());
        }
        return event.accept(INSTANCE);
    }

    /**
     * The server's identity of a message that a history list also holds (docs/protocol.md, "Histories"), the same for
     * the socket's copy and the history's: a call and its status, a detection's event id (analytic and intercom list
     * alike), a mark's id. Null for what no history keeps.
     */
    static @Nullable String historyIdentity(VmsEvent event) {
        if (event instanceof IntercomCallStored stored) {
            VmsIntercomCall call = stored.call();
            Long id = call == null ? null : call.id();
            String status = stored.status();
            return id == null ? null
                    : "call:" + id + ":" + (status == null ? "" : status.trim().toLowerCase(java.util.Locale.ROOT));
        }
        VmsEventData data = historyData(event);
        Long id = data == null ? null : data.id();
        if (id == null) {
            return null;
        }
        return (event instanceof MarkCreated || event instanceof MarkUpdated || event instanceof MarkDeleted ? "mark:"
                : "event:") + id;
    }

    /** When the server created what {@link #historyIdentity} names (its {@code created_at}); null if unknown. */
    static @Nullable Instant historyTime(VmsEvent event) {
        if (event instanceof IntercomCallStored stored) {
            VmsIntercomCall call = stored.call();
            return call == null ? null : call.createdAtInstant();
        }
        VmsEventData data = historyData(event);
        if (data == null) {
            return null;
        }
        Instant created = data.createdAtInstant();
        return created != null ? created : data.time();
    }

    private static @Nullable VmsEventData historyData(VmsEvent event) {
        if (event instanceof AnalyticDetection detection) {
            return detection.event();
        } else if (event instanceof IntercomEventStored stored) {
            return stored.detection().event();
        } else if (event instanceof MarkCreated created) {
            return created.mark();
        } else if (event instanceof MarkUpdated updated) {
            return updated.mark();
        } else if (event instanceof MarkDeleted deleted) {
            return deleted.mark();
        }
        return null;
    }

    // ---- account-level messages

    @Override
    public @Nullable DedupKey visitLogout(Logout event) {
        return null;
    }

    @Override
    public DedupKey visitArchiveGenerated(ArchiveGenerated event) {
        return raw(event);
    }

    @Override
    public DedupKey visitCamerasUpdated(CamerasUpdated event) {
        return raw(event);
    }

    @Override
    public DedupKey visitFavoriteAdded(FavoriteAdded event) {
        return favorite(event, event.cameraId());
    }

    @Override
    public DedupKey visitFavoriteRemoved(FavoriteRemoved event) {
        return favorite(event, event.cameraId());
    }

    @Override
    public DedupKey visitPermissionsUpdated(PermissionsUpdated event) {
        return raw(event);
    }

    @Override
    public DedupKey visitLayoutsUpdated(LayoutsUpdated event) {
        return raw(event);
    }

    @Override
    public DedupKey visitGroupsUpdated(GroupsUpdated event) {
        return raw(event);
    }

    @Override
    public DedupKey visitGroupCreated(GroupCreated event) {
        Long id = event.id();
        return id == null ? raw(event) : DedupKey.identified("group:" + id, event.kind().name());
    }

    @Override
    public DedupKey visitGroupsDeleted(GroupsDeleted event) {
        return raw(event);
    }

    @Override
    public DedupKey visitCameraGroupsSynced(CameraGroupsSynced event) {
        return raw(event);
    }

    @Override
    public DedupKey visitMarkCreated(MarkCreated event) {
        return mark(event, event.mark());
    }

    @Override
    public DedupKey visitMarkUpdated(MarkUpdated event) {
        return mark(event, event.mark());
    }

    @Override
    public DedupKey visitMarkDeleted(MarkDeleted event) {
        return mark(event, event.mark());
    }

    @Override
    public DedupKey visitAnalyticDetection(AnalyticDetection event) {
        return detection(event, event.event());
    }

    // ---- intercom messages (normally notifications with an id; these keys are the fallback without one)

    @Override
    public DedupKey visitIntercomStored(IntercomStored event) {
        return intercom(event, event.intercom());
    }

    @Override
    public DedupKey visitIntercomRenamed(IntercomRenamed event) {
        return intercom(event, event.intercom());
    }

    @Override
    public DedupKey visitIntercomUpdated(IntercomUpdated event) {
        return intercom(event, event.intercom());
    }

    @Override
    public DedupKey visitIntercomAdded(IntercomAdded event) {
        return intercom(event, event.intercom());
    }

    @Override
    public DedupKey visitIntercomsDeleted(IntercomsDeleted event) {
        return raw(event);
    }

    @Override
    public DedupKey visitIntercomKeyConfirmed(IntercomKeyConfirmed event) {
        return intercom(event, event.intercom());
    }

    @Override
    public DedupKey visitIntercomKeyError(IntercomKeyError event) {
        return raw(event);
    }

    @Override
    public DedupKey visitIntercomAddError(IntercomAddError event) {
        return raw(event);
    }

    @Override
    public DedupKey visitIntercomCodeStored(IntercomCodeStored event) {
        VmsIntercomCode code = event.code();
        Long id = code == null ? null : code.id();
        return id == null ? raw(event) : DedupKey.identified("code:" + id, withDigest(event));
    }

    @Override
    public DedupKey visitIntercomCodesDeleted(IntercomCodesDeleted event) {
        return raw(event);
    }

    @Override
    public DedupKey visitIntercomCallStored(IntercomCallStored event) {
        VmsIntercomCall call = event.call();
        Long id = call == null ? null : call.id();
        return id == null ? raw(event) : DedupKey.identified("call:" + id, event.kind() + ":" + event.status());
    }

    @Override
    public DedupKey visitIntercomCallsDeleted(IntercomCallsDeleted event) {
        return raw(event);
    }

    @Override
    public DedupKey visitIntercomCallCanceled(IntercomCallCanceled event) {
        VmsCanceledCall call = event.call();
        String id = call == null ? null : call.callId() != null ? call.callId() : call.id();
        return id == null ? raw(event) : DedupKey.identified("cancel:" + id, event.kind().name());
    }

    @Override
    public DedupKey visitIntercomEventStored(IntercomEventStored event) {
        return detection(event, event.detection().event());
    }

    // ---- helpers

    private static DedupKey favorite(VmsEvent event, @Nullable Long cameraId) {
        return cameraId == null ? raw(event) : DedupKey.identified("favorite:" + cameraId, event.kind().name());
    }

    private static DedupKey mark(VmsEvent event, @Nullable VmsEventData mark) {
        Long id = mark == null ? null : mark.id();
        return id == null ? raw(event) : DedupKey.identified("mark:" + id, withDigest(event));
    }

    private static DedupKey detection(VmsEvent event, @Nullable VmsEventData data) {
        Long id = data == null ? null : data.id();
        // the same detection may come as an analytic and as an intercom event: one subject for both
        return id == null ? raw(event) : DedupKey.identified("event:" + id, event.kind().name());
    }

    private static DedupKey intercom(VmsEvent event, @Nullable VmsIntercom intercom) {
        Long id = intercom == null ? null : intercom.id();
        return id == null ? raw(event) : DedupKey.identified("intercom:" + id, withDigest(event));
    }

    private static String withDigest(VmsEvent event) {
        return event.kind() + ":" + digest(event.envelope().rawJson());
    }

    private static DedupKey raw(VmsEvent event) {
        return DedupKey.raw(event.kind().name(), digest(event.envelope().rawJson()));
    }

    static String digest(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform has SHA-256; without it, the text itself still works as a fingerprint
            return text;
        }
    }
}
