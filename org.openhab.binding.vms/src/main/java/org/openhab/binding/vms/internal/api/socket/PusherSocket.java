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
package org.openhab.binding.vms.internal.api.socket;

import java.net.Proxy;
import java.net.URI;

import javax.net.ssl.SSLException;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.pusher.client.connection.websocket.WebSocketClientWrapper;

/**
 * The library's WebSocket client with our additions: the read thread carries our name, WebSocket-level pings use
 * our interval, and the {@link PusherFrameGate} learns when the library abandons the socket.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class PusherSocket extends WebSocketClientWrapper {

    private final PusherFrameGate gate;
    private final String readThreadName;

    /**
     * @param webSocketPingSeconds Java-WebSocket's connection-lost check: a ping every that many seconds, close
     *            after 1.5 times that without pong; 0 disables
     */
    PusherSocket(URI uri, Proxy proxy, PusherFrameGate gate, String readThreadName, int webSocketPingSeconds)
            throws SSLException {
        super(uri, proxy, gate);
        this.gate = gate;
        this.readThreadName = readThreadName;
        setConnectionLostTimeout(webSocketPingSeconds);
        gate.attach(this);
    }

    @Override
    public void run() {
        // Java-WebSocket runs this on the thread it starts in connect() and names "WebSocketConnectReadThread-<n>"
        Thread.currentThread().setName(readThreadName);
        super.run();
    }

    @Override
    public void removeWebSocketListener() {
        gate.detachedByLibrary();
        super.removeWebSocketListener();
    }
}
