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
package org.openhab.binding.vms.internal.discovery;

import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.handler.KnownCamera;
import org.openhab.binding.vms.internal.handler.KnownIntercom;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.core.config.discovery.AbstractThingHandlerDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the cameras and intercoms of an account into the Inbox. The account bridge feeds it: with the REST lists
 * whenever it comes ONLINE and on a scan, and live from messages (cameras attached, intercom added, cameras
 * detached, intercoms deleted). Results carry the VMS id as representation property and the VMS name as label.
 * <p>
 * Only methods present in both openHAB 4.3 and 5.x are used: results that disappeared from a list are withdrawn
 * with {@code thingRemoved} for the UIDs this service reported, not with {@code removeOlderResults}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsDiscoveryService extends AbstractThingHandlerDiscoveryService<VmsAccountHandler> {

    static final int SCAN_TIMEOUT_SECONDS = 15;

    private final Logger logger = LoggerFactory.getLogger(VmsDiscoveryService.class);
    private final Set<ThingUID> reportedCameras = ConcurrentHashMap.newKeySet();
    private final Set<ThingUID> reportedIntercoms = ConcurrentHashMap.newKeySet();
    private volatile boolean background;
    private volatile boolean scanning;

    public VmsDiscoveryService() {
        super(VmsAccountHandler.class, DISCOVERABLE_THING_TYPES, SCAN_TIMEOUT_SECONDS, true);
    }

    @Override
    public void initialize() {
        super.initialize(); // starts background discovery: the bridge may hand over its lists at once
        thingHandler.setDiscoveryService(this);
    }

    @Override
    public void dispose() {
        super.dispose();
        thingHandler.unsetDiscoveryService(this);
    }

    @Override
    protected void startScan() {
        scanning = true;
        // the lists arrive asynchronously through camerasListed / intercomsListed
        if (!thingHandler.rereadAccount()) {
            logger.debug("Account {} is offline; nothing to scan", thingHandler.getThing().getUID());
        }
    }

    @Override
    protected void stopScan() {
        scanning = false;
        super.stopScan();
    }

    @Override
    protected void startBackgroundDiscovery() {
        background = true;
    }

    @Override
    protected void stopBackgroundDiscovery() {
        background = false;
    }

    /** Results appear on their own only with background discovery; a scan asked for them explicitly. */
    private boolean reporting() {
        return background || scanning;
    }

    // ---------------------------------------------------------------- cameras

    /** The complete camera list: each camera is (re)discovered, cameras no longer listed are withdrawn. */
    public void camerasListed(Collection<KnownCamera> cameras) {
        if (!reporting()) {
            return;
        }
        Set<ThingUID> listed = new HashSet<>();
        for (KnownCamera camera : cameras) {
            listed.add(cameraFound(camera));
        }
        withdrawAllBut(reportedCameras, listed);
    }

    /** @return the UID of the result */
    public ThingUID cameraFound(KnownCamera camera) {
        ThingUID uid = uid(THING_TYPE_CAMERA, camera.id());
        if (reporting()) {
            String name = camera.name();
            thingDiscovered(DiscoveryResultBuilder.create(uid).withThingType(THING_TYPE_CAMERA)
                    .withBridge(bridgeUID()).withLabel(name == null || name.isBlank() ? "VMS Camera " + camera.id()
                            : name.trim())
                    .withProperty(CONFIG_CAMERA_ID, camera.id()).withRepresentationProperty(CONFIG_CAMERA_ID).build());
            reportedCameras.add(uid);
        }
        return uid;
    }

    public void cameraRemoved(long cameraId) {
        ThingUID uid = uid(THING_TYPE_CAMERA, cameraId);
        reportedCameras.remove(uid);
        thingRemoved(uid);
    }

    // ---------------------------------------------------------------- intercoms

    /** The complete intercom list: each intercom is (re)discovered, intercoms no longer listed are withdrawn. */
    public void intercomsListed(Collection<KnownIntercom> intercoms) {
        if (!reporting()) {
            return;
        }
        Set<ThingUID> listed = new HashSet<>();
        for (KnownIntercom intercom : intercoms) {
            listed.add(intercomFound(intercom));
        }
        withdrawAllBut(reportedIntercoms, listed);
    }

    /** @return the UID of the result */
    public ThingUID intercomFound(KnownIntercom intercom) {
        ThingUID uid = uid(THING_TYPE_INTERCOM, intercom.id());
        if (reporting()) {
            String name = intercom.name();
            thingDiscovered(DiscoveryResultBuilder.create(uid).withThingType(THING_TYPE_INTERCOM)
                    .withBridge(bridgeUID()).withLabel(name == null || name.isBlank()
                            ? "VMS Intercom " + intercom.id()
                            : name.trim())
                    .withProperty(CONFIG_INTERCOM_ID, intercom.id()).withRepresentationProperty(CONFIG_INTERCOM_ID)
                    .build());
            reportedIntercoms.add(uid);
        }
        return uid;
    }

    public void intercomRemoved(long intercomId) {
        ThingUID uid = uid(THING_TYPE_INTERCOM, intercomId);
        reportedIntercoms.remove(uid);
        thingRemoved(uid);
    }

    // ----------------------------------------------------------------

    private void withdrawAllBut(Set<ThingUID> reported, Set<ThingUID> listed) {
        for (ThingUID uid : Set.copyOf(reported)) {
            if (!listed.contains(uid)) {
                reported.remove(uid);
                thingRemoved(uid);
            }
        }
    }

    private ThingUID bridgeUID() {
        return thingHandler.getThing().getUID();
    }

    private ThingUID uid(ThingTypeUID type, long id) {
        return new ThingUID(type, bridgeUID(), String.valueOf(id));
    }
}
