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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.simulator.pusher.LoopbackPusherServer;
import org.openhab.binding.vms.simulator.pusher.PusherServerSettings;

/**
 * Runs a {@link SimulatedVms} on the in-JVM {@link LoopbackPusherServer}: {@code ws_url} points at it (by default
 * with the {@code /pusher} path of the VMS deployment), channel authorisations are signed with its current app
 * secret, and events are published straight into it. Tests keep the server at hand for what only it can do
 * (dropping connections, injecting errors, switching between push1st and hosted-Pusher behaviour).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class LoopbackPusherBackend implements PusherBackend {

    public static final String DEFAULT_WS_PATH = "/pusher";

    private final LoopbackPusherServer server;
    private final boolean owned;
    private final String wsPath;

    /**
     * @param owned whether {@link #close()} stops the server
     * @param wsPath path appended to {@code ws://127.0.0.1:<port>} in {@code ws_url}; the server accepts any prefix
     */
    public LoopbackPusherBackend(LoopbackPusherServer server, boolean owned, String wsPath) {
        this.server = server;
        this.owned = owned;
        this.wsPath = wsPath;
    }

    /** A backend on a server the caller keeps running after the simulated VMS is closed. */
    public static LoopbackPusherBackend sharing(LoopbackPusherServer server) {
        return new LoopbackPusherBackend(server, false, DEFAULT_WS_PATH);
    }

    /** A backend that stops the server when the simulated VMS is closed. */
    public static LoopbackPusherBackend owning(LoopbackPusherServer server) {
        return new LoopbackPusherBackend(server, true, DEFAULT_WS_PATH);
    }

    /** Starts its own push1st-like server with the examples' app key and secret. */
    public static LoopbackPusherBackend start() throws IOException {
        return owning(new LoopbackPusherServer(PusherServerSettings.push1st(RecordingPusherBackend.EXAMPLE_APP_KEY,
                RecordingPusherBackend.EXAMPLE_APP_SECRET)));
    }

    @Override
    public void publish(String channel, String eventName, String dataJson) {
        server.publish(channel, eventName, dataJson);
    }

    @Override
    public String wsUrl() {
        return server.wsUrl(wsPath);
    }

    /** The server's current key: settings swapped at run time apply to the next {@code wsurl} answer. */
    @Override
    public String appKey() {
        return server.settings().appKey();
    }

    @Override
    public String appSecret() {
        return server.settings().appSecret();
    }

    public LoopbackPusherServer server() {
        return server;
    }

    @Override
    public void close() {
        if (owned) {
            server.close();
        }
    }
}
