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
package org.openhab.core.io.net.http;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http2.client.HTTP2Client;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Stand-in for openHAB's {@code HttpClientFactory}, which hands out Jetty 9.4 {@link HttpClient}s and
 * {@link HTTP2Client}s in openHAB 4.3 and 5.x alike. The binding uses HTTP/1.1 clients only; the HTTP/2 methods are
 * here because whoever implements the factory (the CLI) must provide them.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface HttpClientFactory {

    /**
     * @param consumerName the name of the user of the client (used for its thread names)
     * @return a new, not yet started client; the caller starts and stops it
     */
    HttpClient createHttpClient(String consumerName);

    /**
     * @param consumerName the name of the user of the client (used for its thread names)
     * @param sslContextFactory the TLS settings, or {@code null} for the defaults
     * @return a new, not yet started client; the caller starts and stops it
     */
    HttpClient createHttpClient(String consumerName, @Nullable SslContextFactory sslContextFactory);

    /**
     * @return the shared, started client; it must not be stopped or reconfigured
     */
    HttpClient getCommonHttpClient();

    /**
     * @param consumerName the name of the user of the client (used for its thread names)
     * @return a new, not yet started HTTP/2 client; the caller starts and stops it
     */
    HTTP2Client createHttp2Client(String consumerName);

    /**
     * @param consumerName the name of the user of the client (used for its thread names)
     * @param sslContextFactory the TLS settings, or {@code null} for the defaults
     * @return a new, not yet started HTTP/2 client; the caller starts and stops it
     */
    HTTP2Client createHttp2Client(String consumerName, @Nullable SslContextFactory sslContextFactory);
}
