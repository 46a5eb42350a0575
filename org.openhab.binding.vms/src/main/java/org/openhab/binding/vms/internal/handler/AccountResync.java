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

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.discovery.VmsDiscoveryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-reads the account's cameras and intercoms over REST (docs/protocol.md, "Missed and repeated messages": Pusher does
 * not replay what was missed while disconnected) and brings the inventory, the Things and discovery up to date: a
 * camera or intercom the account no longer has makes its Thing GONE, one it has again brings it back ONLINE.
 * <p>
 * Runs on the bridge's scheduler; one re-read at a time. The lists are read without a lock, then applied while
 * holding the lock the bridge also holds while it routes a message, and leaving alone what a message changed since
 * the read started: a message is never overwritten by an older list. A re-read started in a bridge session that has
 * ended meanwhile (the bridge was disposed while the lists were being read) applies nothing.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class AccountResync {

    private final Logger logger = LoggerFactory.getLogger(AccountResync.class);
    private final String accountName;
    private final AccountInventory inventory;
    private final Supplier<@Nullable VmsDiscoveryService> discovery;
    private final Object routingLock;

    /**
     * @param routingLock held by the bridge while it routes a message
     */
    AccountResync(String accountName, AccountInventory inventory,
            Supplier<@Nullable VmsDiscoveryService> discovery, Object routingLock) {
        this.routingLock = routingLock;
        this.accountName = accountName;
        this.inventory = inventory;
        this.discovery = discovery;
    }

    /**
     * @param children the calls of the bridge session that started the re-read
     * @return whether the camera list could be read and applied
     */
    synchronized boolean cameras(VmsRestClient rest, ChildHandlers.Calls children) {
        long mark = inventory.changeMark();
        List<VmsKnownCamera> cameras;
        try {
            cameras = rest.getCameras().stream().map(VmsKnownCamera::of).filter(Objects::nonNull)
                    .map(Objects::requireNonNull).toList();
        } catch (VmsApiException e) {
            logger.debug("{}: could not read the camera list: {}", accountName, e.getMessage());
            return false;
        }
        synchronized (routingLock) {
            if (!children.isCurrent()) {
                logger.debug("{}: camera list read after the bridge was disposed; not applied", accountName);
                return false;
            }
            inventory.setCameras(cameras, mark);
            children.eachCamera((cameraId, handler) -> {
                if (inventory.cameraChangedSince(cameraId, mark)) {
                    return; // a message was newer than the list
                }
                VmsKnownCamera camera = inventory.camera(cameraId);
                if (camera != null) {
                    handler.applyCamera(camera);
                } else {
                    handler.cameraGone();
                }
            });
            VmsDiscoveryService service = discovery.get();
            if (service != null) {
                service.camerasListed(inventory.cameras());
            }
        }
        logger.debug("{}: {} cameras read", accountName, cameras.size());
        return true;
    }

    /**
     * @param children the calls of the bridge session that started the re-read
     * @return whether the intercom list could be read and applied
     */
    synchronized boolean intercoms(VmsRestClient rest, ChildHandlers.Calls children) {
        long mark = inventory.changeMark();
        List<VmsKnownIntercom> intercoms;
        try {
            intercoms = rest.getIntercoms().stream().map(VmsKnownIntercom::of).filter(Objects::nonNull)
                    .map(Objects::requireNonNull).toList();
        } catch (VmsApiException e) {
            logger.debug("{}: could not read the intercom list: {}", accountName, e.getMessage());
            return false;
        }
        synchronized (routingLock) {
            if (!children.isCurrent()) {
                logger.debug("{}: intercom list read after the bridge was disposed; not applied", accountName);
                return false;
            }
            inventory.setIntercoms(intercoms, mark);
            children.eachIntercom((intercomId, handler) -> {
                if (inventory.intercomChangedSince(intercomId, mark)) {
                    return; // a message was newer than the list
                }
                VmsKnownIntercom intercom = inventory.intercom(intercomId);
                if (intercom != null) {
                    handler.applyIntercom(intercom);
                } else {
                    handler.intercomDeleted();
                }
            });
            VmsDiscoveryService service = discovery.get();
            if (service != null) {
                service.intercomsListed(inventory.intercoms());
            }
        }
        logger.debug("{}: {} intercoms read", accountName, intercoms.size());
        return true;
    }
}
