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
package org.openhab.binding.vms.cli.binding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.ConfigDescription;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelGroupUID;
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
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;

/**
 * The part of openHAB's thing manager a headless run needs: creates handlers through the binding's
 * {@link ThingHandlerFactory} (an activated one: it starts the handlers' services, such as a bridge's discovery,
 * and stops them when the handler is unregistered), initialises them off the caller's thread (bridge first, its children once the
 * bridge handler has reported a status), tells initialised children about bridge status changes (in order, on the
 * thread that reported the change) and the bridge about its children, sends commands, and disposes everything
 * children first. As the {@link ThingHandlerCallback} of every
 * handler it keeps the Things' status and reports everything to the {@link EventLog}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class HeadlessThingManager implements ThingHandlerCallback {

    private final ThingHandlerFactory factory;
    private final EventLog log;
    private final ExecutorService executor;
    private final Map<ThingUID, Thing> things = new LinkedHashMap<>();
    /** Handlers registered by the factory, whether or not their initialize() has finished. */
    private final Map<ThingUID, ThingHandler> handlers = new LinkedHashMap<>();
    private final List<Thing> waitingForBridge = new ArrayList<>();

    /** @param executor where handlers are initialised, disposed and given commands (openHAB's safe caller) */
    public HeadlessThingManager(ThingHandlerFactory factory, EventLog log, ExecutorService executor) {
        this.factory = factory;
        this.log = log;
        this.executor = executor;
    }

    /** Adds a Thing and initialises its handler (children wait until their bridge handler reported a status). */
    public void add(Thing thing) {
        if (!factory.supportsThingType(thing.getThingTypeUID())) {
            throw new IllegalArgumentException("the binding does not support " + thing.getThingTypeUID());
        }
        boolean now;
        synchronized (this) {
            if (things.putIfAbsent(thing.getUID(), thing) != null) {
                throw new IllegalArgumentException("Thing " + thing.getUID() + " exists already");
            }
            ThingUID bridgeUID = thing.getBridgeUID();
            now = bridgeUID == null || isBridgeReady(bridgeUID);
            if (!now) {
                waitingForBridge.add(thing);
            }
        }
        if (now) {
            executor.execute(() -> initialize(thing));
        }
    }

    public synchronized @Nullable Thing thing(ThingUID uid) {
        return things.get(uid);
    }

    public synchronized List<Thing> things() {
        return List.copyOf(things.values());
    }

    /** Sends a command to a channel, as an item linked to it would. */
    public void sendCommand(ChannelUID channel, Command command) {
        log.command(channel, command);
        ThingHandler handler;
        synchronized (this) {
            Thing thing = things.get(channel.getThingUID());
            handler = thing != null && isHandlerInitialized(thing) ? handlers.get(thing.getUID()) : null;
        }
        if (handler == null) {
            log.note("command to " + channel + " dropped: its Thing has no initialised handler");
            return;
        }
        ThingHandler target = handler;
        executor.execute(() -> call(target, "handleCommand", () -> target.handleCommand(channel, command)));
    }

    /** Disposes every handler, children before their bridge, and waits for nothing: dispose must not block. */
    public void disposeAll() {
        List<Thing> order;
        synchronized (this) {
            waitingForBridge.clear();
            order = new ArrayList<>(things.values());
        }
        // children first, as openHAB does when a bridge goes away
        order.sort((a, b) -> Boolean.compare(a instanceof Bridge, b instanceof Bridge));
        for (Thing thing : order) {
            dispose(thing);
        }
    }

    private void initialize(Thing thing) {
        setStatus(thing, new ThingStatusInfo(ThingStatus.INITIALIZING, ThingStatusDetail.NONE, null));
        ThingHandler handler;
        try {
            handler = factory.registerHandler(thing);
        } catch (RuntimeException e) {
            setStatus(thing, new ThingStatusInfo(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_MISSING_ERROR,
                    e.getMessage()));
            return;
        }
        thing.setHandler(handler);
        handler.setCallback(this);
        synchronized (this) {
            handlers.put(thing.getUID(), handler);
        }
        try {
            handler.initialize();
        } catch (RuntimeException e) {
            String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            setStatus(thing, new ThingStatusInfo(ThingStatus.UNINITIALIZED,
                    ThingStatusDetail.HANDLER_INITIALIZING_ERROR, problem));
            return;
        }
        Bridge bridge;
        List<Thing> ready;
        synchronized (this) {
            ThingUID bridgeUID = thing.getBridgeUID();
            bridge = bridgeUID == null ? null : getBridge(bridgeUID);
            // the bridge may have reported its status before initialize() returned
            ready = childrenReadyFor(thing);
        }
        BridgeHandler bridgeHandler = bridge == null ? null : bridge.getHandler();
        if (bridgeHandler != null) {
            call(bridgeHandler, "childHandlerInitialized", () -> bridgeHandler.childHandlerInitialized(handler, thing));
        }
        for (Thing child : ready) {
            executor.execute(() -> initialize(child));
        }
    }

    /** Removes and returns the Things waiting for {@code thing} as their bridge, if it is ready for them now. */
    private List<Thing> childrenReadyFor(Thing thing) {
        List<Thing> ready = new ArrayList<>();
        if (thing instanceof Bridge && isBridgeReady(thing.getUID())) {
            for (Thing waiting : List.copyOf(waitingForBridge)) {
                if (thing.getUID().equals(waiting.getBridgeUID())) {
                    waitingForBridge.remove(waiting);
                    ready.add(waiting);
                }
            }
        }
        return ready;
    }

    private void dispose(Thing thing) {
        ThingHandler handler;
        synchronized (this) {
            handler = handlers.remove(thing.getUID());
        }
        if (handler == null) {
            return;
        }
        call(handler, "dispose", handler::dispose);
        ThingUID bridgeUID = thing.getBridgeUID();
        Bridge bridge = bridgeUID == null ? null : getBridge(bridgeUID);
        BridgeHandler bridgeHandler = bridge == null ? null : bridge.getHandler();
        if (bridgeHandler != null) {
            call(bridgeHandler, "childHandlerDisposed", () -> bridgeHandler.childHandlerDisposed(handler, thing));
        }
        handler.setCallback(null);
        factory.unregisterHandler(thing);
        thing.setHandler(null);
        setStatus(thing, new ThingStatusInfo(ThingStatus.UNINITIALIZED, ThingStatusDetail.NONE, null));
    }

    private boolean isBridgeReady(ThingUID bridgeUID) {
        Thing bridge = things.get(bridgeUID);
        return bridge != null && isHandlerInitialized(bridge);
    }

    /**
     * openHAB's test (ThingHandlerHelper.isHandlerInitialized): the handler exists and has reported ONLINE, OFFLINE
     * or UNKNOWN. Only such handlers get commands and bridge status changes, and only such a bridge gets children.
     */
    private boolean isHandlerInitialized(Thing thing) {
        ThingStatus status = thing.getStatus();
        return handlers.containsKey(thing.getUID()) && (status == ThingStatus.ONLINE
                || status == ThingStatus.OFFLINE || status == ThingStatus.UNKNOWN);
    }

    private void setStatus(Thing thing, ThingStatusInfo status) {
        ThingStatusInfo previous;
        List<ThingHandler> children = new ArrayList<>();
        List<Thing> ready;
        synchronized (this) {
            previous = thing.getStatusInfo();
            if (previous.equals(status)) {
                return;
            }
            thing.setStatusInfo(status);
            log.statusChanged(thing.getUID(), previous, status);
            if (thing instanceof Bridge) {
                for (Thing child : things.values()) {
                    ThingHandler childHandler = handlers.get(child.getUID());
                    if (childHandler != null && thing.getUID().equals(child.getBridgeUID())
                            && isHandlerInitialized(child) && previous.getStatus() != status.getStatus()) {
                        children.add(childHandler);
                    }
                }
            }
            ready = childrenReadyFor(thing);
        }
        // in the reporting thread, so that the children see the bridge's changes in their order
        for (ThingHandler child : children) {
            call(child, "bridgeStatusChanged", () -> child.bridgeStatusChanged(status));
        }
        for (Thing child : ready) {
            executor.execute(() -> initialize(child));
        }
    }

    /** A handler method that throws is reported, like openHAB's safe caller does, and the run goes on. */
    private void call(ThingHandler handler, String method, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            log.note("error: " + handler.getThing().getUID() + " " + method + " failed: " + e.getClass().getSimpleName()
                    + ": " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------- ThingHandlerCallback

    @Override
    public void statusUpdated(Thing thing, ThingStatusInfo thingStatus) {
        setStatus(thing, thingStatus);
    }

    @Override
    public void stateUpdated(ChannelUID channelUID, State state) {
        log.stateUpdated(channelUID, state);
    }

    @Override
    public void postCommand(ChannelUID channelUID, Command command) {
        sendCommand(channelUID, command);
    }

    @Override
    public void channelTriggered(Thing thing, ChannelUID channelUID, String event) {
        log.triggered(channelUID, event);
    }

    @Override
    public void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries) {
        // openHAB hands a time series to persistence; a headless run has none
        log.note("time series of " + timeSeries.size() + " states for " + channelUID + " (not persisted)");
    }

    @Override
    public void thingUpdated(Thing thing) {
        synchronized (this) {
            Thing old = things.get(thing.getUID());
            if (old != null && old != thing) {
                thing.setStatusInfo(old.getStatusInfo());
                thing.setHandler(old.getHandler());
            }
            things.put(thing.getUID(), thing);
        }
    }

    @Override
    public void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters) {
        // openHAB checks them against the XML; the main job's own configuration is built from the XML
    }

    @Override
    public void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters) {
    }

    /** A headless run has no config description registry (openHAB answers null for an unknown type too). */
    @Override
    public @Nullable ConfigDescription getConfigDescription(ChannelTypeUID channelTypeUID) {
        return null;
    }

    @Override
    public @Nullable ConfigDescription getConfigDescription(ThingTypeUID thingTypeUID) {
        return null;
    }

    @Override
    public void configurationUpdated(Thing thing) {
        thingUpdated(thing);
    }

    @Override
    public void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration) {
        log.note("error: " + thing.getUID() + " asked to migrate to " + thingTypeUID
                + ", which a headless run cannot do");
    }

    @Override
    public ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID) {
        return ChannelBuilder.create(channelUID).withType(channelTypeUID);
    }

    @Override
    public ChannelBuilder editChannel(Thing thing, ChannelUID channelUID) {
        Channel channel = thing.getChannel(channelUID.getId());
        if (channel == null) {
            throw new IllegalArgumentException("Channel '" + channelUID + "' does not exist for thing '"
                    + thing.getUID() + "'");
        }
        return ChannelBuilder.create(channel);
    }

    /** The binding's thing types have no channel groups, so every group type is unknown, as openHAB reports it. */
    @Override
    public List<ChannelBuilder> createChannelBuilders(ChannelGroupUID channelGroupUID,
            ChannelGroupTypeUID channelGroupTypeUID) {
        throw new IllegalArgumentException("Channel group type '" + channelGroupTypeUID + "' is not known");
    }

    /** Every channel counts as linked: the main job shows them all. */
    @Override
    public boolean isChannelLinked(ChannelUID channelUID) {
        return true;
    }

    @Override
    public synchronized @Nullable Bridge getBridge(ThingUID bridgeUID) {
        return things.get(bridgeUID) instanceof Bridge bridge ? bridge : null;
    }
}
