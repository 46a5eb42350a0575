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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.openhab.core.thing.ThingUID;

/**
 * Where an account bridge gets its own HTTP client when the user configured a trusted certificate (the shared client
 * of openHAB trusts only the usual CAs). In openHAB this is {@code HttpClientFactory.createHttpClient(String,
 * SslContextFactory)}; {@link #JETTY} serves tests that run handlers without openHAB's factory. The client is
 * returned unstarted; {@link OwnHttpClients} starts and stops it.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface VmsHttpClients {

    /** A plain Jetty client with the given TLS settings, for handlers created without openHAB's factory. */
    VmsHttpClients JETTY = (consumerName, sslContextFactory) -> new HttpClient(sslContextFactory);

    /** openHAB's factory accepts 4 to 20 characters of letters, digits, '-' and '_'. */
    int MAX_CONSUMER_NAME_LENGTH = 20;

    HttpClient create(String consumerName, SslContextFactory.Client sslContextFactory);

    /** {@code vms-<thing id>}, made acceptable to openHAB's factory (it names the client's threads after it). */
    static String consumerName(ThingUID thing) {
        String id = thing.getId().replaceAll("[^A-Za-z0-9_-]", "-");
        String name = "vms-" + id;
        return name.length() > MAX_CONSUMER_NAME_LENGTH ? name.substring(0, MAX_CONSUMER_NAME_LENGTH) : name;
    }
}
