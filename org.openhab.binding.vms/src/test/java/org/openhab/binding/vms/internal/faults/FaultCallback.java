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
package org.openhab.binding.vms.internal.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

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
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;

/**
 * openHAB's side of the fault scenarios, written out instead of mocked: a mock records every call for later
 * verification, which over a burst of 20,000 messages is itself a memory leak. This callback keeps only what the
 * scenarios ask about, in bounded form: each Thing's status (set on the Thing, as openHAB does), the last state and
 * the number of updates per channel, the bridge's status history, trigger counts per payload, and every trigger
 * handed to a {@link TriggerSink}. Like openHAB's ThingManager it tells the bridge handler when a child leaves
 * INITIALIZING and tells the children when the bridge's status changes.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class FaultCallback implements ThingHandlerCallback {

    /** Receives every trigger, on the thread that fired it. */
    @FunctionalInterface
    interface TriggerSink {
        void triggered(ThingUID thing, String channelId, String payload);
    }

    /** A status the bridge reported, with the time it arrived. */
    record StatusAt(long nanos, ThingStatusInfo info) {
        @Override
        public String toString() {
            return info.getStatus() + "/" + info.getStatusDetail()
                    + (info.getDescription() == null ? "" : " (" + info.getDescription() + ")");
        }
    }

    private static final int BRIDGE_HISTORY_KEPT = 200;

    private final Bridge bridge;
    private final Map<ThingUID, Thing> things = new ConcurrentHashMap<>();
    private final Map<ChannelUID, State> lastStates = new ConcurrentHashMap<>();
    private final Map<ChannelUID, AtomicLong> updateCounts = new ConcurrentHashMap<>();
    private final AtomicLong triggers = new AtomicLong();
    private final Map<String, AtomicLong> triggersByPayload = new ConcurrentHashMap<>();
    private final List<StatusAt> bridgeHistory = new ArrayList<>();
    private volatile TriggerSink sink = (thing, channel, payload) -> {
    };

    FaultCallback(Bridge bridge) {
        this.bridge = bridge;
        things.put(bridge.getUID(), bridge);
    }

    void register(Thing thing) {
        things.put(thing.getUID(), thing);
    }

    void unregister(Thing thing) {
        things.remove(thing.getUID());
    }

    void sink(TriggerSink newSink) {
        sink = newSink;
    }

    // ---------------------------------------------------------------- what the scenarios read

    @Nullable
    State lastState(ThingUID thing, String channelId) {
        return lastStates.get(new ChannelUID(thing, channelId));
    }

    long updates(ThingUID thing, String channelId) {
        AtomicLong count = updateCounts.get(new ChannelUID(thing, channelId));
        return count == null ? 0 : count.get();
    }

    /** How often the channel fired with this payload. */
    long triggers(ThingUID thing, String channelId, String payload) {
        AtomicLong count = triggersByPayload.get(new ChannelUID(thing, channelId) + "=" + payload);
        return count == null ? 0 : count.get();
    }

    long triggerCount() {
        return triggers.get();
    }

    List<StatusAt> bridgeHistory() {
        synchronized (bridgeHistory) {
            return List.copyOf(bridgeHistory);
        }
    }

    // ---------------------------------------------------------------- ThingHandlerCallback

    @Override
    public void stateUpdated(ChannelUID channelUID, State state) {
        lastStates.put(channelUID, state);
        updateCounts.computeIfAbsent(channelUID, uid -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void channelTriggered(Thing thing, ChannelUID channelUID, String event) {
        triggers.incrementAndGet();
        triggersByPayload.computeIfAbsent(channelUID + "=" + event, key -> new AtomicLong()).incrementAndGet();
        sink.triggered(thing.getUID(), channelUID.getId(), event);
    }

    @Override
    public void statusUpdated(Thing thing, ThingStatusInfo thingStatus) {
        ThingStatusInfo previous = thing.getStatusInfo();
        thing.setStatusInfo(thingStatus);
        boolean isBridge = thing.getUID().equals(bridge.getUID());
        if (isBridge) {
            synchronized (bridgeHistory) {
                bridgeHistory.add(new StatusAt(System.nanoTime(), thingStatus));
                if (bridgeHistory.size() > BRIDGE_HISTORY_KEPT) {
                    bridgeHistory.remove(0);
                }
            }
        }
        ThingHandler handler = thing.getHandler();
        if (!isBridge && previous.getStatus() == ThingStatus.INITIALIZING
                && thingStatus.getStatus() != ThingStatus.INITIALIZING && handler != null) {
            ThingHandler bridgeHandler = bridge.getHandler();
            if (bridgeHandler instanceof BridgeHandler b) {
                b.childHandlerInitialized(handler, thing);
            }
        }
        if (isBridge && previous.getStatus() != thingStatus.getStatus()) {
            for (Thing child : things.values()) {
                ThingHandler childHandler = child.getHandler();
                if (child != bridge && childHandler != null
                        && child.getStatus() != ThingStatus.INITIALIZING) {
                    childHandler.bridgeStatusChanged(thingStatus);
                }
            }
        }
    }

    @Override
    public @Nullable Bridge getBridge(ThingUID bridgeUID) {
        return bridge.getUID().equals(bridgeUID) ? bridge : null;
    }

    @Override
    public boolean isChannelLinked(ChannelUID channelUID) {
        return true;
    }

    @Override
    public void postCommand(ChannelUID channelUID, Command command) {
        // no items behind the channels
    }

    @Override
    public void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries) {
        // the handlers send no time series
    }

    @Override
    public void thingUpdated(Thing thing) {
        // the handlers do not change their Things in these scenarios
    }

    @Override
    public void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters) {
    }

    @Override
    public void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters) {
    }

    @Override
    public @Nullable ConfigDescription getConfigDescription(ChannelTypeUID channelTypeUID) {
        return null; // no config description registry here; the handlers do not ask
    }

    @Override
    public @Nullable ConfigDescription getConfigDescription(ThingTypeUID thingTypeUID) {
        return null;
    }

    @Override
    public void configurationUpdated(Thing thing) {
    }

    @Override
    public void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration) {
    }

    @Override
    public ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID) {
        throw new UnsupportedOperationException("the handlers create no channels");
    }

    @Override
    public ChannelBuilder editChannel(Thing thing, ChannelUID channelUID) {
        throw new UnsupportedOperationException("the handlers edit no channels");
    }

    @Override
    public List<ChannelBuilder> createChannelBuilders(ChannelGroupUID channelGroupUID,
            ChannelGroupTypeUID channelGroupTypeUID) {
        throw new UnsupportedOperationException("the binding has no channel groups");
    }
}
