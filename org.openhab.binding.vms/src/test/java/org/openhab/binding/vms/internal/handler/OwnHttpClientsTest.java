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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConfig;
import org.openhab.binding.vms.internal.api.connection.VmsEndpointPolicy;
import org.openhab.binding.vms.internal.api.tls.VmsTrustedCertificates;
import org.openhab.binding.vms.simulator.tls.TestCertificates;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;

/**
 * The bridge's own HTTP clients: created from the endpoint policy's trust by openHAB's factory and started, or the
 * status that says why not; stopped later on the scheduler, or at once when the scheduler is gone.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class OwnHttpClientsTest {

    private static final ThingUID BRIDGE = new ThingUID("vms", "account", "home");

    /** What the factory was asked for, and the clients it made. */
    private final List<String> consumerNames = new CopyOnWriteArrayList<>();
    private final List<SslContextFactory.Client> tlsSettings = new CopyOnWriteArrayList<>();
    private final List<HttpClient> made = new CopyOnWriteArrayList<>();
    /** Jobs handed to the scheduler, run by the test. */
    private final List<Runnable> scheduled = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (HttpClient client : made) {
            client.stop();
        }
    }

    @Test
    void aClientTrustingTheConfiguredCertificateIsCreatedAndStarted() throws Exception {
        HttpClient client = clients(this::jetty, scheduled::add)
                .start(endpoints(TestCertificates.loopbackCertificatePem()));

        assertTrue(client.isStarted());
        assertEquals(List.of("vms-home"), consumerNames);
        SslContextFactory.Client tls = tlsSettings.get(0);
        assertEquals(VmsTrustedCertificates.ENDPOINT_IDENTIFICATION, tls.getEndpointIdentificationAlgorithm());
        assertFalse(tls.isTrustAll());
    }

    @Test
    void anUnusableCertificateIsAConfigurationErrorAndNoClientIsMade() {
        OwnHttpClients.SetupFailure failure = assertThrows(OwnHttpClients.SetupFailure.class,
                () -> clients(this::jetty, scheduled::add).start(endpoints("-----BEGIN CERTIFICATE-----x")));

        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, failure.detail);
        assertEquals(VmsStatusText.INVALID_TRUSTED_CERTIFICATE, failure.statusText);
        assertEquals(List.of(), consumerNames);
    }

    @Test
    void aClientTheFactoryRefusesIsAnInitialisationError() {
        OwnHttpClients.SetupFailure failure = assertThrows(OwnHttpClients.SetupFailure.class,
                () -> clients((name, tls) -> {
                    throw new IllegalArgumentException("consumerName invalid");
                }, scheduled::add).start(endpoints(TestCertificates.loopbackCertificatePem())));

        assertEquals(ThingStatusDetail.HANDLER_INITIALIZING_ERROR, failure.detail);
        assertEquals(VmsStatusText.HTTP_CLIENT_FAILED, failure.statusText);
    }

    @Test
    void aClientThatCannotStartIsStoppedAgain() {
        OwnHttpClients.SetupFailure failure = assertThrows(OwnHttpClients.SetupFailure.class,
                () -> clients((name, tls) -> {
                    HttpClient client = new HttpClient(tls) {
                        @Override
                        protected void doStart() throws Exception {
                            throw new IllegalStateException("no threads today");
                        }
                    };
                    made.add(client);
                    return client;
                }, scheduled::add).start(endpoints(TestCertificates.loopbackCertificatePem())));

        assertEquals(VmsStatusText.HTTP_CLIENT_FAILED, failure.statusText);
        assertFalse(made.get(0).isRunning());
    }

    @Test
    void stopLaterStopsOnTheSchedulerNotOnTheCallersThread() throws Exception {
        OwnHttpClients clients = clients(this::jetty, scheduled::add);
        HttpClient client = clients.start(endpoints(TestCertificates.loopbackCertificatePem()));

        clients.stopLater(client);

        assertTrue(client.isStarted(), "not stopped on the caller's thread");
        assertEquals(1, scheduled.size());
        scheduled.get(0).run();
        assertTrue(client.isStopped());
    }

    @Test
    void withTheSchedulerGoneTheClientIsStoppedAtOnce() throws Exception {
        Executor shutDown = job -> {
            throw new RejectedExecutionException("shut down");
        };
        OwnHttpClients clients = clients(this::jetty, shutDown);
        HttpClient client = clients.start(endpoints(TestCertificates.loopbackCertificatePem()));

        clients.stopLater(client);

        assertTrue(client.isStopped());
    }

    private HttpClient jetty(String consumerName, SslContextFactory.Client tls) {
        consumerNames.add(consumerName);
        tlsSettings.add(tls);
        HttpClient client = new HttpClient(tls);
        made.add(client);
        return client;
    }

    private static OwnHttpClients clients(VmsHttpClients factory, Executor scheduler) {
        return new OwnHttpClients(factory, BRIDGE, scheduler);
    }

    private static VmsEndpointPolicy endpoints(@Nullable String trustedCertificate) {
        return new VmsEndpointPolicy(new VmsAccountConfig("https://vms.example.com", "me", "secret", null, "en", null,
                null, Duration.ofMinutes(1), BRIDGE.getAsString(), false, trustedCertificate));
    }
}
