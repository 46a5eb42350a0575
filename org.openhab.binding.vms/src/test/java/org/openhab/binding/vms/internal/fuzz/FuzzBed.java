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
package org.openhab.binding.vms.internal.fuzz;

import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.handler.VmsConnectionFactory;
import org.openhab.binding.vms.internal.handler.VmsIntercomHandler;
import org.openhab.binding.vms.internal.handler.VmsTokenStorage;
import org.openhab.binding.vms.internal.testsupport.CallbackTally;
import org.openhab.binding.vms.internal.testsupport.CallbackTally.StatusAt;
import org.openhab.binding.vms.internal.testsupport.VmsTestThings;
import org.openhab.binding.vms.simulator.runtime.LocalThingManager;
import org.openhab.binding.vms.simulator.runtime.VolatileStorageService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.State;

/**
 * The openHAB side of the fuzz tests: an account bridge with camera and intercom Things, run on openHAB's thing
 * manager rules ({@link LocalThingManager}). Built for hundreds of thousands of callbacks: what the handlers report
 * is counted in bounded memory ({@link CallbackTally}).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class FuzzBed implements AutoCloseable {

    static final ThingUID BRIDGE_UID = new ThingUID(THING_TYPE_ACCOUNT, "fuzz");

    final Bridge bridge;
    final VmsAccountHandler account;
    /** How often the account's connection factory was asked for a connection. */
    final AtomicLong connectionsCreated = new AtomicLong();

    private final LocalThingManager openhab = new LocalThingManager(this::handlerOf);
    private final CallbackTally reported = new CallbackTally();

    /**
     * @param accountConfig the bridge configuration ({@code allowPlainHttp} is added)
     * @param connections creates the bridge's connection
     */
    FuzzBed(Map<String, Object> accountConfig, HttpClient httpClient, VmsConnectionFactory connections) {
        Map<String, Object> config = new HashMap<>(accountConfig);
        // every loopback test needs plain http
        config.put("allowPlainHttp", true);
        bridge = VmsTestThings.account(BRIDGE_UID, config);
        account = new VmsAccountHandler(bridge, httpClient, new VmsTokenStorage(new VolatileStorageService()),
                (accountConfig2, client, store, scheduler, listener) -> {
                    connectionsCreated.incrementAndGet();
                    return connections.create(accountConfig2, client, store, scheduler, listener);
                });
        openhab.addListener(reported);
        openhab.linkChannels(VmsTestThings::linkedButPictures);
    }

    private ThingHandler handlerOf(Thing thing) {
        if (BRIDGE_UID.equals(thing.getUID())) {
            return account;
        }
        return THING_TYPE_CAMERA.equals(thing.getThingTypeUID()) ? new VmsCameraHandler(thing)
                : new VmsIntercomHandler(thing);
    }

    /** Adds the account Thing: openHAB registers {@link #account} and initialises it. */
    void start() {
        openhab.add(bridge);
    }

    // ---------------------------------------------------------------- children

    /** Adds a camera Thing (the bridge must be initialised) and returns its handler once the bridge knows it. */
    VmsCameraHandler camera(Object cameraId) {
        return child(VmsTestThings.camera(BRIDGE_UID, "cam", cameraId), VmsCameraHandler.class);
    }

    VmsIntercomHandler intercom(Object intercomId) {
        return child(VmsTestThings.intercom(BRIDGE_UID, "door", intercomId), VmsIntercomHandler.class);
    }

    private <H extends ThingHandler> H child(Thing thing, Class<H> type) {
        openhab.add(thing);
        openhab.awaitIdle();
        ThingHandler handler = openhab.handler(thing.getUID());
        if (handler == null) {
            throw new IllegalStateException(thing.getUID() + " got no handler: " + thing.getStatusInfo());
        }
        return type.cast(handler);
    }

    /** Disposes the handlers as openHAB does when the binding goes (the children before the bridge). */
    @Override
    public void close() {
        openhab.close();
    }

    // ---------------------------------------------------------------- statuses

    ThingStatusInfo status(ThingUID uid) {
        Thing thing = openhab.thing(uid);
        if (thing == null) {
            throw new IllegalStateException("unknown thing " + uid);
        }
        return thing.getStatusInfo();
    }

    ThingStatusInfo status(ThingHandler handler) {
        return status(handler.getThing().getUID());
    }

    ThingStatusInfo bridgeStatus() {
        return status(BRIDGE_UID);
    }

    /** The Thing's last status changes, oldest first. */
    List<StatusAt> statusHistory(ThingUID uid) {
        return reported.statusHistory(uid);
    }

    // ---------------------------------------------------------------- what the handlers reported

    @Nullable
    State lastState(ThingUID thing, String channelId) {
        return reported.lastState(thing, channelId);
    }

    @Nullable
    State lastState(ThingHandler handler, String channelId) {
        return lastState(handler.getThing().getUID(), channelId);
    }

    @Nullable
    String lastTrigger(ThingHandler handler, String channelId) {
        return reported.lastTrigger(handler.getThing().getUID(), channelId);
    }

    long triggers() {
        return reported.triggerCount();
    }

    long stateUpdates() {
        return reported.stateUpdates();
    }
}
