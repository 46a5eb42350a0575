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
package org.openhab.binding.vms.internal.api.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openhab.binding.vms.simulator.testing.Await.waitForAssert;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.simulator.pusher.LoopbackPusherServer;
import org.openhab.binding.vms.simulator.pusher.PusherServerConnection;
import org.openhab.binding.vms.simulator.vms.LoopbackPusherBackend;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;

/**
 * A simulated VMS (real loopback REST server and, by default, the in-JVM Pusher server), a started Jetty client, a
 * scheduler like the handler's, an in-memory token store, a recording listener, and connections wired to them with a
 * fast, deterministic policy (back-off base 400 ms, jitter fixed at one half, a hand-moved clock).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ConnectionTestBed implements AutoCloseable {

    static final Duration BACKOFF_BASE = Duration.ofMillis(400);
    static final Duration MINIMUM_DELAY = Duration.ofMillis(10);
    static final double JITTER = 0.5;
    private static final AtomicInteger BEDS = new AtomicInteger();

    final SimulatedVms vms;
    final HttpClient httpClient = new HttpClient();
    final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2);
    final InMemoryTokenStore tokenStore = new InMemoryTokenStore();
    final RecordingAccountListener listener = new RecordingAccountListener();
    final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    /** Unique per bed, so thread names of different tests never mix. */
    final String name = "vms:account:test" + BEDS.incrementAndGet();
    private final List<VmsAccountConnection> connections = new CopyOnWriteArrayList<>();

    ConnectionTestBed(SimulatedVms vms) throws Exception {
        this.vms = vms;
        scheduler.setRemoveOnCancelPolicy(true);
        httpClient.start();
    }

    static ConnectionTestBed loopback() throws Exception {
        return new ConnectionTestBed(SimulatedVms.withLoopbackPusher());
    }

    VmsAccountConfig credentials() {
        return new VmsAccountConfig(vms.baseUrl(), SimulatedVms.DEFAULT_LOGIN, SimulatedVms.DEFAULT_PASSWORD, null,
                "en", null, null, Duration.ofSeconds(3), name);
    }

    VmsAccountConfig password(String password) {
        return new VmsAccountConfig(vms.baseUrl(), SimulatedVms.DEFAULT_LOGIN, password, null, "en", null, null,
                Duration.ofSeconds(3), name);
    }

    VmsAccountConfig tokenOnly(String token) {
        return new VmsAccountConfig(vms.baseUrl(), null, null, token, "en", null, null, Duration.ofSeconds(3), name);
    }

    VmsAccountConfig tokenAndCredentials(String token) {
        return new VmsAccountConfig(vms.baseUrl(), SimulatedVms.DEFAULT_LOGIN, SimulatedVms.DEFAULT_PASSWORD, token,
                "en", null, null, Duration.ofSeconds(3), name);
    }

    VmsConnectionPolicy policy() {
        return VmsConnectionPolicy.defaults().withBackoff(BACKOFF_BASE, MINIMUM_DELAY).withRandom(() -> JITTER)
                .withClock(clock).withConnectTimeout(Duration.ofSeconds(10));
    }

    VmsAccountConnection connection(VmsAccountConfig config) {
        return connection(config, policy());
    }

    VmsAccountConnection connection(VmsAccountConfig config, VmsConnectionPolicy policy) {
        return connection(config, policy, listener);
    }

    VmsAccountConnection connection(VmsAccountConfig config, VmsConnectionPolicy policy,
            VmsAccountListener accountListener) {
        VmsAccountConnection connection = new VmsAccountConnection(config, httpClient, tokenStore, scheduler,
                accountListener, policy);
        connections.add(connection);
        return connection;
    }

    /** A started connection that has reached ONLINE. */
    VmsAccountConnection online(VmsAccountConfig config) {
        VmsAccountConnection connection = connection(config);
        connection.start();
        awaitOnline(connection);
        return connection;
    }

    static void awaitOnline(VmsAccountConnection connection) {
        waitForAssert(() -> assertEquals(VmsAccountStatus.ONLINE, connection.getStatus()));
    }

    LoopbackPusherServer pusher() {
        return ((LoopbackPusherBackend) vms.backend()).server();
    }

    /** The server side of the connection's current socket. */
    PusherServerConnection serverConnection() {
        List<PusherServerConnection> open = pusher().connections();
        assertEquals(1, open.size(), "open socket connections");
        return open.get(0);
    }

    int wsUrlRequests() {
        return vms.requests("GET", "wsurl").size();
    }

    int selfRequests() {
        return vms.requests("GET", "users/self").size();
    }

    /** Names of the live threads that carry this bed's connection name. */
    Set<String> connectionThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.contains(name)).collect(Collectors.toSet());
    }

    @Nullable
    String storedToken() {
        return tokenStore.load();
    }

    @Override
    public void close() throws Exception {
        connections.forEach(VmsAccountConnection::stop);
        scheduler.shutdownNow();
        httpClient.stop();
        vms.close();
    }

    static SimulatedVms simulated() throws IOException {
        return SimulatedVms.withLoopbackPusher();
    }
}
