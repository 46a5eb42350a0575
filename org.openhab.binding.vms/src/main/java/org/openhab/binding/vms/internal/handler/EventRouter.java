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
package org.openhab.binding.vms.internal.handler;

import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.event.VmsEventEnvelope;
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
import org.openhab.binding.vms.internal.api.event.VmsEventKind;
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
import org.openhab.binding.vms.internal.api.model.VmsAnalyticFile;
import org.openhab.binding.vms.internal.api.model.VmsCanceledCall;
import org.openhab.binding.vms.internal.api.model.VmsEventData;
import org.openhab.binding.vms.internal.api.model.VmsIntercomCall;
import org.openhab.binding.vms.internal.api.model.VmsIntercomCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every decoded message to the Thing it concerns, or to the bridge's {@code account-event}, as the "Socket
 * Messages" table of docs/DEVELOPERS.md documents. Implementing the visitor means a new message record does not
 * compile until it is routed here. Targets are found by id in {@link ChildHandlers} and {@link AccountInventory}.
 * <p>
 * Called on the connection's delivery thread, one message at a time. One router serves one bridge session: its calls
 * into the children are refused once the bridge is disposed, and a child Thing that is disposed counts as absent.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class EventRouter implements VmsEventVisitor<@Nullable Void> {

    private static final String ANALYTIC_PREFIX = "ANALYTIC_";

    private final Logger logger = LoggerFactory.getLogger(EventRouter.class);
    private final ChildHandlers.Calls children;
    private final AccountInventory inventory;
    private final RouterAccount account;
    /**
     * Whether this router delivers messages caught up from a history after a gap (docs/protocol.md, "Catch-up"):
     * they go to the late trigger channels and never to a live trigger or {@code account-event}.
     */
    private final boolean late;

    EventRouter(ChildHandlers.Calls children, AccountInventory inventory, RouterAccount account) {
        this(children, inventory, account, false);
    }

    EventRouter(ChildHandlers.Calls children, AccountInventory inventory, RouterAccount account, boolean late) {
        this.children = children;
        this.inventory = inventory;
        this.account = account;
        this.late = late;
    }

    /** The {@code analytic-event} payload of an analytic kind: {@code ANALYTIC_FACE} gives {@code FACE}. */
    static String analyticPayload(VmsEventKind kind) {
        String name = kind.name();
        return name.startsWith(ANALYTIC_PREFIX) ? name.substring(ANALYTIC_PREFIX.length()) : name;
    }

    // ---------------------------------------------------------------- account-level messages

    @Override
    public @Nullable Void visitLogout(Logout event) {
        account.logoutAnnounced(event.subject());
        account.accountEvent(EVENT_LOGOUT, event.envelope());
        return null;
    }

    @Override
    public @Nullable Void visitArchiveGenerated(ArchiveGenerated event) {
        String url = event.url();
        if (event.isOk() && url != null && !url.isBlank()) {
            account.archiveGenerated(account.absoluteUrl(url.trim()));
            account.accountEvent(EVENT_ARCHIVE_GENERATED, event.envelope());
        } else {
            // an "ok" without a link cannot be used either
            account.accountEvent(EVENT_ARCHIVE_FAILED, event.envelope());
        }
        return null;
    }

    @Override
    public @Nullable Void visitCamerasUpdated(CamerasUpdated event) {
        if (event.attached().isEmpty() && event.detached().isEmpty()) {
            logger.debug("Cameras changed without a readable list of ids; reading the camera list again");
            account.cameraListChanged();
            return null;
        }
        if (!event.attached().isEmpty()) {
            for (Long cameraId : event.attached()) {
                inventory.cameraAttached(cameraId);
                children.camera(cameraId, VmsCameraHandler::cameraAttached);
            }
            account.camerasAttached(event.attached());
            account.accountEvent(EVENT_CAMERAS_ATTACHED, event.envelope());
        }
        if (!event.detached().isEmpty()) {
            for (Long cameraId : event.detached()) {
                inventory.cameraDetached(cameraId);
                children.camera(cameraId, VmsCameraHandler::cameraGone);
            }
            account.camerasDetached(event.detached());
            account.accountEvent(EVENT_CAMERAS_DETACHED, event.envelope());
        }
        return null;
    }

    @Override
    public @Nullable Void visitFavoriteAdded(FavoriteAdded event) {
        favoriteChanged(event.cameraId(), true);
        return null;
    }

    @Override
    public @Nullable Void visitFavoriteRemoved(FavoriteRemoved event) {
        favoriteChanged(event.cameraId(), false);
        return null;
    }

    private void favoriteChanged(@Nullable Long cameraId, boolean favorite) {
        if (cameraId == null) {
            logger.debug("Favourite change without camera id; reading the camera list again");
            account.cameraListChanged();
            return;
        }
        inventory.favoriteChanged(cameraId, favorite);
        if (!children.camera(cameraId, camera -> camera.favoriteChanged(favorite))) {
            logger.debug("Favourite change of camera {}, which has no Thing", cameraId);
        }
    }

    @Override
    public @Nullable Void visitPermissionsUpdated(PermissionsUpdated event) {
        account.accountEvent(EVENT_PERMISSIONS_UPDATED, event.envelope());
        return null;
    }

    @Override
    public @Nullable Void visitLayoutsUpdated(LayoutsUpdated event) {
        account.accountEvent(EVENT_LAYOUTS_UPDATED, event.envelope());
        return null;
    }

    @Override
    public @Nullable Void visitGroupsUpdated(GroupsUpdated event) {
        account.accountEvent(EVENT_GROUPS_UPDATED, event.envelope());
        return null;
    }

    @Override
    public @Nullable Void visitGroupCreated(GroupCreated event) {
        account.accountEvent(EVENT_GROUPS_CREATED, event.envelope());
        return null;
    }

    @Override
    public @Nullable Void visitGroupsDeleted(GroupsDeleted event) {
        account.accountEvent(EVENT_GROUPS_DELETED, event.envelope());
        return null;
    }

    @Override
    public @Nullable Void visitCameraGroupsSynced(CameraGroupsSynced event) {
        account.accountEvent(EVENT_CAMERA_GROUPS_SYNCED, event.envelope());
        return null;
    }

    // ---------------------------------------------------------------- marks and analytics

    @Override
    public @Nullable Void visitMarkCreated(MarkCreated event) {
        mark(event.mark(), event.envelope(), EVENT_MARK_CREATED, MARK_CREATED);
        return null;
    }

    @Override
    public @Nullable Void visitMarkUpdated(MarkUpdated event) {
        mark(event.mark(), event.envelope(), EVENT_MARK_UPDATED, MARK_UPDATED);
        return null;
    }

    @Override
    public @Nullable Void visitMarkDeleted(MarkDeleted event) {
        mark(event.mark(), event.envelope(), EVENT_MARK_DELETED, MARK_DELETED);
        return null;
    }

    /**
     * @param eventType the {@code last-event-type} and, without a camera Thing, the {@code account-event} payload
     * @param payload the {@code mark} payload
     */
    private void mark(@Nullable VmsEventData mark, VmsEventEnvelope envelope, String eventType, String payload) {
        if (!children.camera(mark == null ? null : mark.cameraId(),
                camera -> camera.markEvent(eventType, payload, mark, envelope, late))) {
            liveOnly(eventType, envelope);
        }
    }

    /** {@code account-event} for a message without Thing; a late one is only logged (no late account trigger). */
    private void liveOnly(String payload, VmsEventEnvelope envelope) {
        if (late) {
            logger.debug("A caught-up {} message concerns no Thing; not fired", payload);
        } else {
            account.accountEvent(payload, envelope);
        }
    }

    @Override
    public @Nullable Void visitAnalyticDetection(AnalyticDetection event) {
        analytic(event, event.isIntercom());
        return null;
    }

    @Override
    public @Nullable Void visitIntercomEventStored(IntercomEventStored event) {
        analytic(event.detection(), true);
        return null;
    }

    /**
     * The camera Thing gets the detection; for one from an intercom camera the intercom Thing whose camera it is
     * also fires; {@code account-event} only when neither exists.
     */
    private void analytic(AnalyticDetection detection, boolean fromIntercom) {
        String payload = analyticPayload(detection.kind());
        Long cameraId = detection.cameraId();
        String imageUrl = imageUrl(detection.event());
        boolean delivered = children.camera(cameraId,
                camera -> camera.analyticEvent(payload, detection.event(), detection.envelope(), imageUrl, late));
        if (fromIntercom) {
            String intercomPayload = detection.kind() == VmsEventKind.ANALYTIC_FACE ? INTERCOM_FACE_DETECTED
                    : INTERCOM_ANALYTIC_EVENT;
            VmsEventData data = detection.event();
            delivered |= children.intercom(inventory.intercomForCamera(cameraId), intercom -> {
                if (late) {
                    intercom.lateIntercomEvent(intercomPayload, detection.envelope(), data == null ? null : data.time());
                } else {
                    intercom.intercomEvent(intercomPayload, detection.envelope());
                }
            });
        }
        if (!delivered) {
            liveOnly(EVENT_ANALYTIC_EVENT, detection.envelope());
        }
    }

    /** The cropped detection picture, else the analytic file (e.g. the stored photo of a known face). */
    private @Nullable String imageUrl(@Nullable VmsEventData data) {
        if (data == null) {
            return null;
        }
        String url = data.crop();
        if (url == null || url.isBlank()) {
            VmsAnalyticFile file = data.analyticFile();
            url = file == null ? null : file.url();
        }
        return url == null || url.isBlank() ? null : account.absoluteUrl(url.trim());
    }

    // ---------------------------------------------------------------- intercoms

    @Override
    public @Nullable Void visitIntercomStored(IntercomStored event) {
        VmsKnownIntercom known = VmsKnownIntercom.of(event.intercom());
        if (known == null) {
            account.accountEvent(EVENT_INTERCOM_ADDED, event.envelope());
            account.intercomListChanged();
            return null;
        }
        VmsKnownIntercom merged = inventory.putIntercom(known);
        if (!children.intercom(merged.id(),
                intercom -> intercom.intercomChanged(merged, INTERCOM_UPDATED, event.envelope()))) {
            account.intercomAdded(merged);
            account.accountEvent(EVENT_INTERCOM_ADDED, event.envelope());
        }
        return null;
    }

    @Override
    public @Nullable Void visitIntercomRenamed(IntercomRenamed event) {
        intercomChanged(VmsKnownIntercom.of(event.intercom()), INTERCOM_RENAMED, event.envelope());
        return null;
    }

    @Override
    public @Nullable Void visitIntercomUpdated(IntercomUpdated event) {
        intercomChanged(VmsKnownIntercom.of(event.intercom()), INTERCOM_UPDATED, event.envelope());
        return null;
    }

    private void intercomChanged(@Nullable VmsKnownIntercom known, String payload, VmsEventEnvelope envelope) {
        if (known == null) {
            logger.debug("Intercom change without intercom id; reading the intercom list again");
            account.intercomListChanged();
            return;
        }
        VmsKnownIntercom merged = inventory.putIntercom(known);
        if (!children.intercom(merged.id(), intercom -> intercom.intercomChanged(merged, payload, envelope))) {
            logger.debug("Change of intercom {}, which has no Thing", merged.id());
        }
    }

    @Override
    public @Nullable Void visitIntercomAdded(IntercomAdded event) {
        // not activated yet (the add flow continues in the app): announced, not discovered
        account.accountEvent(EVENT_INTERCOM_ADDED, event.envelope());
        return null;
    }

    @Override
    public @Nullable Void visitIntercomsDeleted(IntercomsDeleted event) {
        if (event.ids().isEmpty()) {
            logger.debug("Intercoms deleted without ids; reading the intercom list again");
            account.intercomListChanged();
            return null;
        }
        for (Long intercomId : event.ids()) {
            inventory.intercomDeleted(intercomId);
            children.intercom(intercomId, VmsIntercomHandler::intercomDeleted);
        }
        account.intercomsDeleted(event.ids());
        return null;
    }

    @Override
    public @Nullable Void visitIntercomKeyConfirmed(IntercomKeyConfirmed event) {
        account.accountEvent(EVENT_INTERCOM_KEY_CONFIRMED, event.envelope());
        VmsKnownIntercom known = VmsKnownIntercom.of(event.intercom());
        if (known != null) {
            children.intercom(known.id(), intercom -> intercom.intercomEvent(INTERCOM_KEY_CONFIRMED, event.envelope()));
        }
        return null;
    }

    @Override
    public @Nullable Void visitIntercomKeyError(IntercomKeyError event) {
        account.accountEvent(EVENT_INTERCOM_KEY_ERROR, event.envelope());
        return null;
    }

    @Override
    public @Nullable Void visitIntercomAddError(IntercomAddError event) {
        account.accountEvent(EVENT_INTERCOM_ADD_ERROR, event.envelope());
        return null;
    }

    @Override
    public @Nullable Void visitIntercomCodeStored(IntercomCodeStored event) {
        // never log the code (nor the envelope's JSON): it opens the door
        VmsIntercomCode code = event.code();
        VmsKnownIntercom owner = code == null ? null : VmsKnownIntercom.of(code.intercom());
        if (owner == null || !children.intercom(owner.id(),
                intercom -> intercom.intercomEvent(INTERCOM_CODE_STORED, event.envelope()))) {
            logger.debug("Visitor code stored for intercom {}, which has no Thing", owner == null ? null : owner.id());
        }
        return null;
    }

    @Override
    public @Nullable Void visitIntercomCodesDeleted(IntercomCodesDeleted event) {
        // the message names only code ids: every intercom may be concerned
        children.eachIntercom((id, intercom) -> intercom.intercomEvent(INTERCOM_CODES_DELETED, event.envelope()));
        return null;
    }

    @Override
    public @Nullable Void visitIntercomCallStored(IntercomCallStored event) {
        VmsIntercomCall call = event.call();
        Long intercomId = call == null ? null : call.intercomId();
        Long callId = call == null ? null : call.id();
        if (callId != null && intercomId != null) {
            inventory.rememberCall(callId, intercomId);
        }
        if (call == null
                || !children.intercom(intercomId, intercom -> intercom.callStored(call, event.envelope(), late))) {
            logger.debug("Call {} stored for intercom {}, which has no Thing", callId, intercomId);
        }
        return null;
    }

    @Override
    public @Nullable Void visitIntercomCallsDeleted(IntercomCallsDeleted event) {
        // the message names only call ids: every intercom may be concerned
        children.eachIntercom((id, intercom) -> intercom.intercomEvent(INTERCOM_CALLS_DELETED, event.envelope()));
        return null;
    }

    /**
     * The message names no intercom. Tried in order: the call id of a call stored earlier ({@code id}, then
     * {@code call_id}: which of the two is the call's id is an open protocol question), then the intercom whose
     * camera it names; the first candidate with a Thing wins.
     */
    @Override
    public @Nullable Void visitIntercomCallCanceled(IntercomCallCanceled event) {
        VmsCanceledCall call = event.call();
        boolean delivered = call != null && firstWithThing(
                intercom -> intercom.callCanceled(event.envelope()), inventory.intercomForCall(call.idNumber()),
                inventory.intercomForCall(call.callIdNumber()), inventory.intercomForCamera(call.cameraIdNumber()));
        if (!delivered) {
            account.accountEvent(EVENT_CALL_CANCELED, event.envelope());
        }
        return null;
    }

    /** Calls the first of the intercoms that has a Thing; false when none has. */
    private boolean firstWithThing(Consumer<VmsIntercomHandler> call, @Nullable Long... intercomIds) {
        for (Long intercomId : intercomIds) {
            if (children.intercom(intercomId, call)) {
                return true;
            }
        }
        return false;
    }
}
