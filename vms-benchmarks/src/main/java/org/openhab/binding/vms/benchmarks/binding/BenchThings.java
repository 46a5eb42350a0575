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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.handler.VmsConnectionFactory;
import org.openhab.binding.vms.internal.handler.VmsIntercomHandler;
import org.openhab.binding.vms.internal.handler.VmsTokenStorage;
import org.openhab.binding.vms.simulator.runtime.LocalThingManager;
import org.openhab.binding.vms.simulator.runtime.ThingManagerListener;
import org.openhab.binding.vms.simulator.runtime.VolatileStorageService;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.State;

/**
 * The Things the benchmarks measure, run on openHAB's thing manager rules ({@link LocalThingManager}): an account
 * bridge (the stand-in's real Thing classes) whose handler is made up front with the benchmark's connection factory,
 * and camera Things under it. What the handlers report is counted with plain counters and handed to the
 * benchmark's listeners; which channels have items linked is the benchmark's choice ({@link #linkChannels}). No
 * mocks: the callback is on the measured path.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BenchThings {

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

    private final LocalThingManager openhab = new LocalThingManager(this::handlerOf);
    private final Bridge bridge;
    private final VmsAccountHandler account;
    private final List<VmsCameraHandler> cameras = new ArrayList<>();
    private final List<VmsIntercomHandler> intercoms = new ArrayList<>();
    // plain counters: the benchmarks deliver on one thread; they only need to see that something happened
    private long stateUpdates;
    private long triggers;

    /**
     * @param baseUrl the account's REST base URL (the simulated VMS, or any URL when the connection is not real)
     * @param httpClient the HTTP client openHAB would share with the binding; must be started for a real connection
     */
    public BenchThings(String baseUrl, String login, String password, HttpClient httpClient,
            VmsConnectionFactory connections) {
        this(baseUrl, login, password, Map.of(), httpClient, connections, new VolatileStorageService());
    }

    /**
     * @param moreConfig further parameters of the account Thing (e.g. {@code maxReconnectDelay})
     * @param storage openHAB's storage service, as the binding's factory would pass it on
     */
    public BenchThings(String baseUrl, String login, String password, Map<String, Object> moreConfig,
            HttpClient httpClient, VmsConnectionFactory connections, StorageService storage) {
        Map<String, Object> parameters = new HashMap<>(moreConfig);
        parameters.putAll(Map.of("baseUrl", baseUrl, "login", login, "password", password,
                // the simulated VMS runs on plain loopback HTTP
                "allowPlainHttp", true));
        bridge = BridgeBuilder.create(THING_TYPE_ACCOUNT, BRIDGE_UID).withConfiguration(new Configuration(parameters))
                .build();
        account = new VmsAccountHandler(bridge, httpClient, new VmsTokenStorage(storage), connections);
        openhab.addListener(new ThingManagerListener() {
            @Override
            public void stateUpdated(ChannelUID channel, State state) {
                stateUpdates++;
            }

            @Override
            public void channelTriggered(Thing thing, ChannelUID channel, String event) {
                triggers++;
            }
        });
    }

    private ThingHandler handlerOf(Thing thing) {
        if (BRIDGE_UID.equals(thing.getUID())) {
            return account;
        }
        return THING_TYPE_INTERCOM.equals(thing.getThingTypeUID()) ? new VmsIntercomHandler(thing)
                : new VmsCameraHandler(thing);
    }

    public VmsAccountHandler account() {
        return account;
    }

    /** Which channels have an item linked from now on (all until this is called). */
    public void linkChannels(Predicate<ChannelUID> linkedChannels) {
        openhab.linkChannels(linkedChannels);
    }

    /** Adds the account Thing: openHAB initialises its handler (its connection starts). */
    public void initializeBridge() {
        openhab.add(bridge);
    }

    /**
     * Adds camera Things for the given camera ids (the bridge must be initialised) and returns once the bridge has
     * heard of all of them.
     */
    public void addCameras(long firstId, int count) {
        addChildren(THING_TYPE_CAMERA, CONFIG_CAMERA_ID, "cam", firstId, count, VmsCameraHandler.class, cameras);
    }

    public List<VmsCameraHandler> cameras() {
        return cameras;
    }

    /**
     * Adds intercom Things for the given intercom ids (the bridge must be initialised) and returns once the bridge
     * has heard of all of them.
     */
    public void addIntercoms(long firstId, int count) {
        addChildren(THING_TYPE_INTERCOM, CONFIG_INTERCOM_ID, "intercom", firstId, count, VmsIntercomHandler.class,
                intercoms);
    }

    private <H> void addChildren(ThingTypeUID type, String idParameter, String uidPrefix, long firstId, int count,
            Class<H> handlerType, List<H> handlers) {
        for (long id = firstId; id < firstId + count; id++) {
            ThingUID uid = new ThingUID(type, BRIDGE_UID, uidPrefix + id);
            Thing thing = ThingBuilder.create(type, uid).withBridge(BRIDGE_UID)
                    .withConfiguration(new Configuration(Map.of(idParameter, BigDecimal.valueOf(id)))).build();
            openhab.add(thing);
            ThingHandler handler = openhab.handler(uid);
            if (handlerType.isInstance(handler)) {
                handlers.add(handlerType.cast(handler));
            } else {
                throw new IllegalStateException(uid + " got no handler: " + thing.getStatusInfo());
            }
        }
        openhab.awaitIdle();
    }

    public List<VmsIntercomHandler> intercoms() {
        return intercoms;
    }

    public ThingStatus status(ThingUID uid) {
        Thing thing = openhab.thing(uid);
        return thing == null ? ThingStatus.UNINITIALIZED : thing.getStatus();
    }

    public long stateUpdates() {
        return stateUpdates;
    }

    public long triggers() {
        return triggers;
    }

    public void onTrigger(TriggerListener listener) {
        openhab.addListener(new ThingManagerListener() {
            @Override
            public void channelTriggered(Thing thing, ChannelUID channel, String event) {
                listener.triggered(thing.getUID(), channel.getId(), event);
            }
        });
    }

    public void onStateUpdate(StateListener listener) {
        openhab.addListener(new ThingManagerListener() {
            @Override
            public void stateUpdated(ChannelUID channel, State state) {
                listener.updated(channel, state);
            }
        });
    }

    /** Disposes the children, then the bridge, as openHAB does. */
    public void dispose() {
        openhab.close();
    }
}
