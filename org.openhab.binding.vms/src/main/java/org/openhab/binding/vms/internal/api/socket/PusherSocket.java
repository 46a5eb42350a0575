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
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocketFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.tls.VmsTrustedCertificates;

import com.pusher.client.connection.websocket.WebSocketClientWrapper;

/**
 * The library's WebSocket client with our additions: the read thread carries our name, WebSocket-level pings use
 * our interval, the {@link PusherFrameGate} learns when the library abandons the socket, and {@code wss} uses our
 * TLS trust when one is configured.
 * <p>
 * <b>TLS.</b> pusher-java-client gives every {@code wss} socket an {@code SSLSocketFactory} of the JVM's default
 * trust; we replace it with the caller's when there is one. Host names are verified either way: Java-WebSocket 1.5.3
 * sets endpoint identification {@code HTTPS} on every TLS socket ({@code WebSocketClient.onSetSSLParameters}),
 * and {@link #onSetSSLParameters} sets it again so that no library change can turn it off unnoticed.
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
    PusherSocket(URI uri, Proxy proxy, PusherFrameGate gate, String readThreadName, int webSocketPingSeconds,
            @Nullable SSLSocketFactory sslSocketFactory) throws SSLException {
        super(uri, proxy, gate);
        this.gate = gate;
        this.readThreadName = readThreadName;
        if (sslSocketFactory != null && "wss".equals(uri.getScheme())) {
            setSocketFactory(sslSocketFactory);
        }
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
    protected void onSetSSLParameters(@Nullable SSLParameters sslParameters) {
        super.onSetSSLParameters(sslParameters);
        if (sslParameters != null) {
            sslParameters.setEndpointIdentificationAlgorithm(VmsTrustedCertificates.ENDPOINT_IDENTIFICATION);
        }
    }

    @Override
    public void removeWebSocketListener() {
        gate.detachedByLibrary();
        super.removeWebSocketListener();
    }
}
