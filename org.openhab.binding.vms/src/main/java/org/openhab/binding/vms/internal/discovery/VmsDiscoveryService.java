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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.handler.VmsKnownCamera;
import org.openhab.binding.vms.internal.handler.VmsKnownIntercom;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.core.config.discovery.AbstractThingHandlerDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the cameras and intercoms of an account into the Inbox. The account bridge feeds it: with the REST lists
 * whenever it comes ONLINE and on a scan, and live from messages (cameras attached, intercom added, cameras
 * detached, intercoms deleted). Results carry the VMS id as representation property and the VMS name as label.
 * <p>
 * A {@code PROTOTYPE} DS component, as openHAB expects of a handler's discovery service: the account handler names
 * this class in {@code getServices()}, and openHAB's handler factory takes a new instance of this component per
 * account (configured from PID {@value #CONFIGURATION_PID}, so {@code discovery.vms:background=false} switches
 * background discovery off) and registers it as a {@code DiscoveryService}. The translation and locale providers
 * are what openHAB localises the labels with: a camera or intercom without a name is labelled with the
 * {@code discovery.vms.*.label} text of the i18n file; a name is kept as the VMS gives it.
 * <p>
 * Only methods present in both openHAB 4.3 and 5.x are used: results that disappeared from a list are withdrawn
 * with {@code thingRemoved} for the UIDs this service reported, not with {@code removeOlderResults}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(scope = ServiceScope.PROTOTYPE, service = VmsDiscoveryService.class, //
        configurationPid = VmsDiscoveryService.CONFIGURATION_PID)
public class VmsDiscoveryService extends AbstractThingHandlerDiscoveryService<VmsAccountHandler> {

    /** openHAB's naming: {@code discovery.<binding id>}. */
    public static final String CONFIGURATION_PID = "discovery.vms";

    static final int SCAN_TIMEOUT_SECONDS = 15;

    private final Logger logger = LoggerFactory.getLogger(VmsDiscoveryService.class);
    private final Set<ThingUID> reportedCameras = ConcurrentHashMap.newKeySet();
    private final Set<ThingUID> reportedIntercoms = ConcurrentHashMap.newKeySet();
    private volatile boolean background;
    private volatile boolean scanning;

    public VmsDiscoveryService() {
        super(VmsAccountHandler.class, DISCOVERABLE_THING_TYPES, SCAN_TIMEOUT_SECONDS, true);
    }

    @Reference(unbind = "-")
    public void bindTranslationProvider(TranslationProvider translationProvider) {
        this.i18nProvider = translationProvider;
    }

    @Reference(unbind = "-")
    public void bindLocaleProvider(LocaleProvider localeProvider) {
        this.localeProvider = localeProvider;
    }

    /** Only reads the configuration: the handler is set later, and {@link #initialize()} starts the discovery. */
    @Override
    @Activate
    public void activate(@Nullable Map<String, Object> config) {
        super.activate(config);
    }

    /** A changed {@code background} setting starts or stops background discovery at once. */
    @Override
    @Modified
    public void modified(@Nullable Map<String, Object> config) {
        super.modified(config);
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
    public void camerasListed(Collection<VmsKnownCamera> cameras) {
        if (!reporting()) {
            return;
        }
        Set<ThingUID> listed = new HashSet<>();
        for (VmsKnownCamera camera : cameras) {
            listed.add(cameraFound(camera));
        }
        withdrawAllBut(reportedCameras, listed);
    }

    /** @return the UID of the result */
    public ThingUID cameraFound(VmsKnownCamera camera) {
        ThingUID uid = uid(THING_TYPE_CAMERA, camera.id());
        if (reporting()) {
            thingDiscovered(DiscoveryResultBuilder.create(uid).withThingType(THING_TYPE_CAMERA)
                    .withBridge(bridgeUID())
                    .withLabel(label(camera.name(), "@text/discovery.vms.camera.label [\"" + camera.id() + "\"]"))
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
    public void intercomsListed(Collection<VmsKnownIntercom> intercoms) {
        if (!reporting()) {
            return;
        }
        Set<ThingUID> listed = new HashSet<>();
        for (VmsKnownIntercom intercom : intercoms) {
            listed.add(intercomFound(intercom));
        }
        withdrawAllBut(reportedIntercoms, listed);
    }

    /** @return the UID of the result */
    public ThingUID intercomFound(VmsKnownIntercom intercom) {
        ThingUID uid = uid(THING_TYPE_INTERCOM, intercom.id());
        if (reporting()) {
            thingDiscovered(DiscoveryResultBuilder.create(uid).withThingType(THING_TYPE_INTERCOM)
                    .withBridge(bridgeUID())
                    .withLabel(label(intercom.name(),
                            "@text/discovery.vms.intercom.label [\"" + intercom.id() + "\"]"))
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

    /**
     * The VMS name as openHAB will show it, or the text reference for an unnamed one. openHAB passes every label
     * through {@code MessageFormat} when it localises it (a name too, under a key it does not find), which would
     * drop apostrophes and choke on braces: they are quoted the MessageFormat way, so the name arrives unchanged.
     */
    static String label(@Nullable String name, String unnamed) {
        if (name == null || name.isBlank()) {
            return unnamed;
        }
        StringBuilder quoted = new StringBuilder();
        for (char c : name.trim().toCharArray()) {
            switch (c) {
                case '\'' -> quoted.append("''");
                case '{', '}' -> quoted.append('\'').append(c).append('\'');
                default -> quoted.append(c);
            }
        }
        return quoted.toString();
    }

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
