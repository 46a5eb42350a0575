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

import static org.mockito.Mockito.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConfig;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConnection;
import org.openhab.binding.vms.internal.api.connection.VmsAccountStatus;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionStatistics;
import org.openhab.binding.vms.internal.api.connection.VmsTokenStore;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.testsupport.MockedThingRuntime;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * The openHAB side of a handler test ({@link MockedThingRuntime}: mocked Things mirroring the statuses their
 * handlers report, recorded states and triggers) with one account bridge {@link #BRIDGE_UID} and its handler.
 * <p>
 * The bridge handler gets a mocked {@link VmsAccountConnection} (through its connection factory); tests drive it by
 * calling the handler's listener methods, as the connection's delivery thread would.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class HandlerFixture extends MockedThingRuntime {

    static final ThingUID BRIDGE_UID = new ThingUID(THING_TYPE_ACCOUNT, "home");
    static final String BASE_URL = "https://vms.example.com";

    final VmsAccountConnection connection = mock(VmsAccountConnection.class);
    final VmsEventDecoder decoder = new VmsEventDecoder();
    final Bridge bridge;
    final VmsAccountHandler account;

    private volatile @Nullable VmsAccountConfig connectionConfig;
    private volatile @Nullable VmsTokenStore tokenStore;
    private volatile @Nullable VmsRestClient rest;

    HandlerFixture() {
        this(defaultAccountConfig());
    }

    HandlerFixture(Map<String, Object> accountConfig) {
        this(accountConfig, null);
    }

    /**
     * @param realConnections creates the bridge's connection; null for the mocked {@link #connection}
     */
    HandlerFixture(Map<String, Object> accountConfig, @Nullable VmsConnectionFactory realConnections) {
        this(accountConfig, realConnections, new HttpClient(), VmsHttpClients.JETTY);
    }

    /**
     * @param commonHttpClient what openHAB's shared client is to the bridge
     * @param ownHttpClients where the bridge gets its own client for a trusted certificate (openHAB's
     *            {@code HttpClientFactory::createHttpClient})
     */
    HandlerFixture(Map<String, Object> accountConfig, @Nullable VmsConnectionFactory realConnections,
            HttpClient commonHttpClient, VmsHttpClients ownHttpClients) {
        bridge = bridge(THING_TYPE_ACCOUNT, BRIDGE_UID, accountConfig);

        when(connection.getStatistics()).thenReturn(new VmsConnectionStatistics(0, 0, 0, 0, 0));
        when(connection.getStatus()).thenReturn(VmsAccountStatus.STARTING);
        when(connection.rest()).thenAnswer(invocation -> {
            VmsRestClient client = rest;
            if (client == null) {
                throw new IllegalStateException("the test set no REST client");
            }
            return client;
        });

        account = register(new VmsAccountHandler(bridge, commonHttpClient, ownHttpClients,
                new VmsTokenStorage(storageService()), (config, httpClient, store, scheduler, listener) -> {
                    connectionConfig = config;
                    tokenStore = store;
                    return realConnections == null ? connection
                            : realConnections.create(config, httpClient, store, scheduler, listener);
                }));
    }

    static Map<String, Object> defaultAccountConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put("baseUrl", BASE_URL);
        config.put("login", "jane@example.com");
        config.put("password", "secret");
        return config;
    }

    /** The REST client {@code connection.rest()} answers with. */
    void useRest(VmsRestClient client) {
        rest = client;
    }

    @Nullable
    VmsAccountConfig connectionConfig() {
        return connectionConfig;
    }

    @Nullable
    VmsTokenStore tokenStore() {
        return tokenStore;
    }

    // ---------------------------------------------------------------- the bridge

    /** initialize(), then the connection reports ONLINE. */
    VmsAccountHandler startOnline() {
        account.initialize();
        online();
        return account;
    }

    void online() {
        when(connection.getStatus()).thenReturn(VmsAccountStatus.ONLINE);
        account.statusChanged(VmsAccountStatus.ONLINE, null);
    }

    /** Decodes an example frame of {@code /vms-examples/} and delivers it as the connection would. */
    void deliver(String example) {
        if (!(decoder.decodeFrame(Examples.text(example)) instanceof VmsEvent event)) {
            throw new IllegalArgumentException("example " + example + " does not decode");
        }
        account.event(event);
    }

    /** Delivers a frame given as text if it decodes, as the connection would; what is dropped never arrives. */
    void deliverFrame(String frameJson) {
        if (decoder.decodeFrame(frameJson) instanceof VmsEvent event) {
            account.event(event);
        }
    }

    // ---------------------------------------------------------------- children

    VmsCameraHandler camera(long cameraId) {
        return camera(cameraId, "cam" + cameraId);
    }

    VmsCameraHandler camera(Object cameraId, String thingId) {
        return initialize(new VmsCameraHandler(child(THING_TYPE_CAMERA, thingId, CONFIG_CAMERA_ID, cameraId)));
    }

    VmsIntercomHandler intercom(long intercomId) {
        return intercom(intercomId, "door" + intercomId);
    }

    VmsIntercomHandler intercom(Object intercomId, String thingId) {
        return initialize(
                new VmsIntercomHandler(child(THING_TYPE_INTERCOM, thingId, CONFIG_INTERCOM_ID, intercomId)));
    }

    private Thing child(ThingTypeUID type, String thingId, String idParameter, Object id) {
        Map<String, Object> config = new HashMap<>();
        config.put(idParameter, id);
        return thing(type, BRIDGE_UID, thingId, config);
    }

    void disposeChild(ThingHandler handler) {
        dispose(handler);
    }
}
