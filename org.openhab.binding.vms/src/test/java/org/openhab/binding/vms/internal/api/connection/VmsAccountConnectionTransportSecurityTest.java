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

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import javax.net.ssl.SSLContext;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.connection.RecordingAccountListener.StatusChange;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException.Problem;
import org.openhab.binding.vms.internal.api.tls.VmsTrustedCertificates;
import org.openhab.binding.vms.simulator.http.RecordedRequest;
import org.openhab.binding.vms.simulator.pusher.LoopbackPusherServer;
import org.openhab.binding.vms.simulator.pusher.PusherServerConnection;
import org.openhab.binding.vms.simulator.pusher.PusherServerSettings;
import org.openhab.binding.vms.simulator.pusher.ReceivedFrame;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.tls.TestCertificates;
import org.openhab.binding.vms.simulator.vms.LoopbackPusherBackend;
import org.openhab.binding.vms.simulator.vms.RecordingPusherBackend;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.core.test.java.JavaTest;

/**
 * The connection's transport security against the simulated VMS on loopback, over plain and TLS transports: plain
 * {@code http}/{@code ws} only when allowed, refused before anything is sent; TLS with the trusted certificate
 * online on REST and socket; a socket certificate the socket does not trust retried as a certificate problem; and,
 * with the socket server on another host than the REST server, that host never sees the token.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsAccountConnectionTransportSecurityTest extends JavaTest {

    private static final String LOOPBACK_PEM = TestCertificates.loopbackCertificatePem();

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2);
    private final InMemoryTokenStore tokenStore = new InMemoryTokenStore();
    private final RecordingAccountListener listener = new RecordingAccountListener();
    @RegisterExtension
    final TestResources resources = new TestResources();

    // ---------------------------------------------------------------- plain http and ws

    @Test
    void aPlainHttpServerIsRefusedBeforeTheFirstRequest() throws Exception {
        SimulatedVms vms = vms(plainPusher(), null);

        start(config(vms.baseUrl(), null, false, null), plainClient());

        assertFailed(Problem.PLAIN_HTTP);
        assertEquals(List.of(), vms.requests(), "not even the login was sent");
    }

    @Test
    void aPlainHttpServerIsUsedWhenAllowed() throws Exception {
        SimulatedVms vms = vms(plainPusher(), null);

        VmsAccountConnection connection = start(config(vms.baseUrl(), null, true, null), plainClient());

        waitForAssert(() -> assertEquals(VmsAccountStatus.ONLINE, connection.getStatus()));
    }

    @Test
    void aPlainSocketReportedByTheServerIsRefusedBeforeItOpens() throws Exception {
        LoopbackPusherBackend pusher = plainPusher();
        SimulatedVms vms = vms(pusher, TestCertificates.loopbackServer());

        start(config(vms.baseUrl(), null, false, LOOPBACK_PEM), trustingClient());

        VmsApiException problem = assertFailed(Problem.PLAIN_SOCKET);
        assertTrue(problem.getMessage().contains("socket URL the server reported"), problem.getMessage());
        assertEquals(1, vms.requests("GET", "wsurl").size(), "the login and the socket settings went over https");
        assertEquals(List.of(), pusher.server().allConnections(), "the socket was not opened");
    }

    @Test
    void aPlainSocketUrlOverrideIsRefusedBeforeItOpens() throws Exception {
        LoopbackPusherBackend tlsPusher = tlsPusher(TestCertificates.loopbackServer());
        LoopbackPusherBackend plain = plainPusher();
        SimulatedVms vms = vms(tlsPusher, TestCertificates.loopbackServer());

        start(config(vms.baseUrl(), plain.wsUrl(), false, LOOPBACK_PEM), trustingClient());

        VmsApiException problem = assertFailed(Problem.PLAIN_SOCKET);
        assertTrue(problem.getMessage().contains("configured socket URL"), problem.getMessage());
        assertEquals(List.of(), plain.server().allConnections());
        assertEquals(List.of(), tlsPusher.server().allConnections());
    }

    // ---------------------------------------------------------------- TLS

    @Test
    void withTheTrustedCertificateRestAndSocketGoOnlineOverTls() throws Exception {
        LoopbackPusherBackend pusher = tlsPusher(TestCertificates.loopbackServer());
        SimulatedVms vms = vms(pusher, TestCertificates.loopbackServer());
        assertTrue(vms.baseUrl().startsWith("https://") && pusher.wsUrl().startsWith("wss://"));

        VmsAccountConnection connection = start(config(vms.baseUrl(), null, false, LOOPBACK_PEM), trustingClient());

        waitForAssert(() -> assertEquals(VmsAccountStatus.ONLINE, connection.getStatus(),
                () -> String.valueOf(listener.statuses)));
        assertEquals(1, pusher.server().connectionCount());
    }

    @Test
    void aSocketCertificateTheSocketDoesNotTrustIsRetriedAsACertificateProblem() throws Exception {
        // REST trusts the server (its HTTP client was built so); the configuration trusts nothing extra, so the
        // socket checks the self-signed certificate against the JVM's CAs only
        LoopbackPusherBackend pusher = tlsPusher(TestCertificates.loopbackServer());
        SimulatedVms vms = vms(pusher, TestCertificates.loopbackServer());

        start(config(vms.baseUrl(), null, false, null), trustingClient());

        waitForAssert(() -> {
            StatusChange last = listener.lastStatus();
            assertNotNull(last);
            assertEquals(VmsAccountStatus.RECONNECTING, last.status());
            VmsTransportSecurityException problem = assertInstanceOf(VmsTransportSecurityException.class,
                    last.problem());
            assertEquals(Problem.UNTRUSTED_CERTIFICATE, problem.getProblem(), problem.getMessage());
        });
        assertEquals(List.of(), pusher.server().allConnections(), "no WebSocket was opened");
        assertEquals(List.of(), vms.requests("POST", "broadcasting/auth"), "no channel was authorised");
    }

    @Test
    void aSocketCertificateForAnotherHostNameIsRefusedThoughTrusted() throws Exception {
        LoopbackPusherBackend pusher = tlsPusher(TestCertificates.wrongHostServer());
        SimulatedVms vms = vms(pusher, TestCertificates.loopbackServer());

        start(config(vms.baseUrl(), null, false, LOOPBACK_PEM + "\n" + TestCertificates.wrongHostCertificatePem()),
                trustingClient());

        waitForAssert(() -> {
            StatusChange last = listener.lastStatus();
            assertNotNull(last);
            VmsTransportSecurityException problem = assertInstanceOf(VmsTransportSecurityException.class,
                    last.problem());
            assertEquals(Problem.HOST_NAME_MISMATCH, problem.getProblem(), problem.getMessage());
        });
        assertEquals(List.of(), pusher.server().allConnections());
    }

    // ---------------------------------------------------------------- what goes where

    @Test
    void aSocketServerOnAnotherHostNeverSeesTheToken() throws Exception {
        LoopbackPusherServer otherHost = new LoopbackPusherServer(
                PusherServerSettings.push1st(RecordingPusherBackend.EXAMPLE_APP_KEY,
                        RecordingPusherBackend.EXAMPLE_APP_SECRET),
                null, InetAddress.getByName("127.0.0.2"));
        LoopbackPusherBackend pusher = LoopbackPusherBackend.owning(otherHost);
        SimulatedVms vms = vms(pusher, null);
        assertTrue(pusher.wsUrl().startsWith("ws://127.0.0.2:"), pusher.wsUrl());

        VmsAccountConnection connection = start(config(vms.baseUrl(), null, true, null), plainClient());
        waitForAssert(() -> assertEquals(VmsAccountStatus.ONLINE, connection.getStatus()));

        String token = tokenStore.load();
        assertNotNull(token);
        // the REST server (the base URL) got the token with every call, the channel authorisations included
        List<RecordedRequest> auths = vms.requests("POST", "broadcasting/auth");
        assertEquals(2, auths.size(), "both channels");
        for (RecordedRequest auth : auths) {
            assertEquals("Bearer " + token, auth.header("Authorization"));
        }
        // the socket server on the other host: neither in the upgrade request nor in any frame
        PusherServerConnection socket = otherHost.allConnections().get(0);
        assertFalse(socket.handshakeHeaders().containsKey("authorization"), socket.handshakeHeaders()::toString);
        assertFalse(socket.handshakeHeaders().containsKey("cookie"), socket.handshakeHeaders()::toString);
        assertFalse(socket.handshakeHeaders().toString().contains(token));
        assertFalse(socket.resource().contains(token), socket.resource());
        for (ReceivedFrame frame : otherHost.receivedFrames()) {
            assertFalse(frame.text().contains(token), frame::text);
            assertFalse(frame.text().contains(SimulatedVms.DEFAULT_PASSWORD));
        }
        assertTrue(otherHost.receivedFrames().stream().anyMatch(f -> f.text().contains("pusher:subscribe")));
    }

    // ----------------------------------------------------------------

    private VmsApiException assertFailed(Problem expected) {
        waitForAssert(() -> {
            StatusChange last = listener.lastStatus();
            assertNotNull(last);
            assertEquals(VmsAccountStatus.FAILED, last.status());
        });
        StatusChange last = listener.lastStatus();
        assertNotNull(last);
        VmsTransportSecurityException problem = assertInstanceOf(VmsTransportSecurityException.class,
                last.problem());
        assertEquals(expected, problem.getProblem(), problem.getMessage());
        return problem;
    }

    private VmsAccountConfig config(String baseUrl, @Nullable String socketUrl, boolean allowPlainHttp,
            @Nullable String trustedCertificate) {
        return new VmsAccountConfig(baseUrl, SimulatedVms.DEFAULT_LOGIN, SimulatedVms.DEFAULT_PASSWORD, null, "en",
                socketUrl, null, Duration.ofSeconds(3), "vms:account:transport", allowPlainHttp,
                trustedCertificate);
    }

    private VmsAccountConnection start(VmsAccountConfig config, HttpClient httpClient) {
        VmsConnectionPolicy policy = VmsConnectionPolicy.defaults()
                .withBackoff(Duration.ofMillis(400), Duration.ofMillis(10)).withRandom(() -> 0.5)
                .withClock(new MutableClock(Instant.parse("2025-01-01T00:00:00Z")))
                .withConnectTimeout(Duration.ofSeconds(10));
        VmsAccountConnection connection = new VmsAccountConnection(config, httpClient, tokenStore, scheduler,
                listener, policy);
        resources.add(scheduler::shutdownNow);
        resources.add(connection::stop); // stopped first, then its scheduler
        connection.start();
        return connection;
    }

    private SimulatedVms vms(LoopbackPusherBackend pusher, @Nullable SSLContext tls) throws Exception {
        return resources.add(new SimulatedVms(pusher, tls));
    }

    private LoopbackPusherBackend plainPusher() throws Exception {
        LoopbackPusherBackend backend = LoopbackPusherBackend.start();
        resources.add(backend);
        return backend;
    }

    private LoopbackPusherBackend tlsPusher(SSLContext tls) throws Exception {
        LoopbackPusherBackend backend = LoopbackPusherBackend.owning(new LoopbackPusherServer(
                PusherServerSettings.push1st(RecordingPusherBackend.EXAMPLE_APP_KEY,
                        RecordingPusherBackend.EXAMPLE_APP_SECRET),
                tls));
        resources.add(backend);
        return backend;
    }

    /** Like openHAB's shared client: verifies against the JVM's CAs. */
    private HttpClient plainClient() throws Exception {
        return started(new HttpClient(new SslContextFactory.Client()));
    }

    /** Like the bridge's own client for a trusted certificate. */
    private HttpClient trustingClient() throws Exception {
        return started(new HttpClient(VmsTrustedCertificates.parse(LOOPBACK_PEM).sslContextFactory()));
    }

    private HttpClient started(HttpClient client) throws Exception {
        client.start();
        resources.add(client::stop);
        return client;
    }
}
