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
package org.openhab.binding.vms.cli;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Jetty HTTP client of a run. In openHAB the binding gets it from the {@code HttpClientFactory}; here the main
 * job creates it, with TLS certificate checks on (a VMS is reached over the internet) and daemon threads, and stops
 * it at the end.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class HttpClients {

    private HttpClients() {
    }

    public static HttpClient start() throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("vms-cli-http");
        threads.setDaemon(true);
        HttpClient client = new HttpClient(new SslContextFactory.Client());
        client.setExecutor(threads);
        client.setFollowRedirects(false);
        client.start();
        return client;
    }

    /** Stops the client; problems while stopping are not worth more than a line. */
    public static void stop(HttpClient client, CliConsole console) {
        try {
            client.stop();
        } catch (Exception e) {
            console.info("could not stop the HTTP client cleanly: " + e.getClass().getSimpleName());
        }
    }
}
