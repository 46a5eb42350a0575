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
package org.openhab.binding.vms.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConnection;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionPolicy;
import org.openhab.binding.vms.simulator.pusher.LoopbackPusherServer;
import org.openhab.binding.vms.simulator.pusher.PusherServerSettings;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.tls.TestCertificates;
import org.openhab.binding.vms.simulator.vms.LoopbackPusherBackend;
import org.openhab.binding.vms.simulator.vms.RecordingPusherBackend;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.test.java.JavaTest;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * The account bridge against a simulated VMS that speaks HTTPS and {@code wss} with a self-signed certificate, as a
 * user would meet it: refused with a status that says what to do, online once the certificate is pasted into
 * {@code trustedCertificate}, and still refused when the certificate names another host. The shared client is a
 * verifying Jetty client like openHAB's; the bridge's own client comes from a mocked {@link HttpClientFactory}'s
 * {@code createHttpClient(String, SslContextFactory)}, as in openHAB.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsAccountHandlerTlsTest extends JavaTest {

    private static final long TIMEOUT_MS = 20_000;
    private static final String LOOPBACK_PEM = TestCertificates.loopbackCertificatePem();
    private static final String WRONG_HOST_PEM = TestCertificates.wrongHostCertificatePem();

    private final HttpClient commonHttpClient = new HttpClient(new SslContextFactory.Client());
    private final HttpClientFactory httpClientFactory = mock(HttpClientFactory.class);
    private final List<HttpClient> ownClients = new CopyOnWriteArrayList<>();
    private volatile @Nullable CountDownLatch stopGate;

    @RegisterExtension
    final TestResources resources = new TestResources();

    @BeforeEach
    void start() throws Exception {
        commonHttpClient.start();
        resources.add(commonHttpClient::stop);
        when(httpClientFactory.createHttpClient(anyString(), any())).thenAnswer(invocation -> {
            HttpClient client = new HttpClient((SslContextFactory) invocation.getArgument(1)) {
                @Override
                protected void doStop() throws Exception {
                    CountDownLatch gate = stopGate;
                    if (gate != null) {
                        gate.await(TIMEOUT_MS, TimeUnit.MILLISECONDS);
                    }
                    super.doStop();
                }
            };
            ownClients.add(client);
            return client;
        });
    }

    @Test
    void aSelfSignedServerIsACommunicationErrorThatSaysWhatToDo() throws Exception {
        SimulatedVms sim = sim(TestCertificates.loopbackServer(), TestCertificates.loopbackServer());
        HandlerFixture fixture = bridge(null);

        fixture.start();

        waitForBridge(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
        assertEquals(VmsStatusText.CERTIFICATE_UNTRUSTED, bridgeStatus().getDescription());
        assertEquals(List.of(), sim.requests(), "the login was not sent");
        verify(httpClientFactory, never()).createHttpClient(anyString(), any());
    }

    @Test
    void theTrustedCertificateBringsRestAndSocketOnlineOnAClientOfItsOwn() throws Exception {
        SimulatedVms sim = sim(TestCertificates.loopbackServer(), TestCertificates.loopbackServer());
        HandlerFixture fixture = bridge(LOOPBACK_PEM);

        fixture.start();

        waitForBridge(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        verify(httpClientFactory).createHttpClient(eq("vms-home"),
                argThat(tls -> tls instanceof SslContextFactory.Client client
                        && "HTTPS".equals(client.getEndpointIdentificationAlgorithm()) && !client.isTrustAll()));
        assertEquals(1, ownClients.size());
        HttpClient own = ownClients.get(0);
        assertTrue(own.isStarted());
        assertSame(own, fixture.account.ownHttpClient());
        assertEquals(1, sim.requests("POST", "token").size());

        fixture.account.dispose();
        waitForAssert(() -> assertTrue(own.isStopped()), TIMEOUT_MS, 50);
        assertNull(fixture.account.ownHttpClient());
    }

    @Test
    void aTrustedCertificateForAnotherHostNameIsStillRefused() throws Exception {
        SimulatedVms sim = sim(TestCertificates.wrongHostServer(), TestCertificates.loopbackServer());
        HandlerFixture fixture = bridge(WRONG_HOST_PEM);

        fixture.start();

        waitForBridge(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
        assertEquals(VmsStatusText.CERTIFICATE_HOST_NAME, bridgeStatus().getDescription());
        assertEquals(List.of(), sim.requests(), "the login was not sent");
    }

    @Test
    void theSocketCertificateIsCheckedToo() throws Exception {
        // REST presents the loopback certificate, the socket one issued for another host; both are trusted
        SimulatedVms sim = sim(TestCertificates.loopbackServer(), TestCertificates.wrongHostServer());
        HandlerFixture fixture = bridge(LOOPBACK_PEM + "\n" + WRONG_HOST_PEM);

        fixture.start();

        waitForBridge(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
        assertEquals(VmsStatusText.CERTIFICATE_HOST_NAME, bridgeStatus().getDescription());
        assertEquals(1, sim.requests("POST", "token").size(), "REST went through");
        assertEquals(List.of(), sim.requests("POST", "broadcasting/auth"), "no channel was authorised");
    }

    @Test
    void aPlainSocketBehindAnHttpsServerIsAConfigurationErrorUnlessAllowed() throws Exception {
        LoopbackPusherBackend plainPusher = LoopbackPusherBackend.start();
        resources.add(plainPusher);
        SimulatedVms sim = resources.add(new SimulatedVms(plainPusher, TestCertificates.loopbackServer()));
        HandlerFixture fixture = bridge(LOOPBACK_PEM);

        fixture.start();

        waitForBridge(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR);
        assertEquals(VmsStatusText.PLAIN_SOCKET, bridgeStatus().getDescription());
        assertEquals(List.of(), plainPusher.server().allConnections(), "the socket was not opened");
    }

    @Test
    void disposeDoesNotWaitForTheOwnClientToStop() throws Exception {
        sim(TestCertificates.loopbackServer(), TestCertificates.loopbackServer());
        HandlerFixture fixture = bridge(LOOPBACK_PEM);
        fixture.start();
        waitForBridge(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        CountDownLatch gate = new CountDownLatch(1);
        stopGate = gate; // the own client's stop now blocks until the gate opens
        resources.add(gate::countDown); // opened after the test, before the bridge is closed

        fixture.account.dispose(); // returns although the client cannot stop yet

        HttpClient own = ownClients.get(0);
        assertFalse(own.isStopped());
        gate.countDown();
        waitForAssert(() -> assertTrue(own.isStopped()), TIMEOUT_MS, 50);
    }

    @Test
    void aDisposeRightAfterInitializeLeavesNoClientRunning() throws Exception {
        sim(TestCertificates.loopbackServer(), TestCertificates.loopbackServer());
        HandlerFixture fixture = bridge(LOOPBACK_PEM);

        fixture.start();
        fixture.account.dispose();

        waitForAssert(() -> ownClients.forEach(c -> assertFalse(c.isRunning(), "own client running")), TIMEOUT_MS,
                50);
        assertNull(fixture.account.ownHttpClient());
        assertNull(fixture.account.restClient());
    }

    @Test
    void aClientTheFactoryRefusesLeavesTheBridgeOfflineWithAReason() throws Exception {
        SimulatedVms sim = sim(TestCertificates.loopbackServer(), TestCertificates.loopbackServer());
        when(httpClientFactory.createHttpClient(anyString(), any()))
                .thenThrow(new IllegalArgumentException("consumerName invalid"));
        HandlerFixture fixture = bridge(LOOPBACK_PEM);

        fixture.start();

        waitForBridge(ThingStatus.OFFLINE, ThingStatusDetail.HANDLER_INITIALIZING_ERROR);
        assertEquals(VmsStatusText.HTTP_CLIENT_FAILED, bridgeStatus().getDescription());
        assertEquals(List.of(), sim.requests());
    }

    // ----------------------------------------------------------------

    /** A simulated VMS whose REST API and socket speak TLS with the given server certificates. */
    private SimulatedVms sim(SSLContext restTls, SSLContext socketTls) throws Exception {
        LoopbackPusherBackend pusher = LoopbackPusherBackend.owning(new LoopbackPusherServer(
                PusherServerSettings.push1st(RecordingPusherBackend.EXAMPLE_APP_KEY,
                        RecordingPusherBackend.EXAMPLE_APP_SECRET),
                socketTls));
        return resources.add(new SimulatedVms(pusher, restTls));
    }

    private HandlerFixture bridge(@Nullable String trustedCertificate) {
        SimulatedVms sim = resources.only(SimulatedVms.class);
        Map<String, Object> config = HandlerFixture.defaultAccountConfig();
        config.put("baseUrl", sim.baseUrl());
        config.put("login", SimulatedVms.DEFAULT_LOGIN);
        config.put("password", SimulatedVms.DEFAULT_PASSWORD);
        if (trustedCertificate != null) {
            config.put("trustedCertificate", trustedCertificate);
        }
        VmsConnectionPolicy policy = VmsConnectionPolicy.defaults()
                .withBackoff(Duration.ofMillis(200), Duration.ofMillis(10)).withConnectTimeout(Duration.ofSeconds(10));
        HandlerFixture fixture = new HandlerFixture(config,
                (accountConfig, httpClient, store, scheduler, listener) -> new VmsAccountConnection(accountConfig,
                        httpClient, store, scheduler, listener, policy),
                commonHttpClient, httpClientFactory::createHttpClient);
        // closed after the test; then the bridge's own clients must have stopped too
        resources.add(() -> waitForAssert(
                () -> ownClients.forEach(c -> assertTrue(c.isStopped(), "own client stopped")), TIMEOUT_MS, 50));
        return resources.add(fixture);
    }

    private ThingStatusInfo bridgeStatus() {
        return resources.only(HandlerFixture.class).status(HandlerFixture.BRIDGE_UID);
    }

    private void waitForBridge(ThingStatus status, ThingStatusDetail detail) {
        waitForAssert(() -> {
            ThingStatusInfo info = bridgeStatus();
            assertEquals(status, info.getStatus(), info::toString);
            assertEquals(detail, info.getStatusDetail(), info::toString);
        }, TIMEOUT_MS, 50);
    }
}
