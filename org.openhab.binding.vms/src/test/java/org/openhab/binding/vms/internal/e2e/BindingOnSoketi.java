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
package org.openhab.binding.vms.internal.e2e;

import static org.mockito.Mockito.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.VmsHandlerFactory;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.handler.VmsIntercomHandler;
import org.openhab.binding.vms.internal.testsupport.BindingComponents;
import org.openhab.binding.vms.internal.testsupport.MockedThingRuntime;
import org.openhab.binding.vms.simulator.soketi.SoketiServer;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.SoketiPusherBackend;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.Command;

/**
 * The binding as openHAB runs it, on a simulated VMS whose Pusher server is a real soketi: the account bridge, camera
 * {@value #CAMERA_ID} and intercom {@value #INTERCOM_ID} are mocked Things ({@link MockedThingRuntime}) whose
 * handlers come from {@link VmsHandlerFactory}, made and activated as SCR does it ({@link BindingComponents}) with
 * openHAB's common HTTP client (a real Jetty client) and a storage service; the bridge's discovery service is
 * started by the factory as in openHAB. The bridge's connection is the production one, with the production timings.
 * <p>
 * The simulated account has cameras 1001 (favourite), 1002 and 1010 and intercom 301 (camera 1010); its REST server
 * is on loopback and its events go out through soketi's HTTP API, as a Laravel backend sends them.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class BindingOnSoketi implements AutoCloseable {

    static final int CAMERA_ID = 1001;
    static final int INTERCOM_ID = 301;
    static final ThingUID BRIDGE_UID = new ThingUID(THING_TYPE_ACCOUNT, "home");

    final SimulatedVms vms;
    final MockedThingRuntime openhab = new MockedThingRuntime();
    private final HttpClient commonHttpClient = new HttpClient();
    final BindingComponents components;
    private final VmsHandlerFactory factory;
    private @Nullable VmsAccountHandler account;
    private @Nullable VmsCameraHandler camera;
    private @Nullable VmsIntercomHandler intercom;

    BindingOnSoketi(SoketiServer soketi) throws Exception {
        vms = new SimulatedVms(SoketiPusherBackend.sharing(soketi));
        commonHttpClient.start();
        HttpClientFactory httpClientFactory = mock(HttpClientFactory.class);
        when(httpClientFactory.getCommonHttpClient()).thenReturn(commonHttpClient);
        components = new BindingComponents(httpClientFactory, openhab.storageService());
        factory = components.factory();
    }

    /** The account configuration with the simulated account's login and password. */
    Map<String, Object> credentials() {
        Map<String, Object> config = new HashMap<>();
        config.put("baseUrl", vms.baseUrl());
        config.put("login", SimulatedVms.DEFAULT_LOGIN);
        config.put("password", SimulatedVms.DEFAULT_PASSWORD);
        // the simulated VMS speaks plain HTTP on loopback
        config.put("allowPlainHttp", true);
        return config;
    }

    /** The account configuration with only a session token (issued by the simulated VMS, no login counted). */
    Map<String, Object> tokenOnly(String token) {
        Map<String, Object> config = new HashMap<>();
        config.put("baseUrl", vms.baseUrl());
        config.put("token", token);
        config.put("allowPlainHttp", true);
        return config;
    }

    /**
     * Creates and initialises the three handlers as openHAB's ThingManager does: the bridge first, then its
     * children.
     */
    void start(Map<String, Object> accountConfig) {
        Bridge bridge = openhab.bridge(THING_TYPE_ACCOUNT, BRIDGE_UID, accountConfig);
        account = openhab.initialize((VmsAccountHandler) factory.registerHandler(bridge));
        Thing cameraThing = openhab.thing(THING_TYPE_CAMERA, BRIDGE_UID, "cam" + CAMERA_ID,
                Map.of(CONFIG_CAMERA_ID, CAMERA_ID));
        camera = openhab.initialize((VmsCameraHandler) factory.registerHandler(cameraThing));
        Thing intercomThing = openhab.thing(THING_TYPE_INTERCOM, BRIDGE_UID, "door" + INTERCOM_ID,
                Map.of(CONFIG_INTERCOM_ID, INTERCOM_ID));
        intercom = openhab.initialize((VmsIntercomHandler) factory.registerHandler(intercomThing));
    }

    VmsAccountHandler account() {
        return require(account);
    }

    VmsCameraHandler camera() {
        return require(camera);
    }

    VmsIntercomHandler intercom() {
        return require(intercom);
    }

    /** A command from an item linked to the channel, as openHAB delivers it. */
    void command(ThingHandler handler, String channelId, Command command) {
        handler.handleCommand(new ChannelUID(handler.getThing().getUID(), channelId), command);
    }

    private static <T> T require(@Nullable T handler) {
        if (handler == null) {
            throw new IllegalStateException("start() first");
        }
        return handler;
    }

    /**
     * Disposes the children, then the bridge, and unregisters each from the factory (as openHAB does), and stops the
     * simulated VMS; soketi keeps running.
     */
    @Override
    public void close() throws Exception {
        try {
            for (ThingHandler handler : new @Nullable ThingHandler[] { intercom, camera, account }) {
                if (handler != null) {
                    openhab.dispose(handler);
                    factory.unregisterHandler(handler.getThing());
                }
            }
        } finally {
            components.close();
            commonHttpClient.stop();
            vms.close();
        }
    }
}
