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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;

/**
 * The proxy against a loopback echo server: it forwards, a cut holds the bytes both ways without closing (the
 * reader sees silence, not an end of stream), new connections made during a cut wait, and resume delivers what
 * was held.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class LoopbackTcpProxyTest {

    /** How long a read waits to show that nothing arrives: a bounded read, not a pause. */
    private static final int SILENCE_MILLIS = 300;
    private static final int READ_MILLIS = 5_000;

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<ServerSocket> echoServer = resources.opened(LoopbackTcpProxyTest::startEchoServer);
    private final Opened<LoopbackTcpProxy> proxy = resources
            .opened(() -> new LoopbackTcpProxy(echoServer.get().getLocalPort()));

    private static ServerSocket startEchoServer() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Thread echo = new Thread(() -> echo(socket), "echo");
                    echo.setDaemon(true);
                    echo.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "echo-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    private static void echo(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            byte[] buffer = new byte[1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // the test closed the connection
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.get().port());
        socket.setSoTimeout(READ_MILLIS);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    private static String receive(Socket socket, int length) throws IOException {
        byte[] buffer = new byte[length];
        int total = 0;
        while (total < length) {
            int read = socket.getInputStream().read(buffer, total, length - total);
            if (read < 0) {
                fail("end of stream after " + total + " bytes");
            }
            total += read;
        }
        return new String(buffer, StandardCharsets.UTF_8);
    }

    private static void assertSilent(Socket socket) throws IOException {
        int timeout = socket.getSoTimeout();
        socket.setSoTimeout(SILENCE_MILLIS);
        try {
            int read = socket.getInputStream().read();
            fail("expected silence, got " + (read < 0 ? "the end of the stream" : "a byte"));
        } catch (SocketTimeoutException expected) {
            // nothing arrived, and the connection is still open
        } finally {
            socket.setSoTimeout(timeout);
        }
    }

    @Test
    void forwardsBothWays() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "hello");
            assertEquals("hello", receive(socket, 5));
        }
        assertEquals(1, proxy.get().connectionsAccepted());
    }

    @Test
    void aCutHoldsTheBytesWithoutClosingAndResumeDeliversThem() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "before");
            assertEquals("before", receive(socket, 6));
            proxy.get().cut();
            assertTrue(proxy.get().isCut());
            send(socket, "during");
            assertSilent(socket);
            proxy.get().resume();
            assertEquals("during", receive(socket, 6));
        }
    }

    @Test
    void aConnectionMadeDuringACutWaitsForTheNetwork() throws IOException {
        proxy.get().cut();
        try (Socket socket = connect()) {
            send(socket, "early");
            assertSilent(socket);
            proxy.get().resume();
            assertEquals("early", receive(socket, 5));
        }
    }

    @Test
    void closingTheProxyEndsItsConnections() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "x");
            assertEquals("x", receive(socket, 1));
            proxy.get().close();
            try {
                assertEquals(-1, socket.getInputStream().read());
            } catch (IOException reset) {
                // a reset is an end as well
            }
        }
    }
}
