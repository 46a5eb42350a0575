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

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.mockito.quality.Strictness;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.handler.VmsConnectionFactory;
import org.openhab.binding.vms.internal.handler.VmsIntercomHandler;
import org.openhab.binding.vms.internal.handler.VmsTokenStorage;
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
 * The openHAB side of the fuzz tests: a mocked bridge with mocked child Things whose status mirrors what the
 * handlers report (as openHAB's ThingManager would, including {@code childHandlerInitialized} and
 * {@code bridgeStatusChanged}). Built for hundreds of thousands of callbacks: the mocks record no invocations, and
 * only the last state per channel, counts and the status history are kept.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class FuzzBridge {

    static final ThingUID BRIDGE_UID = new ThingUID(THING_TYPE_ACCOUNT, "fuzz");

    final ThingHandlerCallback callback = mock(ThingHandlerCallback.class,
            withSettings().stubOnly().strictness(Strictness.LENIENT));
    final Bridge bridge = mock(Bridge.class, withSettings().stubOnly().strictness(Strictness.LENIENT));
    final VmsAccountHandler account;
    /** How often the account's connection factory was asked for a connection. */
    final AtomicLong connectionsCreated = new AtomicLong();

    private final Map<ChannelUID, State> lastStates = new ConcurrentHashMap<>();
    private final Map<ChannelUID, AtomicLong> triggerCounts = new ConcurrentHashMap<>();
    private final Map<ChannelUID, String> lastTriggers = new ConcurrentHashMap<>();
    private final AtomicLong stateUpdates = new AtomicLong();
    private final Map<ThingUID, AtomicReference<ThingStatusInfo>> statuses = new ConcurrentHashMap<>();
    private final Map<ThingUID, List<ThingStatusInfo>> history = new ConcurrentHashMap<>();
    private final Map<ThingUID, ThingHandler> handlers = new ConcurrentHashMap<>();
    private final Map<String, String> storedTokens = new ConcurrentHashMap<>();

    /**
     * @param accountConfig the bridge configuration ({@code allowPlainHttp} is added)
     * @param connections creates the bridge's connection
     */
    FuzzBridge(Map<String, Object> accountConfig, HttpClient httpClient, VmsConnectionFactory connections) {
        Map<String, Object> config = new HashMap<>(accountConfig);
        // the security branch adds this parameter (default false); every loopback test needs plain http
        config.put("allowPlainHttp", true);
        when(bridge.getUID()).thenReturn(BRIDGE_UID);
        when(bridge.getThingTypeUID()).thenReturn(THING_TYPE_ACCOUNT);
        when(bridge.getConfiguration()).thenReturn(new Configuration(config));
        mirrorStatus(bridge, BRIDGE_UID);
        when(bridge.getHandler()).thenAnswer(invocation -> handlers.get(BRIDGE_UID));

        doAnswer(invocation -> {
            statusUpdated(invocation.getArgument(0), invocation.getArgument(1));
            return null;
        }).when(callback).statusUpdated(any(), any());
        doAnswer(invocation -> {
            stateUpdates.incrementAndGet();
            lastStates.put(invocation.getArgument(0), invocation.getArgument(1));
            return null;
        }).when(callback).stateUpdated(any(), any());
        doAnswer(invocation -> {
            ChannelUID channel = invocation.getArgument(1);
            triggerCounts.computeIfAbsent(channel, c -> new AtomicLong()).incrementAndGet();
            lastTriggers.put(channel, invocation.getArgument(2));
            return null;
        }).when(callback).channelTriggered(any(), any(), anyString());
        when(callback.getBridge(BRIDGE_UID)).thenReturn(bridge);
        when(callback.isChannelLinked(any())).thenReturn(true);

        account = new VmsAccountHandler(bridge, httpClient, new VmsTokenStorage(storageService()),
                (accountConfig2, client, store, scheduler, listener) -> {
                    connectionsCreated.incrementAndGet();
                    return connections.create(accountConfig2, client, store, scheduler, listener);
                });
        account.setCallback(callback);
        handlers.put(BRIDGE_UID, account);
    }

    // ---------------------------------------------------------------- children

    VmsCameraHandler camera(Object cameraId) {
        Thing thing = child(THING_TYPE_CAMERA, "cam", CONFIG_CAMERA_ID, cameraId);
        VmsCameraHandler handler = new VmsCameraHandler(thing);
        initializeChild(thing, handler);
        return handler;
    }

    VmsIntercomHandler intercom(Object intercomId) {
        Thing thing = child(THING_TYPE_INTERCOM, "door", CONFIG_INTERCOM_ID, intercomId);
        VmsIntercomHandler handler = new VmsIntercomHandler(thing);
        initializeChild(thing, handler);
        return handler;
    }

    private Thing child(ThingTypeUID type, String thingId, String idParameter, Object id) {
        ThingUID uid = new ThingUID(type, BRIDGE_UID, thingId);
        Thing thing = mock(Thing.class, withSettings().stubOnly().strictness(Strictness.LENIENT));
        when(thing.getUID()).thenReturn(uid);
        when(thing.getThingTypeUID()).thenReturn(type);
        when(thing.getBridgeUID()).thenReturn(BRIDGE_UID);
        Map<String, Object> config = new HashMap<>();
        config.put(idParameter, id);
        when(thing.getConfiguration()).thenReturn(new Configuration(config));
        mirrorStatus(thing, uid);
        when(thing.getHandler()).thenAnswer(invocation -> handlers.get(uid));
        return thing;
    }

    private void initializeChild(Thing thing, ThingHandler handler) {
        handlers.put(thing.getUID(), handler);
        handler.setCallback(callback);
        handler.initialize();
    }

    void disposeAll() {
        for (Map.Entry<ThingUID, ThingHandler> entry : handlers.entrySet()) {
            if (!entry.getKey().equals(BRIDGE_UID)) {
                entry.getValue().dispose();
                account.childHandlerDisposed(entry.getValue(), entry.getValue().getThing());
            }
        }
        account.dispose();
    }

    // ---------------------------------------------------------------- status mirroring

    private void mirrorStatus(Thing thing, ThingUID uid) {
        AtomicReference<ThingStatusInfo> status = new AtomicReference<>(
                new ThingStatusInfo(ThingStatus.INITIALIZING, ThingStatusDetail.NONE, null));
        statuses.put(uid, status);
        history.put(uid, new CopyOnWriteArrayList<>());
        when(thing.getStatusInfo()).thenAnswer(invocation -> status.get());
        when(thing.getStatus()).thenAnswer(invocation -> status.get().getStatus());
    }

    private void statusUpdated(Thing thing, ThingStatusInfo info) {
        ThingUID uid = thing.getUID();
        AtomicReference<ThingStatusInfo> status = statuses.get(uid);
        List<ThingStatusInfo> changes = history.get(uid);
        if (status == null || changes == null) {
            throw new IllegalStateException("unknown thing " + uid);
        }
        ThingStatusInfo previous = status.getAndSet(info);
        if (!previous.equals(info)) {
            changes.add(info);
        }
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

    ThingStatusInfo bridgeStatus() {
        return status(BRIDGE_UID);
    }

    /** Every status change of the Thing, oldest first. */
    List<ThingStatusInfo> statusHistory(ThingUID uid) {
        List<ThingStatusInfo> changes = history.get(uid);
        return changes == null ? List.of() : List.copyOf(changes);
    }

    // ---------------------------------------------------------------- what the callback saw

    @Nullable
    State lastState(ThingUID thing, String channelId) {
        return lastStates.get(new ChannelUID(thing, channelId));
    }

    @Nullable
    State lastState(ThingHandler handler, String channelId) {
        return lastState(handler.getThing().getUID(), channelId);
    }

    @Nullable
    String lastTrigger(ThingHandler handler, String channelId) {
        return lastTriggers.get(new ChannelUID(handler.getThing().getUID(), channelId));
    }

    long triggers() {
        return triggerCounts.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long stateUpdates() {
        return stateUpdates.get();
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
