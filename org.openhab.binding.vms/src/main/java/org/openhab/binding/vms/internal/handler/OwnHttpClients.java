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

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.openhab.binding.vms.internal.api.connection.VmsEndpointPolicy;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops the HTTP clients an account bridge owns because the user configured a trusted certificate
 * (openHAB's shared client trusts only the usual CAs). Both take time (the trust store reads the JVM's CA file, a
 * Jetty client starts and joins threads), so both happen on the scheduler, never in {@code initialize()} or
 * {@code dispose()}. Which client is current is the bridge's business (its lifecycle guard).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class OwnHttpClients {

    /** Why no client could be had, as the bridge's OFFLINE status. */
    static final class SetupFailure extends Exception {

        private static final long serialVersionUID = 1L;

        final ThingStatusDetail detail;
        /** The {@code @text} key of the description. */
        final String statusText;

        SetupFailure(ThingStatusDetail detail, String statusText) {
            super(statusText, null, false, false);
            this.detail = detail;
            this.statusText = statusText;
        }
    }

    private final Logger logger = LoggerFactory.getLogger(OwnHttpClients.class);

    private final VmsHttpClients factory;
    private final ThingUID thing;
    private final Executor scheduler;

    /**
     * @param factory {@code HttpClientFactory::createHttpClient} in openHAB
     * @param scheduler the bridge's scheduler, where clients are stopped
     */
    OwnHttpClients(VmsHttpClients factory, ThingUID thing, Executor scheduler) {
        this.factory = factory;
        this.thing = thing;
        this.scheduler = scheduler;
    }

    /**
     * A started client whose trust store holds the JVM's CAs and the configured certificates, with host-name
     * verification. Blocks: for the scheduler only.
     *
     * @throws SetupFailure if the certificate cannot be used, or the client cannot be created or started
     */
    HttpClient start(VmsEndpointPolicy endpoints) throws SetupFailure {
        SslContextFactory.Client tls;
        try {
            tls = endpoints.restTls();
        } catch (VmsTransportSecurityException e) {
            logger.debug("Account {}: the trusted certificate cannot be used: {}", thing, e.getMessage());
            throw new SetupFailure(ThingStatusDetail.CONFIGURATION_ERROR, VmsStatusText.INVALID_TRUSTED_CERTIFICATE);
        }
        if (tls == null) {
            throw new IllegalStateException("No trusted certificate is configured: the shared client will do");
        }
        HttpClient client;
        try {
            client = factory.create(VmsHttpClients.consumerName(thing), tls);
        } catch (RuntimeException e) {
            logger.debug("Account {}: could not create its HTTP client: {}", thing, e.toString());
            throw new SetupFailure(ThingStatusDetail.HANDLER_INITIALIZING_ERROR, VmsStatusText.HTTP_CLIENT_FAILED);
        }
        try {
            client.start();
        } catch (Exception e) {
            logger.debug("Account {}: could not start its HTTP client: {}", thing, e.toString());
            stop(client);
            throw new SetupFailure(ThingStatusDetail.HANDLER_INITIALIZING_ERROR, VmsStatusText.HTTP_CLIENT_FAILED);
        }
        return client;
    }

    /** Stops the client on the scheduler; returns at once. */
    void stopLater(HttpClient client) {
        try {
            scheduler.execute(() -> stop(client));
        } catch (RejectedExecutionException e) {
            stop(client); // the scheduler is shutting down: nothing else is waiting for this thread
        }
    }

    /** Stops the client now, waiting for its threads; a failure is only logged. */
    void stop(HttpClient client) {
        try {
            client.stop();
        } catch (Exception e) {
            logger.debug("Account {}: stopping its HTTP client failed: {}", thing, e.toString());
        }
    }
}
