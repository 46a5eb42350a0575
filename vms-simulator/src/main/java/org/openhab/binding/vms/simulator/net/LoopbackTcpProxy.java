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
package org.openhab.binding.vms.simulator.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP proxy on loopback for network faults: {@code 127.0.0.1:}{@link #port()} forwards every connection to a
 * target port on 127.0.0.1, and {@link #cut()} stops the traffic without closing anything, as a pulled cable or a
 * NAT entry dropped silently would: no byte moves in either direction, nobody sees a FIN or RST, and new connections
 * are accepted but not forwarded (their bytes wait, like SYN retransmissions). {@link #resume()} lets the held bytes
 * flow again, as TCP's retransmissions would deliver them once the link is back; a peer that gave up meanwhile has
 * closed its side, and that close then travels on too.
 * <p>
 * Each connection uses three daemon threads (connecting, and one pump per direction); {@link #close()} closes every
 * socket, which ends them.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class LoopbackTcpProxy implements AutoCloseable {

    private static final int BUFFER_SIZE = 16 * 1024;

    private final Logger logger = LoggerFactory.getLogger(LoopbackTcpProxy.class);
    private final int targetPort;
    private final ServerSocket serverSocket;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger linkNumbers = new AtomicInteger();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong bytesForwarded = new AtomicLong();
    private final Object flow = new Object();
    // guarded by flow
    private boolean cut;
    private volatile boolean closed;

    /**
     * Starts listening on a free loopback port at once.
     *
     * @param targetPort where on 127.0.0.1 the connections go
     */
    public LoopbackTcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        Thread acceptor = new Thread(this::acceptLoop, "loopback-tcp-proxy-" + port() + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The port the proxy listens on (127.0.0.1). */
    public int port() {
        return serverSocket.getLocalPort();
    }

    public int targetPort() {
        return targetPort;
    }

    /** Stops all traffic both ways without closing any connection; new connections are held too. */
    public void cut() {
        synchronized (flow) {
            cut = true;
        }
        logger.debug("proxy {} -> {}: network cut", port(), targetPort);
    }

    /** Lets the traffic flow again, the held bytes first. */
    public void resume() {
        synchronized (flow) {
            cut = false;
            flow.notifyAll();
        }
        logger.debug("proxy {} -> {}: network back", port(), targetPort);
    }

    public boolean isCut() {
        synchronized (flow) {
            return cut;
        }
    }

    /** Connections accepted since the start. */
    public long connectionsAccepted() {
        return accepted.get();
    }

    /** Bytes passed on in either direction since the start. */
    public long bytesForwarded() {
        return bytesForwarded.get();
    }

    /** Stops listening and closes every connection (both sides); held bytes are dropped. */
    @Override
    public void close() {
        closed = true;
        synchronized (flow) {
            flow.notifyAll();
        }
        closeQuietly(serverSocket);
        sockets.forEach(LoopbackTcpProxy::closeQuietly);
        sockets.clear();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = serverSocket.accept();
            } catch (IOException e) {
                if (!closed) {
                    logger.debug("proxy {}: accept failed: {}", port(), e.getMessage());
                }
                return;
            }
            accepted.incrementAndGet();
            track(client);
            int number = linkNumbers.incrementAndGet();
            Thread linker = new Thread(() -> link(client, number), "loopback-tcp-proxy-" + port() + "-link-" + number);
            linker.setDaemon(true);
            linker.start();
        }
    }

    /** Connects the accepted socket to the target once the network is up, then pumps both ways. */
    private void link(Socket client, int number) {
        if (!awaitFlow()) {
            release(client);
            return;
        }
        Socket upstream;
        try {
            upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        } catch (IOException e) {
            // the target is down: the client sees the connection closed, as it would see it refused without us
            logger.debug("proxy {}: target {} unreachable: {}", port(), targetPort, e.getMessage());
            release(client);
            return;
        }
        track(upstream);
        AtomicInteger ended = new AtomicInteger();
        Thread back = new Thread(() -> pump(upstream, client, ended),
                "loopback-tcp-proxy-" + port() + "-down-" + number);
        back.setDaemon(true);
        back.start();
        pump(client, upstream, ended);
    }

    /**
     * Copies {@code from} to {@code to} while the network is up; holds what it read while it is cut. The second of a
     * link's two pumps to end closes both sockets.
     */
    private void pump(Socket from, Socket to, AtomicInteger ended) {
        byte[] buffer = new byte[BUFFER_SIZE];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            while (true) {
                int read = in.read(buffer);
                if (!awaitFlow()) {
                    break;
                }
                if (read < 0) {
                    to.shutdownOutput(); // pass the orderly close on
                    break;
                }
                out.write(buffer, 0, read);
                out.flush();
                bytesForwarded.addAndGet(read);
            }
        } catch (IOException e) {
            // a reset or our own close: end both sides, as a broken link does
            release(from);
            release(to);
        }
        if (ended.incrementAndGet() == 2) {
            release(from);
            release(to);
        }
    }

    /** Waits while the network is cut. @return false once the proxy is closed */
    private boolean awaitFlow() {
        synchronized (flow) {
            while (cut && !closed) {
                try {
                    flow.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return !closed;
    }

    private void track(Socket socket) {
        sockets.add(socket);
        if (closed) {
            release(socket);
        }
    }

    private void release(Socket socket) {
        sockets.remove(socket);
        closeQuietly(socket);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // closing anyway
        }
    }

    @Override
    public String toString() {
        return "proxy 127.0.0.1:" + port() + " -> 127.0.0.1:" + targetPort + (isCut() ? " (cut)" : "");
    }
}
