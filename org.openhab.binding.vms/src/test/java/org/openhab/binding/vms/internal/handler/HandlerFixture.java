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

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

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
import org.openhab.core.config.core.Configuration;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.types.State;

/**
 * The openHAB side of a handler test, as in openHAB's own binding tests: a mocked {@link Bridge} and mocked child
 * {@link Thing}s whose status mirrors what the handlers report to the mocked {@link ThingHandlerCallback}, which
 * also records every state update and trigger in order. Like openHAB's ThingManager, it tells the bridge handler
 * when a child leaves INITIALIZING ({@code childHandlerInitialized}) and tells the children when the bridge's status
 * changes ({@code bridgeStatusChanged}).
 * <p>
 * The bridge handler gets a mocked {@link VmsAccountConnection} (through its connection factory); tests drive it by
 * calling the handler's listener methods, as the connection's delivery thread would.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class HandlerFixture {

    static final ThingUID BRIDGE_UID = new ThingUID(THING_TYPE_ACCOUNT, "home");
    static final String BASE_URL = "https://vms.example.com";

    /** What the callback saw, in order. */
    sealed interface Recorded permits StateUpdate, Trigger, StatusChange {
        ThingUID thing();
    }

    record StateUpdate(ChannelUID channel, State state) implements Recorded {
        @Override
        public ThingUID thing() {
            return channel.getThingUID();
        }
    }

    record Trigger(ChannelUID channel, String payload) implements Recorded {
        @Override
        public ThingUID thing() {
            return channel.getThingUID();
        }
    }

    record StatusChange(ThingUID thing, ThingStatusInfo info) implements Recorded {
    }

    final ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
    final List<Recorded> log = new CopyOnWriteArrayList<>();
    final VmsAccountConnection connection = mock(VmsAccountConnection.class);
    final Map<String, String> storedTokens = new ConcurrentHashMap<>();
    final VmsEventDecoder decoder = new VmsEventDecoder();
    final Bridge bridge;
    final VmsAccountHandler account;

    private final Map<ThingUID, AtomicReference<ThingStatusInfo>> statuses = new ConcurrentHashMap<>();
    private final Map<ThingUID, ThingHandler> handlers = new ConcurrentHashMap<>();
    private final Map<ThingUID, Thing> things = new ConcurrentHashMap<>();
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
        bridge = mock(Bridge.class);
        when(bridge.getUID()).thenReturn(BRIDGE_UID);
        when(bridge.getThingTypeUID()).thenReturn(THING_TYPE_ACCOUNT);
        when(bridge.getConfiguration()).thenReturn(new Configuration(accountConfig));
        mirrorStatus(bridge, BRIDGE_UID);
        when(bridge.getHandler()).thenAnswer(invocation -> handlers.get(BRIDGE_UID));
        things.put(BRIDGE_UID, bridge);

        doAnswer(invocation -> {
            statusUpdated(invocation.getArgument(0), invocation.getArgument(1));
            return null;
        }).when(callback).statusUpdated(any(), any());
        doAnswer(invocation -> log.add(new StateUpdate(invocation.getArgument(0), invocation.getArgument(1))))
                .when(callback).stateUpdated(any(), any());
        doAnswer(invocation -> log.add(new Trigger(invocation.getArgument(1), invocation.getArgument(2))))
                .when(callback).channelTriggered(any(), any(), anyString());
        when(callback.getBridge(BRIDGE_UID)).thenReturn(bridge);
        when(callback.isChannelLinked(any())).thenReturn(true);

        when(connection.getStatistics()).thenReturn(new VmsConnectionStatistics(0, 0, 0, 0, 0));
        when(connection.getStatus()).thenReturn(VmsAccountStatus.STARTING);
        when(connection.rest()).thenAnswer(invocation -> {
            VmsRestClient client = rest;
            if (client == null) {
                throw new IllegalStateException("the test set no REST client");
            }
            return client;
        });

        account = new VmsAccountHandler(bridge, new HttpClient(), new VmsTokenStorage(storageService()),
                (config, httpClient, store, scheduler, listener) -> {
                    connectionConfig = config;
                    tokenStore = store;
                    return realConnections == null ? connection
                            : realConnections.create(config, httpClient, store, scheduler, listener);
                });
        account.setCallback(callback);
        handlers.put(BRIDGE_UID, account);
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
    VmsEvent deliver(String example) {
        VmsEvent event = decoder.decodeFrame(Examples.text(example));
        account.event(event);
        return event;
    }

    /** Delivers a frame given as text. */
    VmsEvent deliverFrame(String frameJson) {
        VmsEvent event = decoder.decodeFrame(frameJson);
        account.event(event);
        return event;
    }

    // ---------------------------------------------------------------- children

    VmsCameraHandler camera(long cameraId) {
        return camera(cameraId, "cam" + cameraId);
    }

    VmsCameraHandler camera(Object cameraId, String thingId) {
        Thing thing = child(THING_TYPE_CAMERA, thingId, CONFIG_CAMERA_ID, cameraId);
        VmsCameraHandler handler = new VmsCameraHandler(thing);
        initializeChild(thing, handler);
        return handler;
    }

    VmsIntercomHandler intercom(long intercomId) {
        return intercom(intercomId, "door" + intercomId);
    }

    VmsIntercomHandler intercom(Object intercomId, String thingId) {
        Thing thing = child(THING_TYPE_INTERCOM, thingId, CONFIG_INTERCOM_ID, intercomId);
        VmsIntercomHandler handler = new VmsIntercomHandler(thing);
        initializeChild(thing, handler);
        return handler;
    }

    private Thing child(ThingTypeUID type, String thingId, String idParameter, Object id) {
        ThingUID uid = new ThingUID(type, BRIDGE_UID, thingId);
        Thing thing = mock(Thing.class);
        when(thing.getUID()).thenReturn(uid);
        when(thing.getThingTypeUID()).thenReturn(type);
        when(thing.getBridgeUID()).thenReturn(BRIDGE_UID);
        Map<String, Object> config = new HashMap<>();
        config.put(idParameter, id);
        when(thing.getConfiguration()).thenReturn(new Configuration(config));
        mirrorStatus(thing, uid);
        when(thing.getHandler()).thenAnswer(invocation -> handlers.get(uid));
        things.put(uid, thing);
        return thing;
    }

    private void initializeChild(Thing thing, ThingHandler handler) {
        handlers.put(thing.getUID(), handler);
        handler.setCallback(callback);
        handler.initialize();
    }

    void disposeChild(ThingHandler handler) {
        Thing thing = handler.getThing();
        handler.dispose();
        account.childHandlerDisposed(handler, thing);
        handlers.remove(thing.getUID());
    }

    // ---------------------------------------------------------------- status mirroring

    private void mirrorStatus(Thing thing, ThingUID uid) {
        AtomicReference<ThingStatusInfo> status = new AtomicReference<>(
                new ThingStatusInfo(ThingStatus.INITIALIZING, ThingStatusDetail.NONE, null));
        statuses.put(uid, status);
        when(thing.getStatusInfo()).thenAnswer(invocation -> status.get());
        when(thing.getStatus()).thenAnswer(invocation -> status.get().getStatus());
    }

    private void statusUpdated(Thing thing, ThingStatusInfo info) {
        ThingUID uid = thing.getUID();
        AtomicReference<ThingStatusInfo> status = statuses.get(uid);
        if (status == null) {
            throw new IllegalStateException("unknown thing " + uid);
        }
        ThingStatusInfo previous = status.getAndSet(info);
        log.add(new StatusChange(uid, info));
        ThingHandler handler = handlers.get(uid);
        if (previous.getStatus() == ThingStatus.INITIALIZING && info.getStatus() != ThingStatus.INITIALIZING
                && !uid.equals(BRIDGE_UID) && handler != null) {
            account.childHandlerInitialized(handler, thing);
        }
        if (uid.equals(BRIDGE_UID) && previous.getStatus() != info.getStatus()) {
            for (Map.Entry<ThingUID, ThingHandler> child : handlers.entrySet()) {
                if (!child.getKey().equals(BRIDGE_UID)) {
                    child.getValue().bridgeStatusChanged(info);
                }
            }
        }
    }

    ThingStatusInfo status(ThingUID uid) {
        AtomicReference<ThingStatusInfo> status = statuses.get(uid);
        if (status == null) {
            throw new IllegalStateException("unknown thing " + uid);
        }
        return status.get();
    }

    ThingStatusInfo status(ThingHandler handler) {
        return status(handler.getThing().getUID());
    }

    // ---------------------------------------------------------------- what the callback saw

    /** The states of one channel, oldest first. */
    List<State> states(ThingUID thing, String channelId) {
        List<State> states = new ArrayList<>();
        for (Recorded recorded : log) {
            if (recorded instanceof StateUpdate update && update.channel().equals(new ChannelUID(thing, channelId))) {
                states.add(update.state());
            }
        }
        return states;
    }

    @Nullable
    State lastState(ThingUID thing, String channelId) {
        List<State> states = states(thing, channelId);
        return states.isEmpty() ? null : states.get(states.size() - 1);
    }

    @Nullable
    State lastState(ThingHandler handler, String channelId) {
        return lastState(handler.getThing().getUID(), channelId);
    }

    /** The payloads of one trigger channel, oldest first. */
    List<String> triggers(ThingUID thing, String channelId) {
        List<String> payloads = new ArrayList<>();
        for (Recorded recorded : log) {
            if (recorded instanceof Trigger trigger && trigger.channel().equals(new ChannelUID(thing, channelId))) {
                payloads.add(trigger.payload());
            }
        }
        return payloads;
    }

    List<String> triggers(ThingHandler handler, String channelId) {
        return triggers(handler.getThing().getUID(), channelId);
    }

    /** Every trigger of every Thing, as "thing-id/channel=payload". */
    List<String> allTriggers() {
        List<String> all = new ArrayList<>();
        for (Recorded recorded : log) {
            if (recorded instanceof Trigger trigger) {
                all.add(trigger.channel().getThingUID().getId() + "/" + trigger.channel().getId() + "="
                        + trigger.payload());
            }
        }
        return all;
    }

    /** Position in the log of the first state update of the channel, or -1. */
    int firstStateIndex(ThingUID thing, String channelId) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i) instanceof StateUpdate update
                    && update.channel().equals(new ChannelUID(thing, channelId))) {
                return i;
            }
        }
        return -1;
    }

    /** Position in the log of the first trigger of the channel, or -1. */
    int firstTriggerIndex(ThingUID thing, String channelId) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i) instanceof Trigger trigger && trigger.channel().equals(new ChannelUID(thing, channelId))) {
                return i;
            }
        }
        return -1;
    }

    void clearLog() {
        log.clear();
    }

    // ---------------------------------------------------------------- storage

    @SuppressWarnings("unchecked")
    private StorageService storageService() {
        StorageService service = mock(StorageService.class);
        Storage<String> storage = mock(Storage.class);
        when(storage.get(anyString())).thenAnswer(invocation -> storedTokens.get(invocation.getArgument(0)));
        when(storage.put(anyString(), any())).thenAnswer(invocation -> {
            String value = invocation.getArgument(1);
            return value == null ? storedTokens.remove(invocation.getArgument(0))
                    : storedTokens.put(invocation.getArgument(0), value);
        });
        when(storage.remove(anyString())).thenAnswer(invocation -> storedTokens.remove(invocation.getArgument(0)));
        when(service.<String> getStorage(anyString(), any())).thenReturn(storage);
        when(service.<String> getStorage(anyString())).thenReturn(storage);
        return service;
    }
}
