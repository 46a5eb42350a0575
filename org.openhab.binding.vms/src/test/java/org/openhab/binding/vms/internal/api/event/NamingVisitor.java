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
 * A visitor that answers the simple name of the record type its method is declared for, so a test can check that
 * every record's {@code accept} calls its own method.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class NamingVisitor implements VmsEventVisitor<String> {

    @Override
    public String visitLogout(Logout event) {
        return "Logout";
    }

    @Override
    public String visitArchiveGenerated(ArchiveGenerated event) {
        return "ArchiveGenerated";
    }

    @Override
    public String visitCamerasUpdated(CamerasUpdated event) {
        return "CamerasUpdated";
    }

    @Override
    public String visitFavoriteAdded(FavoriteAdded event) {
        return "FavoriteAdded";
    }

    @Override
    public String visitFavoriteRemoved(FavoriteRemoved event) {
        return "FavoriteRemoved";
    }

    @Override
    public String visitPermissionsUpdated(PermissionsUpdated event) {
        return "PermissionsUpdated";
    }

    @Override
    public String visitLayoutsUpdated(LayoutsUpdated event) {
        return "LayoutsUpdated";
    }

    @Override
    public String visitGroupsUpdated(GroupsUpdated event) {
        return "GroupsUpdated";
    }

    @Override
    public String visitGroupCreated(GroupCreated event) {
        return "GroupCreated";
    }

    @Override
    public String visitGroupsDeleted(GroupsDeleted event) {
        return "GroupsDeleted";
    }

    @Override
    public String visitCameraGroupsSynced(CameraGroupsSynced event) {
        return "CameraGroupsSynced";
    }

    @Override
    public String visitMarkCreated(MarkCreated event) {
        return "MarkCreated";
    }

    @Override
    public String visitMarkUpdated(MarkUpdated event) {
        return "MarkUpdated";
    }

    @Override
    public String visitMarkDeleted(MarkDeleted event) {
        return "MarkDeleted";
    }

    @Override
    public String visitAnalyticDetection(AnalyticDetection event) {
        return "AnalyticDetection";
    }

    @Override
    public String visitIntercomStored(IntercomStored event) {
        return "IntercomStored";
    }

    @Override
    public String visitIntercomRenamed(IntercomRenamed event) {
        return "IntercomRenamed";
    }

    @Override
    public String visitIntercomUpdated(IntercomUpdated event) {
        return "IntercomUpdated";
    }

    @Override
    public String visitIntercomAdded(IntercomAdded event) {
        return "IntercomAdded";
    }

    @Override
    public String visitIntercomsDeleted(IntercomsDeleted event) {
        return "IntercomsDeleted";
    }

    @Override
    public String visitIntercomKeyConfirmed(IntercomKeyConfirmed event) {
        return "IntercomKeyConfirmed";
    }

    @Override
    public String visitIntercomKeyError(IntercomKeyError event) {
        return "IntercomKeyError";
    }

    @Override
    public String visitIntercomAddError(IntercomAddError event) {
        return "IntercomAddError";
    }

    @Override
    public String visitIntercomCodeStored(IntercomCodeStored event) {
        return "IntercomCodeStored";
    }

    @Override
    public String visitIntercomCodesDeleted(IntercomCodesDeleted event) {
        return "IntercomCodesDeleted";
    }

    @Override
    public String visitIntercomCallStored(IntercomCallStored event) {
        return "IntercomCallStored";
    }

    @Override
    public String visitIntercomCallsDeleted(IntercomCallsDeleted event) {
        return "IntercomCallsDeleted";
    }

    @Override
    public String visitIntercomCallCanceled(IntercomCallCanceled event) {
        return "IntercomCallCanceled";
    }

    @Override
    public String visitIntercomEventStored(IntercomEventStored event) {
        return "IntercomEventStored";
    }
}
