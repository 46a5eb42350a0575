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
package org.openhab.binding.vms.internal.testsupport;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
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
import org.openhab.core.thing.binding.BridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.types.State;

/**
 * The openHAB side of a handler test, as in openHAB's own binding tests: mocked {@link Bridge}s and {@link Thing}s
 * whose status mirrors what their handlers report to one mocked {@link ThingHandlerCallback}, which also records
 * every state update, trigger and status change in order. Like openHAB's ThingManager, it tells a bridge's handler
 * when a child leaves INITIALIZING ({@code childHandlerInitialized}) and tells the children when their bridge's
 * status changes ({@code bridgeStatusChanged}). A mocked {@link StorageService} keeps what is stored in
 * {@link #storedTokens}.
 * <p>
 * Handlers are created by the test (directly or through a handler factory) and handed over with
 * {@link #register(ThingHandler)} before they are initialised.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class MockedThingRuntime {

    /** What the callback saw, in order. */
    public sealed interface Recorded permits StateUpdate, Trigger, StatusChange {
        ThingUID thing();
    }

    public record StateUpdate(ChannelUID channel, State state) implements Recorded {
        @Override
        public ThingUID thing() {
            return channel.getThingUID();
        }
    }

    public record Trigger(ChannelUID channel, String payload) implements Recorded {
        @Override
        public ThingUID thing() {
            return channel.getThingUID();
        }
    }

    public record StatusChange(ThingUID thing, ThingStatusInfo info) implements Recorded {
    }

    public final ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
    public final List<Recorded> log = new CopyOnWriteArrayList<>();
    /** What the handlers stored through {@link #storageService()}, by key. */
    public final Map<String, String> storedTokens = new ConcurrentHashMap<>();

    private final Map<ThingUID, AtomicReference<ThingStatusInfo>> statuses = new ConcurrentHashMap<>();
    private final Map<ThingUID, ThingHandler> handlers = new ConcurrentHashMap<>();
    private final Map<ThingUID, Thing> things = new ConcurrentHashMap<>();

    public MockedThingRuntime() {
        doAnswer(invocation -> {
            statusUpdated(invocation.getArgument(0), invocation.getArgument(1));
            return null;
        }).when(callback).statusUpdated(any(), any());
        doAnswer(invocation -> log.add(new StateUpdate(invocation.getArgument(0), invocation.getArgument(1))))
                .when(callback).stateUpdated(any(), any());
        doAnswer(invocation -> log.add(new Trigger(invocation.getArgument(1), invocation.getArgument(2))))
                .when(callback).channelTriggered(any(), any(), anyString());
        when(callback.isChannelLinked(any())).thenReturn(true);
    }

    // ---------------------------------------------------------------- Things

    /** A mocked bridge with this configuration, INITIALIZING until its handler says otherwise. */
    public Bridge bridge(ThingTypeUID type, ThingUID uid, Map<String, Object> configuration) {
        Bridge bridge = mock(Bridge.class);
        when(bridge.getUID()).thenReturn(uid);
        when(bridge.getThingTypeUID()).thenReturn(type);
        when(bridge.getConfiguration()).thenReturn(new Configuration(configuration));
        mirror(bridge, uid);
        when(callback.getBridge(uid)).thenReturn(bridge);
        return bridge;
    }

    /** A mocked Thing of the bridge with this configuration, INITIALIZING until its handler says otherwise. */
    public Thing thing(ThingTypeUID type, ThingUID bridgeUid, String thingId, Map<String, Object> configuration) {
        ThingUID uid = new ThingUID(type, bridgeUid, thingId);
        Thing thing = mock(Thing.class);
        when(thing.getUID()).thenReturn(uid);
        when(thing.getThingTypeUID()).thenReturn(type);
        when(thing.getBridgeUID()).thenReturn(bridgeUid);
        when(thing.getConfiguration()).thenReturn(new Configuration(configuration));
        mirror(thing, uid);
        return thing;
    }

    /** Every mocked Thing, e.g. to check what the handlers set on them. */
    public List<Thing> things() {
        return List.copyOf(things.values());
    }

    private void mirror(Thing thing, ThingUID uid) {
        AtomicReference<ThingStatusInfo> status = new AtomicReference<>(
                new ThingStatusInfo(ThingStatus.INITIALIZING, ThingStatusDetail.NONE, null));
        statuses.put(uid, status);
        things.put(uid, thing);
        when(thing.getStatusInfo()).thenAnswer(invocation -> status.get());
        when(thing.getStatus()).thenAnswer(invocation -> status.get().getStatus());
        when(thing.getHandler()).thenAnswer(invocation -> handlers.get(uid));
    }

    // ---------------------------------------------------------------- handlers

    /** The handler of its Thing from now on, with the callback set; not initialised yet. */
    public <H extends ThingHandler> H register(H handler) {
        handlers.put(handler.getThing().getUID(), handler);
        handler.setCallback(callback);
        return handler;
    }

    /** {@link #register(ThingHandler)}, then {@code initialize()}. */
    public <H extends ThingHandler> H initialize(H handler) {
        register(handler);
        handler.initialize();
        return handler;
    }

    /** {@code dispose()}, then tells the bridge's handler, as openHAB does when a child Thing goes away. */
    public void dispose(ThingHandler handler) {
        Thing thing = handler.getThing();
        handler.dispose();
        ThingUID bridgeUid = thing.getBridgeUID();
        if (bridgeUid != null && handlers.get(bridgeUid) instanceof BridgeHandler bridgeHandler) {
            bridgeHandler.childHandlerDisposed(handler, thing);
        }
        handlers.remove(thing.getUID());
    }

    // ---------------------------------------------------------------- status mirroring

    private void statusUpdated(Thing thing, ThingStatusInfo info) {
        ThingUID uid = thing.getUID();
        AtomicReference<ThingStatusInfo> status = statuses.get(uid);
        if (status == null) {
            throw new IllegalStateException("unknown thing " + uid);
        }
        ThingStatusInfo previous = status.getAndSet(info);
        log.add(new StatusChange(uid, info));
        ThingHandler handler = handlers.get(uid);
        ThingUID bridgeUid = thing.getBridgeUID();
        if (previous.getStatus() == ThingStatus.INITIALIZING && info.getStatus() != ThingStatus.INITIALIZING
                && handler != null && bridgeUid != null
                && handlers.get(bridgeUid) instanceof BridgeHandler bridgeHandler) {
            bridgeHandler.childHandlerInitialized(handler, thing);
        }
        if (thing instanceof Bridge && previous.getStatus() != info.getStatus()) {
            for (Map.Entry<ThingUID, ThingHandler> child : handlers.entrySet()) {
                Thing childThing = things.get(child.getKey());
                if (childThing != null && uid.equals(childThing.getBridgeUID())) {
                    child.getValue().bridgeStatusChanged(info);
                }
            }
        }
    }

    public ThingStatusInfo status(ThingUID uid) {
        AtomicReference<ThingStatusInfo> status = statuses.get(uid);
        if (status == null) {
            throw new IllegalStateException("unknown thing " + uid);
        }
        return status.get();
    }

    public ThingStatusInfo status(ThingHandler handler) {
        return status(handler.getThing().getUID());
    }

    // ---------------------------------------------------------------- what the callback saw

    /** The states of one channel, oldest first. */
    public List<State> states(ThingUID thing, String channelId) {
        List<State> states = new ArrayList<>();
        for (Recorded recorded : log) {
            if (recorded instanceof StateUpdate update && update.channel().equals(new ChannelUID(thing, channelId))) {
                states.add(update.state());
            }
        }
        return states;
    }

    public List<State> states(ThingHandler handler, String channelId) {
        return states(handler.getThing().getUID(), channelId);
    }

    public @Nullable State lastState(ThingUID thing, String channelId) {
        List<State> states = states(thing, channelId);
        return states.isEmpty() ? null : states.get(states.size() - 1);
    }

    public @Nullable State lastState(ThingHandler handler, String channelId) {
        return lastState(handler.getThing().getUID(), channelId);
    }

    /** The payloads of one trigger channel, oldest first. */
    public List<String> triggers(ThingUID thing, String channelId) {
        List<String> payloads = new ArrayList<>();
        for (Recorded recorded : log) {
            if (recorded instanceof Trigger trigger && trigger.channel().equals(new ChannelUID(thing, channelId))) {
                payloads.add(trigger.payload());
            }
        }
        return payloads;
    }

    public List<String> triggers(ThingHandler handler, String channelId) {
        return triggers(handler.getThing().getUID(), channelId);
    }

    /** Every trigger of every Thing, as "thing-id/channel=payload". */
    public List<String> allTriggers() {
        List<String> all = new ArrayList<>();
        for (Recorded recorded : log) {
            if (recorded instanceof Trigger trigger) {
                all.add(trigger.channel().getThingUID().getId() + "/" + trigger.channel().getId() + "="
                        + trigger.payload());
            }
        }
        return all;
    }

    /** The statuses one Thing went through, oldest first. */
    public List<ThingStatusInfo> statusChanges(ThingUID thing) {
        List<ThingStatusInfo> changes = new ArrayList<>();
        for (Recorded recorded : log) {
            if (recorded instanceof StatusChange change && change.thing().equals(thing)) {
                changes.add(change.info());
            }
        }
        return changes;
    }

    /** Position in the log of the first state update of the channel, or -1. */
    public int firstStateIndex(ThingUID thing, String channelId) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i) instanceof StateUpdate update
                    && update.channel().equals(new ChannelUID(thing, channelId))) {
                return i;
            }
        }
        return -1;
    }

    /** Position in the log of the first trigger of the channel, or -1. */
    public int firstTriggerIndex(ThingUID thing, String channelId) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i) instanceof Trigger trigger && trigger.channel().equals(new ChannelUID(thing, channelId))) {
                return i;
            }
        }
        return -1;
    }

    public void clearLog() {
        log.clear();
    }

    // ---------------------------------------------------------------- storage

    /** A storage service whose every storage is {@link #storedTokens}. */
    @SuppressWarnings("unchecked")
    public StorageService storageService() {
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
