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

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.VmsBindingConstants;
import org.openhab.binding.vms.internal.api.socket.VmsConnectionState;
import org.openhab.binding.vms.internal.handler.VmsConnectionFactory;
import org.openhab.binding.vms.simulator.runtime.VolatileStorageService;
import org.openhab.binding.vms.simulator.soketi.SoketiServer;
import org.openhab.binding.vms.simulator.testing.Await;
import org.openhab.binding.vms.simulator.vms.SimCamera;
import org.openhab.binding.vms.simulator.vms.SimIntercom;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.SoketiPusherBackend;
import org.openhab.binding.vms.simulator.vms.VmsState;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.ThingStatus;

/**
 * The whole binding, connected: a simulated VMS (REST on loopback, events through a running soketi), an openHAB
 * HTTP client, and an account bridge with camera Things on the real account connection (login, socket settings,
 * Pusher socket with both private channels, re-read of the camera list).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ConnectedBridge implements AutoCloseable {

    /** Ids of the cameras the benchmarks add to the simulated account (the examples' cameras are 1001-1010). */
    public static final int FIRST_EXTRA_CAMERA = 20_000;
    /** Ids of the intercoms {@link #on} adds (the examples' intercoms have small ids). */
    public static final int FIRST_INTERCOM = 30_000;

    private final SimulatedVms vms;
    private final HttpClient httpClient = new HttpClient();
    private final BenchThings manager;
    private volatile String socketState = "";

    private ConnectedBridge(SimulatedVms vms) throws Exception {
        this(vms, Map.of(), VmsConnectionFactory.DEFAULT, new VolatileStorageService());
    }

    private ConnectedBridge(SimulatedVms vms, Map<String, Object> moreConfig, VmsConnectionFactory connections,
            StorageService storage) throws Exception {
        this.vms = vms;
        httpClient.start();
        manager = new BenchThings(vms.baseUrl(), SimulatedVms.DEFAULT_LOGIN, SimulatedVms.DEFAULT_PASSWORD,
                moreConfig, httpClient, connections, storage);
        manager.onStateUpdate((channel, state) -> {
            if (channel.getId().equals(VmsBindingConstants.CHANNEL_CONNECTION_STATE)) {
                socketState = state.toString();
            }
        });
    }

    /** A simulated VMS on {@code soketi} with {@code extraCameras} more cameras; nothing connected yet. */
    public static ConnectedBridge onSoketi(SoketiServer soketi, int extraCameras) throws Exception {
        SimulatedVms vms = new SimulatedVms(SoketiPusherBackend.sharing(soketi));
        putCameras(vms, extraCameras);
        return new ConnectedBridge(vms);
    }

    /**
     * A bridge on the given simulated VMS (which gets {@code extraCameras} more cameras and {@code intercoms}
     * intercoms, ids from {@link #FIRST_EXTRA_CAMERA} and {@link #FIRST_INTERCOM}), with further account parameters,
     * the connections and the storage service of the caller's choice; nothing connected yet. Closing it closes
     * {@code vms}.
     */
    public static ConnectedBridge on(SimulatedVms vms, int extraCameras, int intercoms, Map<String, Object> moreConfig,
            VmsConnectionFactory connections, StorageService storage) throws Exception {
        putCameras(vms, extraCameras);
        for (int id = FIRST_INTERCOM; id < FIRST_INTERCOM + intercoms; id++) {
            vms.state().putIntercom(new SimIntercom(id, "Intercom " + id, "Gate " + id, true, FIRST_EXTRA_CAMERA));
        }
        return new ConnectedBridge(vms, moreConfig, connections, storage);
    }

    private static void putCameras(SimulatedVms vms, int extraCameras) {
        VmsState state = vms.state();
        for (int id = FIRST_EXTRA_CAMERA; id < FIRST_EXTRA_CAMERA + extraCameras; id++) {
            state.putCamera(new SimCamera(id, "Camera " + id, "active", false, true, VmsState.ROOT_NODE_ID));
        }
    }

    public SimulatedVms vms() {
        return vms;
    }

    public BenchThings manager() {
        return manager;
    }

    /**
     * Initialises the bridge and the camera Things and waits until the bridge is ONLINE, its socket SUBSCRIBED and
     * every camera Thing ONLINE.
     */
    public void connect(long firstCameraId, int cameras, Duration timeout) throws IOException {
        connect(firstCameraId, cameras, 0, timeout);
    }

    /** As {@link #connect(long, int, Duration)}, with intercom Things for the intercoms {@link #on} added. */
    public void connect(long firstCameraId, int cameras, int intercoms, Duration timeout) throws IOException {
        manager.initializeBridge();
        manager.addCameras(firstCameraId, cameras);
        manager.addIntercoms(FIRST_INTERCOM, intercoms);
        await(timeout, () -> isConnected()
                && manager.cameras().stream().allMatch(c -> c.getThing().getStatus() == ThingStatus.ONLINE)
                && manager.intercoms().stream().allMatch(i -> i.getThing().getStatus() == ThingStatus.ONLINE));
    }

    /** The bridge is ONLINE and its socket has both channels subscribed. */
    public boolean isConnected() {
        return manager.status(BenchThings.BRIDGE_UID) == ThingStatus.ONLINE
                && VmsConnectionState.SUBSCRIBED.name().equals(socketState);
    }

    private void await(Duration timeout, BooleanSupplier condition) throws IOException {
        try {
            Await.waitForAssert(timeout, () -> {
                if (!condition.getAsBoolean()) {
                    throw new AssertionError("not yet");
                }
            });
        } catch (AssertionError e) {
            throw new IOException("bridge not connected within " + timeout + ": bridge "
                    + manager.status(BenchThings.BRIDGE_UID) + ", socket " + socketState);
        }
    }

    public String socketState() {
        return socketState;
    }

    @Override
    public void close() {
        manager.dispose();
        try {
            httpClient.stop();
        } catch (Exception e) {
            // closing anyway
        }
        vms.close();
    }

    @Override
    public String toString() {
        return "bridge " + manager.status(BenchThings.BRIDGE_UID) + ", socket " + socketState;
    }
}
