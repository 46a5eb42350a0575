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
package org.openhab.binding.vms.benchmarks.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A loopback TCP relay in front of soketi that drops a path prefix from each connection's HTTP request line and
 * then copies bytes both ways.
 * <p>
 * Why: the binding's socket URL always has a path prefix ({@code /pusher} when the server's {@code ws_url} has none),
 * while soketi serves {@code /app/{key}} at its root. In the latency measurement every receiver, the binding and the
 * bare pusher-java-client alike, connects through this relay, so the hop costs them the same.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class PathPrefixRelay implements AutoCloseable {

    private static final int MAX_REQUEST_LINE = 8192;

    private final String prefix;
    private final int upstreamPort;
    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** Starts relaying {@code ws://127.0.0.1:<port><prefix>/...} to {@code 127.0.0.1:<upstreamPort>/...}. */
    PathPrefixRelay(String prefix, int upstreamPort) throws IOException {
        this.prefix = prefix;
        this.upstreamPort = upstreamPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::acceptLoop, "bench-relay-accept");
    }

    /** The URL a client connects to, with the prefix. */
    String wsUrl() {
        return "ws://127.0.0.1:" + server.getLocalPort() + prefix;
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void acceptLoop() {
        int connection = 0;
        while (!closed) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                connection++;
                daemon(() -> relay(client), "bench-relay-" + connection);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket client) {
        try {
            Socket upstream = new Socket();
            sockets.add(upstream);
            upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort), 2000);
            // small WebSocket frames must not wait for Nagle's algorithm on the extra hop
            upstream.setTcpNoDelay(true);
            client.setTcpNoDelay(true);
            String requestLine = readLine(client.getInputStream());
            OutputStream toUpstream = upstream.getOutputStream();
            toUpstream.write(requestLine.replaceFirst(" " + prefix + "/", " /").getBytes(StandardCharsets.ISO_8859_1));
            toUpstream.flush();
            daemon(() -> pump(upstream, client), Thread.currentThread().getName() + "-down");
            pump(client, upstream);
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        while (line.size() < MAX_REQUEST_LINE) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before the request line ended");
            }
            line.write(b);
            if (previous == '\r' && b == '\n') {
                break;
            }
            previous = b;
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away
        } finally {
            closeQuietly(to);
            closeQuietly(from);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        sockets.forEach(PathPrefixRelay::closeQuietly);
    }
}
