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

/**
 * One method per {@link VmsEvent} record; {@code event.accept(visitor)} calls the matching one. Deliberately no
 * default methods: a new record must break every visitor's compilation until it is handled.
 *
 * @param <R> what the visit returns ({@link Void} for side effects only)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface VmsEventVisitor<R> {

    // account-level (VmsAppEvent)

    R visitLogout(Logout event);

    R visitArchiveGenerated(ArchiveGenerated event);

    R visitCamerasUpdated(CamerasUpdated event);

    R visitFavoriteAdded(FavoriteAdded event);

    R visitFavoriteRemoved(FavoriteRemoved event);

    R visitPermissionsUpdated(PermissionsUpdated event);

    R visitLayoutsUpdated(LayoutsUpdated event);

    R visitGroupsUpdated(GroupsUpdated event);

    R visitGroupCreated(GroupCreated event);

    R visitGroupsDeleted(GroupsDeleted event);

    R visitCameraGroupsSynced(CameraGroupsSynced event);

    R visitMarkCreated(MarkCreated event);

    R visitMarkUpdated(MarkUpdated event);

    R visitMarkDeleted(MarkDeleted event);

    R visitAnalyticDetection(AnalyticDetection event);

    // intercoms (VmsIntercomEvent)

    R visitIntercomStored(IntercomStored event);

    R visitIntercomRenamed(IntercomRenamed event);

    R visitIntercomUpdated(IntercomUpdated event);

    R visitIntercomAdded(IntercomAdded event);

    R visitIntercomsDeleted(IntercomsDeleted event);

    R visitIntercomKeyConfirmed(IntercomKeyConfirmed event);

    R visitIntercomKeyError(IntercomKeyError event);

    R visitIntercomAddError(IntercomAddError event);

    R visitIntercomCodeStored(IntercomCodeStored event);

    R visitIntercomCodesDeleted(IntercomCodesDeleted event);

    R visitIntercomCallStored(IntercomCallStored event);

    R visitIntercomCallsDeleted(IntercomCallsDeleted event);

    R visitIntercomCallCanceled(IntercomCallCanceled event);

    R visitIntercomEventStored(IntercomEventStored event);
}
