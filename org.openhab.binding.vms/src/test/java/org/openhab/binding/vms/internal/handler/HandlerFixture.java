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

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConfig;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConnection;
import org.openhab.binding.vms.internal.api.connection.VmsAccountStatus;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionPolicy;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionStatistics;
import org.openhab.binding.vms.internal.api.connection.VmsTokenStore;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.testsupport.OpenhabSide;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.internal.testsupport.VmsTestThings;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * openHAB's side of a handler test ({@link OpenhabSide}: the one local thing manager, what the handlers reported,
 * the storage) with one account bridge {@link #BRIDGE_UID} and its handler {@link #account}, which openHAB
 * registers and initialises when the test starts the bridge ({@link #start()}). Camera and intercom Things get their
 * handlers as openHAB makes them: once the bridge is initialised.
 * <p>
 * The bridge handler gets a mocked {@link VmsAccountConnection} (through its connection factory); tests drive it by
 * calling the handler's listener methods, as the connection's delivery thread would. The helpers that change what
 * openHAB tells bridges and children wait until it has told them ({@link #awaitIdle()}); a test that calls a
 * listener method itself waits with {@code awaitIdle()} or a polling assertion.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class HandlerFixture extends OpenhabSide {

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
        bridge = VmsTestThings.account(BRIDGE_UID, accountConfig);

        when(connection.getStatistics()).thenReturn(new VmsConnectionStatistics(0, 0, 0, 0, 0));
        when(connection.getStatus()).thenReturn(VmsAccountStatus.STARTING);
        when(connection.rest()).thenAnswer(invocation -> {
            VmsRestClient client = rest;
            if (client == null) {
                throw new IllegalStateException("the test set no REST client");
            }
            return client;
        });

        account = new VmsAccountHandler(bridge, commonHttpClient, ownHttpClients, new VmsTokenStorage(storage),
                (config, httpClient, store, scheduler, listener) -> {
                    connectionConfig = config;
                    tokenStore = store;
                    return realConnections == null ? connection
                            : realConnections.create(config, httpClient, store, scheduler, listener);
                });
    }

    /** The bridge's handler is the test's {@link #account}; its children's are the binding's. */
    @Override
    protected ThingHandler handlerOf(Thing thing) {
        if (BRIDGE_UID.equals(thing.getUID())) {
            return account;
        } else if (THING_TYPE_CAMERA.equals(thing.getThingTypeUID())) {
            return new VmsCameraHandler(thing);
        } else if (THING_TYPE_INTERCOM.equals(thing.getThingTypeUID())) {
            return new VmsIntercomHandler(thing);
        }
        throw new IllegalArgumentException("not a Thing of this test: " + thing.getUID());
    }

    static Map<String, Object> defaultAccountConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put("baseUrl", BASE_URL);
        config.put("login", "jane@example.com");
        config.put("password", "secret");
        return config;
    }

    /**
     * A bridge for the simulated account (plain http and ws) on a real connection with a short back-off;
     * {@code changes} adjust the configuration.
     */
    static HandlerFixture onSimulatedAccount(SimulatedVms sim, HttpClient httpClient, Map<String, Object> changes) {
        Map<String, Object> config = defaultAccountConfig();
        config.put("baseUrl", sim.baseUrl());
        config.put("login", SimulatedVms.DEFAULT_LOGIN);
        config.put("password", SimulatedVms.DEFAULT_PASSWORD);
        config.put("allowPlainHttp", true); // the simulated VMS speaks plain http and ws
        config.putAll(changes);
        VmsConnectionPolicy policy = VmsConnectionPolicy.defaults()
                .withBackoff(Duration.ofMillis(200), Duration.ofMillis(10)).withConnectTimeout(Duration.ofSeconds(10));
        return new HandlerFixture(config, (accountConfig, unused, store, scheduler,
                listener) -> new VmsAccountConnection(accountConfig, httpClient, store, scheduler, listener, policy));
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

    /** Adds the account Thing: openHAB registers {@link #account} and initialises it (in this thread). */
    VmsAccountHandler start() {
        add(bridge);
        awaitIdle();
        return account;
    }

    /** {@link #start()}, then the connection reports ONLINE. */
    VmsAccountHandler startOnline() {
        start();
        online();
        return account;
    }

    /** The connection reports ONLINE; returns once openHAB has told the children. */
    void online() {
        // doReturn: when(mock.call()) would take the last call on the mock, which the handler's threads may make
        doReturn(VmsAccountStatus.ONLINE).when(connection).getStatus();
        account.statusChanged(VmsAccountStatus.ONLINE, null);
        awaitIdle();
    }

    /**
     * Removes the account Thing as openHAB does: REMOVING, then {@code handleRemoval()} on openHAB's thread; the
     * Thing goes once the handler reports REMOVED. Returns once {@code handleRemoval()} has returned.
     */
    void removeBridge() {
        manager.remove(BRIDGE_UID);
        awaitIdle();
    }

    /** Whether the account Thing reported REMOVED and is gone from openHAB. */
    boolean bridgeRemoved() {
        return manager.thing(BRIDGE_UID) == null
                && statusChanges(BRIDGE_UID).stream().anyMatch(info -> info.getStatus() == ThingStatus.REMOVED);
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

    /** As the connection hands over a message caught up from a history after a gap. */
    void deliverLate(String frameJson) {
        if (!(decoder.decodeFrame(frameJson) instanceof VmsEvent event)) {
            throw new IllegalArgumentException("the frame does not decode");
        }
        account.lateEvent(event);
    }

    // ---------------------------------------------------------------- children

    /**
     * Adds a camera Thing and returns the handler openHAB made for it, once the bridge has heard of it: the bridge
     * must be initialised ({@link #start()}), as openHAB makes no handler for a child before.
     */
    VmsCameraHandler camera(long cameraId) {
        return camera(cameraId, "cam" + cameraId);
    }

    VmsCameraHandler camera(Object cameraId, String thingId) {
        return child(VmsTestThings.camera(BRIDGE_UID, thingId, cameraId), VmsCameraHandler.class);
    }

    /** A camera Thing with one more configuration parameter (a number as openHAB stores it: BigDecimal). */
    VmsCameraHandler cameraWith(long cameraId, String parameter, long value) {
        Thing thing = VmsTestThings.camera(BRIDGE_UID, "cam" + cameraId, cameraId);
        thing.getConfiguration().put(parameter, java.math.BigDecimal.valueOf(value));
        return child(thing, VmsCameraHandler.class);
    }

    VmsIntercomHandler intercom(long intercomId) {
        return intercom(intercomId, "door" + intercomId);
    }

    VmsIntercomHandler intercom(Object intercomId, String thingId) {
        return child(VmsTestThings.intercom(BRIDGE_UID, thingId, intercomId), VmsIntercomHandler.class);
    }

    private <H extends ThingHandler> H child(Thing thing, Class<H> type) {
        add(thing);
        awaitIdle();
        return handler(thing.getUID(), type);
    }

    /** Removes the child's Thing as openHAB does; returns once the bridge has been told. */
    void removeChild(ThingHandler handler) {
        manager.forceRemove(handler.getThing().getUID());
        awaitIdle();
    }
}
