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
package org.openhab.binding.vms.benchmarks.soak;

import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.benchmarks.binding.ConnectedBridge;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConnection;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionPolicy;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionStatistics;
import org.openhab.binding.vms.internal.handler.VmsConnectionFactory;
import org.openhab.binding.vms.simulator.net.LoopbackTcpProxy;
import org.openhab.binding.vms.simulator.runtime.VolatileStorageService;
import org.openhab.binding.vms.simulator.soketi.SoketiServer;
import org.openhab.binding.vms.simulator.vms.ProxiedPusherBackend;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.SoketiPusherBackend;
import org.openhab.core.library.types.DecimalType;

/**
 * What the soak runs on: a real soketi, a {@link LoopbackTcpProxy} in front of it (the socket goes through the proxy,
 * so the network can be cut), a simulated VMS that hands out the proxy's address, and one account bridge with camera
 * and intercom Things on openHAB's thing manager rules ({@link ConnectedBridge}), its tokens in the one
 * {@link VolatileStorageService} the soak measures.
 * <p>
 * The bridge handler is the real one on a real account connection; only the connection's policy is shortened, as the
 * fault suite shortens it, so that 1,000 reconnects fit into half an hour: ping after 1 s of silence and pong within
 * 1 s (a silent cut is noticed in about 2 s instead of minutes), back-off from 100 ms capped at 2 s
 * ({@code maxReconnectDelay}), and no login limit (the production policy allows 5 logins an hour and refuses a second
 * logout within 10 minutes, which is right for a real account and would stop a soak after its second logout).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class SoakBed implements AutoCloseable {

    static final Duration CONNECT_TIMEOUT = Duration.ofMinutes(3);
    /** Trigger channels the soak's messages end on: one trigger per message. */
    private static final Set<String> MESSAGE_TRIGGERS = Set.of(CHANNEL_ANALYTIC_EVENT, CHANNEL_MARK, CHANNEL_CALL);
    private static final VmsConnectionPolicy POLICY = VmsConnectionPolicy.defaults()
            .withLiveness(Duration.ofSeconds(1), Duration.ofSeconds(1))
            .withBackoff(Duration.ofMillis(100), Duration.ofMillis(20)).withConnectTimeout(Duration.ofSeconds(5))
            .withLoginLimits(1_000_000, Duration.ZERO);

    final SoketiServer soketi;
    final LoopbackTcpProxy proxy;
    final VolatileStorageService storage;
    final ConnectedBridge bridge;
    /** The bridge's connection, as the factory made it. */
    private final AtomicReference<@Nullable VmsAccountConnection> connection;
    private final AtomicLong delivered = new AtomicLong();
    final SoakTally tally;

    /** Starts soketi, the proxy and the simulated VMS, and connects the bridge with all its Things. */
    static SoakBed start(SoakOptions options) throws Exception {
        SoketiServer soketi = new SoketiServer("4244", "vms-soak-key", "vms-soak-secret", Path.of("target", "soketi"));
        soketi.start();
        LoopbackTcpProxy proxy = new LoopbackTcpProxy(soketi.port());
        SimulatedVms vms = new SimulatedVms(new ProxiedPusherBackend(SoketiPusherBackend.sharing(soketi),
                "ws://127.0.0.1:" + proxy.port() + SoketiServer.PATH_PREFIX));
        AtomicReference<@Nullable VmsAccountConnection> made = new AtomicReference<>();
        VmsConnectionFactory connections = (config, httpClient, store, scheduler, listener) -> {
            VmsAccountConnection created = new VmsAccountConnection(config, httpClient, store, scheduler, listener,
                    POLICY);
            made.set(created);
            return created;
        };
        VolatileStorageService storage = new VolatileStorageService();
        ConnectedBridge bridge = ConnectedBridge.on(vms, options.cameras(), options.intercoms(),
                Map.of("maxReconnectDelay", 2), connections, storage);
        SoakBed bed = new SoakBed(soketi, proxy, bridge, storage, made, new SoakTally(options.messages()));
        bridge.manager().onTrigger((thing, channelId, payload) -> {
            if (MESSAGE_TRIGGERS.contains(channelId)) {
                bed.delivered.incrementAndGet();
            }
        });
        bridge.manager().onStateUpdate((channel, state) -> {
            if (CHANNEL_LAST_EVENT_JSON.equals(channel.getId())) {
                bed.tally.delivered(SoakTally.eventId(state.toString()));
            } else if (CHANNEL_LAST_CALL_ID.equals(channel.getId()) && state instanceof DecimalType id) {
                bed.tally.delivered(id.longValue());
            }
        });
        bridge.connect(ConnectedBridge.FIRST_EXTRA_CAMERA, options.cameras(), options.intercoms(), CONNECT_TIMEOUT);
        return bed;
    }

    private SoakBed(SoketiServer soketi, LoopbackTcpProxy proxy, ConnectedBridge bridge,
            VolatileStorageService storage, AtomicReference<@Nullable VmsAccountConnection> connection,
            SoakTally tally) {
        this.soketi = soketi;
        this.proxy = proxy;
        this.bridge = bridge;
        this.storage = storage;
        this.connection = connection;
        this.tally = tally;
    }

    SimulatedVms vms() {
        return bridge.vms();
    }

    /** Triggers of the soak's messages (analytic-event, mark, call); a message delivered twice counts twice. */
    long delivered() {
        return delivered.get();
    }

    /**
     * Drops the simulated VMS's log of the requests it served (kept for tests to inspect; here it would grow by a few
     * hundred requests a minute and show as the heap's growth).
     */
    void forgetRequestLog() {
        bridge.vms().server().clearRequests();
    }

    /** The account connection's counters (reconnects, logins, dropped and duplicate messages). */
    VmsConnectionStatistics statistics() {
        VmsAccountConnection current = connection.get();
        return current == null ? new VmsConnectionStatistics(0, 0, 0, 0, 0) : current.getStatistics();
    }

    @Override
    public void close() {
        bridge.close();
        proxy.close();
        soketi.close();
    }
}
