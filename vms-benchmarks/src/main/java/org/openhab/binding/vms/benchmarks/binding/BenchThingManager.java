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
package org.openhab.binding.vms.benchmarks.binding;

import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.handler.VmsConnectionFactory;
import org.openhab.binding.vms.internal.handler.VmsTokenStorage;
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
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;

/**
 * The part of openHAB's ThingManager that the binding's handlers talk to, as little as the measurements need: it
 * builds an account bridge and camera Things (the openHAB stand-in's real Thing classes), keeps their status, tells
 * the bridge when a child leaves INITIALIZING and the children when the bridge's status changes, and, as the
 * {@link ThingHandlerCallback} of all of them, counts state updates and triggers and hands each trigger to the
 * {@link TriggerListener}s. Which channels have items linked is the benchmark's choice ({@link #linkChannels}). No
 * mocks: the callback is on the measured path.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BenchThingManager implements ThingHandlerCallback {

    /** Sees each trigger on the thread that fired it. */
    @FunctionalInterface
    public interface TriggerListener {
        void triggered(ThingUID thing, String channelId, String payload);
    }

    /** Sees each state update on the thread that made it. */
    @FunctionalInterface
    public interface StateListener {
        void updated(ChannelUID channel, State state);
    }

    public static final ThingUID BRIDGE_UID = new ThingUID(THING_TYPE_ACCOUNT, "bench");
    private static final ThingStatusInfo INITIALIZING = new ThingStatusInfo(ThingStatus.INITIALIZING,
            ThingStatusDetail.NONE, null);

    private final Map<ThingUID, Thing> things = new ConcurrentHashMap<>();
    private final List<VmsCameraHandler> cameras = new ArrayList<>();
    private final Bridge bridge;
    private final VmsAccountHandler account;
    private final List<TriggerListener> triggerListeners = new CopyOnWriteArrayList<>();
    private final List<StateListener> stateListeners = new CopyOnWriteArrayList<>();
    /** Which channels have an item linked, as openHAB's link registry would answer; all unless told otherwise. */
    private volatile Predicate<ChannelUID> linked = channel -> true;
    // plain counters: the benchmarks deliver on one thread; they only need to see that something happened
    private long stateUpdates;
    private long triggers;

    /**
     * @param baseUrl the account's REST base URL (the simulated VMS, or any URL when the connection is not real)
     * @param httpClient the HTTP client openHAB would share with the binding; must be started for a real connection
     */
    public BenchThingManager(String baseUrl, String login, String password, HttpClient httpClient,
            VmsConnectionFactory connections) {
        Configuration config = new Configuration();
        config.put("baseUrl", baseUrl);
        config.put("login", login);
        config.put("password", password);
        config.put("allowPlainHttp", true); // the simulated VMS runs on plain loopback HTTP
        bridge = BridgeBuilder.create(THING_TYPE_ACCOUNT, BRIDGE_UID).withConfiguration(config).build();
        things.put(BRIDGE_UID, bridge);
        account = new VmsAccountHandler(bridge, httpClient, new VmsTokenStorage(new InMemoryStorageService()),
                connections);
        bridge.setHandler(account);
        account.setCallback(this);
    }

    public VmsAccountHandler account() {
        return account;
    }

    /** Initialises the bridge (its connection starts). */
    public void initializeBridge() {
        bridge.setStatusInfo(INITIALIZING); // as openHAB's ThingManager does before initialize()
        account.initialize();
    }

    /** Adds and initialises camera Things for the given camera ids. */
    public void addCameras(long firstId, int count) {
        for (long id = firstId; id < firstId + count; id++) {
            ThingUID uid = new ThingUID(THING_TYPE_CAMERA, BRIDGE_UID, "cam" + id);
            Configuration config = new Configuration();
            config.put(CONFIG_CAMERA_ID, BigDecimal.valueOf(id));
            Thing thing = ThingBuilder.create(THING_TYPE_CAMERA, uid).withBridge(BRIDGE_UID)
                    .withConfiguration(config).build();
            VmsCameraHandler handler = new VmsCameraHandler(thing);
            thing.setHandler(handler);
            things.put(uid, thing);
            cameras.add(handler);
            handler.setCallback(this);
            thing.setStatusInfo(INITIALIZING);
            handler.initialize();
        }
    }

    public List<VmsCameraHandler> cameras() {
        return cameras;
    }

    public ThingStatus status(ThingUID uid) {
        Thing thing = things.get(uid);
        return thing == null ? ThingStatus.UNINITIALIZED : thing.getStatus();
    }

    public long stateUpdates() {
        return stateUpdates;
    }

    public long triggers() {
        return triggers;
    }

    public void onTrigger(TriggerListener listener) {
        triggerListeners.add(listener);
    }

    /** Which channels have an item linked from now on (the handlers ask before they make a message's states). */
    public void linkChannels(Predicate<ChannelUID> linkedChannels) {
        linked = linkedChannels;
    }

    public void onStateUpdate(StateListener listener) {
        stateListeners.add(listener);
    }

    /** Disposes the children, then the bridge. */
    public void dispose() {
        for (VmsCameraHandler camera : cameras) {
            camera.dispose();
            account.childHandlerDisposed(camera, camera.getThing());
        }
        account.dispose();
    }

    // ---------------------------------------------------------------- ThingHandlerCallback

    @Override
    public void stateUpdated(ChannelUID channelUID, State state) {
        stateUpdates++;
        for (StateListener listener : stateListeners) {
            listener.updated(channelUID, state);
        }
    }

    @Override
    public void channelTriggered(Thing thing, ChannelUID channelUID, String event) {
        triggers++;
        for (TriggerListener listener : triggerListeners) {
            listener.triggered(thing.getUID(), channelUID.getId(), event);
        }
    }

    @Override
    public void statusUpdated(Thing thing, ThingStatusInfo info) {
        ThingStatus previous = thing.getStatus();
        thing.setStatusInfo(info);
        ThingHandler handler = thing.getHandler();
        if (thing == bridge) {
            if (previous != info.getStatus()) {
                for (VmsCameraHandler camera : cameras) {
                    camera.bridgeStatusChanged(info);
                }
            }
        } else if (previous == ThingStatus.INITIALIZING && info.getStatus() != ThingStatus.INITIALIZING
                && handler != null) {
            account.childHandlerInitialized(handler, thing);
        }
    }

    @Override
    public boolean isChannelLinked(ChannelUID channelUID) {
        return linked.test(channelUID);
    }

    @Override
    public @Nullable Bridge getBridge(ThingUID bridgeUID) {
        return BRIDGE_UID.equals(bridgeUID) ? bridge : null;
    }

    @Override
    public void postCommand(ChannelUID channelUID, Command command) {
    }

    @Override
    public void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries) {
    }

    @Override
    public @Nullable ConfigDescription getConfigDescription(ChannelTypeUID channelTypeUID) {
        return null;
    }

    @Override
    public @Nullable ConfigDescription getConfigDescription(ThingTypeUID thingTypeUID) {
        return null;
    }

    @Override
    public void thingUpdated(Thing thing) {
    }

    @Override
    public void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters) {
    }

    @Override
    public void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters) {
    }

    @Override
    public void configurationUpdated(Thing thing) {
    }

    @Override
    public void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration) {
    }

    @Override
    public ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID) {
        return ChannelBuilder.create(channelUID).withType(channelTypeUID);
    }

    @Override
    public ChannelBuilder editChannel(Thing thing, ChannelUID channelUID) {
        return ChannelBuilder.create(channelUID);
    }

    @Override
    public List<ChannelBuilder> createChannelBuilders(ChannelGroupUID channelGroupUID,
            ChannelGroupTypeUID channelGroupTypeUID) {
        throw new IllegalArgumentException("the binding has no channel groups");
    }
}
