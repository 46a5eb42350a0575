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
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A loopback TCP relay that removes a path prefix from the request line of each new connection and passes
 * everything else through unchanged, both ways.
 * <p>
 * Why: our socket URL always has a path prefix ({@code /pusher} when {@code ws_url} has none, as the deployed
 * ingress routes it), while soketi serves {@code /app/{key}} at the root. A close frame, a dropped connection or a
 * refused upstream (soketi restarting) reach the client as they would without the relay.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class PathPrefixRelay implements AutoCloseable {

    private static final int MAX_REQUEST_LINE = 8192;

    private final String prefix;
    private final String upstreamHost;
    private final int upstreamPort;
    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    PathPrefixRelay(String prefix, String upstreamHost, int upstreamPort) throws IOException {
        this.prefix = prefix;
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "test-relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@code ws://127.0.0.1:<relay port><prefix>}: what {@code wsurl} should answer. */
    String wsUrl() {
        return "ws://127.0.0.1:" + server.getLocalPort() + prefix;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                Thread handler = new Thread(() -> relay(client), "test-relay-" + connections.incrementAndGet());
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket client) {
        try (Socket upstream = new Socket()) {
            sockets.add(upstream);
            upstream.connect(new InetSocketAddress(upstreamHost, upstreamPort), 2000);
            InputStream fromClient = client.getInputStream();
            OutputStream toUpstream = upstream.getOutputStream();
            toUpstream.write(rewrite(readLine(fromClient)).getBytes(StandardCharsets.ISO_8859_1));
            toUpstream.flush();
            Thread back = new Thread(() -> pump(upstream, client), Thread.currentThread().getName() + "-back");
            back.setDaemon(true);
            back.start();
            pump(client, upstream);
            back.join();
        } catch (IOException e) {
            // upstream down or connection gone: the client sees its connection close
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(client);
        }
    }

    private String rewrite(String requestLine) {
        // "GET /pusher/app/key?protocol=7 HTTP/1.1\r\n" -> "GET /app/key?protocol=7 HTTP/1.1\r\n"
        String marker = " " + prefix + "/";
        return requestLine.replaceFirst(java.util.regex.Pattern.quote(marker), " /");
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
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away
        } finally {
            // pass the end on, so that the other side sees the close as it happened
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
