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
package org.openhab.binding.vms.simulator.vms;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.simulator.soketi.PusherHttpPublisher;
import org.openhab.binding.vms.simulator.soketi.SoketiServer;

/**
 * Runs a {@link SimulatedVms} on a real soketi: {@code ws_url} points at soketi, channel authorisations are signed
 * with its app secret, and events go out through its signed HTTP publish API, as a Laravel backend sends them.
 * <p>
 * {@link SoketiServer} serves under {@link SoketiServer#PATH_PREFIX} like the VMS deployment, so {@code ws_url} is
 * {@code ws://127.0.0.1:<port>/pusher} by default (the deployment's shape).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class SoketiPusherBackend implements PusherBackend {

    private final SoketiServer server;
    private final boolean owned;
    private final String wsPath;
    private final PusherHttpPublisher publisher;

    /**
     * @param server a started soketi (its port must be known)
     * @param owned whether {@link #close()} stops it; false for a server shared by several tests
     * @param wsPath path appended to {@code ws://127.0.0.1:<port>} in {@code ws_url}, {@code ""} for none
     */
    public SoketiPusherBackend(SoketiServer server, boolean owned, String wsPath) {
        this.server = server;
        this.owned = owned;
        this.wsPath = wsPath;
        this.publisher = PusherHttpPublisher.forServer(server);
    }

    /** A backend on a soketi the caller keeps running after the simulated VMS is closed. */
    public static SoketiPusherBackend sharing(SoketiServer startedServer) {
        return new SoketiPusherBackend(startedServer, false, SoketiServer.PATH_PREFIX);
    }

    /** A backend that stops its soketi when the simulated VMS is closed. */
    public static SoketiPusherBackend owning(SoketiServer startedServer) {
        return new SoketiPusherBackend(startedServer, true, SoketiServer.PATH_PREFIX);
    }

    /**
     * @throws UncheckedIOException when soketi cannot be reached or refuses the event; the REST routes log it and
     *             answer normally, control methods let it through to the test
     */
    @Override
    public void publish(String channel, String eventName, String dataJson) {
        try {
            publisher.publish(channel, eventName, dataJson);
        } catch (IOException e) {
            throw new UncheckedIOException("soketi did not take the event for " + channel, e);
        }
    }

    @Override
    public String wsUrl() {
        return "ws://" + server.host() + ":" + server.port() + wsPath;
    }

    @Override
    public String appKey() {
        return server.appKey();
    }

    @Override
    public String appSecret() {
        return server.appSecret();
    }

    public SoketiServer server() {
        return server;
    }

    @Override
    public void close() {
        if (owned) {
            server.stop();
        }
    }
}
