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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException;

/**
 * What an account connection needs to know; the bridge handler builds it from the Thing configuration.
 *
 * @param baseUrl the REST base URL, e.g. {@code https://vms.example.com}
 * @param login login name, or null when a token is configured instead
 * @param password password, or null when a token is configured instead
 * @param token a pre-obtained access token (advanced), or null
 * @param language UI language sent as the {@code hl} header
 * @param socketUrl override of the server's {@code ws_url} (advanced), or null
 * @param appKey override of the server's Pusher app key (advanced), or null
 * @param maxReconnectDelay cap of the exponential reconnect back-off; zero or negative means
 *            {@link VmsConnectionPolicy#DEFAULT_MAX_RECONNECT_DELAY}
 * @param name a short name for threads and log lines (the bridge's UID)
 * @param allowPlainHttp whether an {@code http://} base URL and a {@code ws://} socket URL may be used; when false
 *            such a connection is refused ({@link VmsTransportSecurityException}) before anything is sent
 * @param trustedCertificate PEM text of certificates trusted in addition to the JVM's CAs (a self-signed server
 *            certificate or a private CA), or null. The connection's event socket trusts them; the REST client
 *            trusts what the {@code HttpClient} given to the connection trusts, so build that client's TLS settings
 *            by the same policy ({@link VmsEndpointPolicy#restTls()})
 * @param clientName the {@code X-Client} header ({@link VmsRestConfig#isValidClientHeader(String)}; blank: default)
 * @param clientVersion the {@code X-Version} header (the same rules)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsAccountConfig(String baseUrl, @Nullable String login, @Nullable String password,
        @Nullable String token, String language, @Nullable String socketUrl, @Nullable String appKey,
        Duration maxReconnectDelay, String name, boolean allowPlainHttp, @Nullable String trustedCertificate,
        String clientName, String clientVersion) {

    public VmsAccountConfig {
        if (maxReconnectDelay.isNegative() || maxReconnectDelay.isZero()) {
            maxReconnectDelay = VmsConnectionPolicy.DEFAULT_MAX_RECONNECT_DELAY;
        }
    }

    /** As the full constructor, with the default client identification ({@link VmsRestConfig#DEFAULT_CLIENT_NAME}). */
    public VmsAccountConfig(String baseUrl, @Nullable String login, @Nullable String password, @Nullable String token,
            String language, @Nullable String socketUrl, @Nullable String appKey, Duration maxReconnectDelay,
            String name, boolean allowPlainHttp, @Nullable String trustedCertificate) {
        this(baseUrl, login, password, token, language, socketUrl, appKey, maxReconnectDelay, name, allowPlainHttp,
                trustedCertificate, VmsRestConfig.DEFAULT_CLIENT_NAME, VmsRestConfig.DEFAULT_CLIENT_VERSION);
    }

    /**
     * The configuration without the two transport-security parameters: plain {@code http}/{@code ws} is ALLOWED and
     * only the JVM's CAs are trusted. It exists for tests and the command-line tool, which run against the
     * plain-http simulator; the bridge handler always passes the user's values to the full constructor.
     */
    public VmsAccountConfig(String baseUrl, @Nullable String login, @Nullable String password, @Nullable String token,
            String language, @Nullable String socketUrl, @Nullable String appKey, Duration maxReconnectDelay,
            String name) {
        this(baseUrl, login, password, token, language, socketUrl, appKey, maxReconnectDelay, name, true, null);
    }

    public boolean hasCredentials() {
        String l = login;
        String p = password;
        return l != null && !l.isBlank() && p != null && !p.isEmpty();
    }

    @Override
    public String toString() {
        // never print secrets
        return "VmsAccountConfig[baseUrl=" + baseUrl + ", login=" + login + ", password=" + (password == null ? "none" : "***")
                + ", token=" + (token == null ? "none" : "***") + ", language=" + language + ", socketUrl=" + socketUrl
                + ", appKey=" + appKey + ", maxReconnectDelay=" + maxReconnectDelay + ", name=" + name
                + ", allowPlainHttp=" + allowPlainHttp + ", trustedCertificate="
                + (trustedCertificate == null ? "none" : "set") + ", clientName=" + clientName + ", clientVersion="
                + clientVersion + "]";
    }
}
