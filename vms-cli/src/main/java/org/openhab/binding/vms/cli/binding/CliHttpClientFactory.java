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
package org.openhab.binding.vms.cli.binding;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http2.client.HTTP2Client;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.openhab.core.io.net.http.HttpClientFactory;

/**
 * openHAB's HTTP client factory for a headless run: the common client is the one the main job created and stops.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class CliHttpClientFactory implements HttpClientFactory {

    private final HttpClient common;

    public CliHttpClientFactory(HttpClient common) {
        this.common = common;
    }

    @Override
    public HttpClient createHttpClient(String consumerName) {
        return createHttpClient(consumerName, null);
    }

    @Override
    public HttpClient createHttpClient(String consumerName, @Nullable SslContextFactory sslContextFactory) {
        return new HttpClient(sslContextFactory != null ? sslContextFactory : new SslContextFactory.Client());
    }

    @Override
    public HttpClient getCommonHttpClient() {
        return common;
    }

    @Override
    public HTTP2Client createHttp2Client(String consumerName) {
        return createHttp2Client(consumerName, null);
    }

    /** The binding uses no HTTP/2; a new, not started client as openHAB's factory hands out, for completeness. */
    @Override
    public HTTP2Client createHttp2Client(String consumerName, @Nullable SslContextFactory sslContextFactory) {
        HTTP2Client client = new HTTP2Client();
        // Jetty 9.4's HTTP2Client takes its TLS settings as a bean
        client.addBean(sslContextFactory != null ? sslContextFactory : new SslContextFactory.Client());
        return client;
    }
}
