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
 * Re-reads the account's cameras and intercoms over REST (protocol section 5: Pusher does not replay what was
 * missed while disconnected) and brings the inventory, the Things and discovery up to date: a camera or intercom
 * the account no longer has makes its Thing GONE, one it has again brings it back ONLINE.
 * <p>
 * Runs on the bridge's scheduler; one re-read at a time.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class VmsAccountResync {

    private final Logger logger = LoggerFactory.getLogger(VmsAccountResync.class);
    private final String accountName;
    private final VmsChildHandlers children;
    private final VmsAccountInventory inventory;
    private final Supplier<@Nullable VmsDiscoveryService> discovery;

    VmsAccountResync(String accountName, VmsChildHandlers children, VmsAccountInventory inventory,
            Supplier<@Nullable VmsDiscoveryService> discovery) {
        this.accountName = accountName;
        this.children = children;
        this.inventory = inventory;
        this.discovery = discovery;
    }

    /** @return whether the camera list could be read */
    synchronized boolean cameras(VmsRestClient rest) {
        List<KnownCamera> cameras;
        try {
            cameras = rest.getCameras().stream().map(KnownCamera::of).filter(Objects::nonNull)
                    .map(Objects::requireNonNull).toList();
        } catch (VmsApiException e) {
            logger.debug("{}: could not read the camera list: {}", accountName, e.getMessage());
            return false;
        }
        inventory.setCameras(cameras);
        children.cameras().forEach((cameraId, handler) -> {
            KnownCamera camera = inventory.camera(cameraId);
            if (camera != null) {
                handler.applyCamera(camera);
            } else {
                handler.cameraGone();
            }
        });
        VmsDiscoveryService service = discovery.get();
        if (service != null) {
            service.camerasListed(cameras);
        }
        logger.debug("{}: {} cameras read", accountName, cameras.size());
        return true;
    }

    /** @return whether the intercom list could be read */
    synchronized boolean intercoms(VmsRestClient rest) {
        List<KnownIntercom> intercoms;
        try {
            intercoms = rest.getIntercoms().stream().map(KnownIntercom::of).filter(Objects::nonNull)
                    .map(Objects::requireNonNull).toList();
        } catch (VmsApiException e) {
            logger.debug("{}: could not read the intercom list: {}", accountName, e.getMessage());
            return false;
        }
        inventory.setIntercoms(intercoms);
        children.intercoms().forEach((intercomId, handler) -> {
            KnownIntercom intercom = inventory.intercom(intercomId);
            if (intercom != null) {
                handler.applyIntercom(intercom);
            } else {
                handler.intercomDeleted();
            }
        });
        VmsDiscoveryService service = discovery.get();
        if (service != null) {
            service.intercomsListed(intercoms);
        }
        logger.debug("{}: {} intercoms read", accountName, intercoms.size());
        return true;
    }
}
