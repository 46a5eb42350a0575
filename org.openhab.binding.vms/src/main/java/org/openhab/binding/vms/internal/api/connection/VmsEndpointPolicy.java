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

import java.net.URI;
import java.security.GeneralSecurityException;

import javax.net.ssl.X509ExtendedTrustManager;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;
import org.openhab.binding.vms.internal.api.rest.dto.VmsWsUrl;
import org.openhab.binding.vms.internal.api.socket.VmsSocketUrl;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException.Problem;
import org.openhab.binding.vms.internal.api.tls.VmsTrustedCertificates;

/**
 * Where one account may connect to, and whom it trusts there: the one home of these rules, used by the bridge
 * handler to check a configuration before anything starts and by {@link VmsAccountConnection} on every attempt. The
 * base URL and the socket URL must be encrypted unless {@link VmsAccountConfig#allowPlainHttp()}, the socket URL is
 * the server's {@code ws_url} unless the configuration overrides it (docs/protocol.md, "Socket URL"), and REST and
 * socket trust the configured certificate besides the JVM's CAs. What breaks these rules is the configuration's
 * fault (the connection ends FAILED: retrying cannot help); a server answer that yields no usable socket URL is the
 * server's ({@link Reason#MALFORMED_RESPONSE}).
 * <p>
 * Thread-safe. The configured certificate is read once, on first use; the trust built from it reads the JVM's CA
 * file, so {@link #restTls()} and the socket's trust are for the scheduler, never for openHAB's calling thread.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsEndpointPolicy {

    /** Sent as the {@code version} query parameter of the socket URL. */
    public static final String SOCKET_CLIENT_VERSION = "1.0.0";

    /** Stand-ins for the server's {@code wsurl} answer, so that each override can be checked alone beforehand. */
    private static final String STAND_IN_WS_URL = "wss://server.invalid";
    private static final String STAND_IN_APP_KEY = "server-app-key";

    private final VmsAccountConfig config;
    private final VmsRestConfig server;
    private volatile @Nullable VmsTrustedCertificates certificates;
    private volatile @Nullable X509ExtendedTrustManager socketTrust;

    /**
     * @throws IllegalArgumentException if the configured base URL is not an absolute http(s) URL with a host
     *             ({@link VmsRestConfig#of(String)})
     */
    public VmsEndpointPolicy(VmsAccountConfig config) {
        this.config = config;
        this.server = VmsRestConfig.of(config.baseUrl());
    }

    /** The REST settings of the normalised base URL, with the default headers. */
    public VmsRestConfig server() {
        return server;
    }

    /**
     * Refuses a plain-http base URL unless allowed: the login would send the password unencrypted.
     *
     * @throws VmsTransportSecurityException {@link Problem#PLAIN_HTTP}
     */
    public void requireSecureBaseUrl() throws VmsTransportSecurityException {
        if (!"https".equalsIgnoreCase(URI.create(server.baseUrl()).getScheme()) && !config.allowPlainHttp()) {
            throw new VmsTransportSecurityException(Problem.PLAIN_HTTP, "The server URL " + server.serverName()
                    + " is not encrypted (http), and plain connections are not allowed");
        }
    }

    /**
     * Checks the configured socket URL and app key on their own, before anything starts: otherwise a bad one would
     * be found only after a login. What is not overridden comes from the server later.
     *
     * @throws VmsApiException {@link Reason#INVALID_REQUEST} if an override cannot give a usable URL
     */
    public void checkSocketOverrides() throws VmsApiException {
        if (isSet(config.socketUrl()) || isSet(config.appKey())) {
            overridden(STAND_IN_WS_URL, STAND_IN_APP_KEY);
        }
    }

    /**
     * Refuses a plain configured socket URL unless allowed (one the server reports is checked when it does).
     *
     * @throws VmsTransportSecurityException {@link Problem#PLAIN_SOCKET}
     */
    public void requireSecureSocketOverride() throws VmsTransportSecurityException {
        if (!isSet(config.socketUrl())) {
            return;
        }
        VmsSocketUrl url;
        try {
            url = overridden(STAND_IN_WS_URL, STAND_IN_APP_KEY);
        } catch (VmsApiException e) {
            return; // unusable rather than plain: checkSocketOverrides() says so
        }
        requireSecure(url);
    }

    /**
     * The configured certificates, read once; null when none are configured.
     *
     * @throws VmsTransportSecurityException {@link Problem#INVALID_TRUSTED_CERTIFICATE} if the text holds none or an
     *             unreadable one
     */
    public @Nullable VmsTrustedCertificates trustedCertificates() throws VmsTransportSecurityException {
        String pem = config.trustedCertificate();
        if (pem == null || pem.isBlank()) {
            return null;
        }
        VmsTrustedCertificates known = certificates;
        if (known != null) {
            return known;
        }
        try {
            VmsTrustedCertificates parsed = VmsTrustedCertificates.parse(pem);
            certificates = parsed;
            return parsed;
        } catch (IllegalArgumentException e) {
            throw unusableCertificate(e);
        }
    }

    /**
     * The TLS settings of a REST client that trusts the configured certificates besides the JVM's CAs, with host-name
     * verification (not started; the {@code HttpClient} starts it); null when none are configured. Reads the JVM's
     * CA file: on the scheduler.
     *
     * @throws VmsTransportSecurityException {@link Problem#INVALID_TRUSTED_CERTIFICATE} if they cannot be used
     */
    public SslContextFactory.@Nullable Client restTls() throws VmsTransportSecurityException {
        VmsTrustedCertificates trusted = trustedCertificates();
        if (trusted == null) {
            return null;
        }
        try {
            return trusted.sslContextFactory();
        } catch (GeneralSecurityException e) {
            throw unusableCertificate(e);
        }
    }

    /**
     * The socket URL: the server's answer to {@code wsurl}, with the configured socket URL and app key in its place
     * when they are set.
     *
     * @throws ConfigurationProblem if an override is unusable, or the URL is plain and that is not allowed
     * @throws VmsApiException {@link Reason#MALFORMED_RESPONSE} if the server's answer yields no usable URL
     */
    VmsSocketUrl socketUrl(VmsWsUrl answer) throws VmsApiException, ConfigurationProblem {
        VmsSocketUrl url;
        try {
            url = overridden(answer.wsUrl(), answer.appKey());
        } catch (VmsApiException e) {
            if (isSet(config.socketUrl()) || isSet(config.appKey())) {
                throw new ConfigurationProblem(e); // the user's override is unusable: retrying cannot help
            }
            throw new VmsApiException(Reason.MALFORMED_RESPONSE, e.getMessage());
        }
        try {
            requireSecure(url);
        } catch (VmsTransportSecurityException e) {
            throw new ConfigurationProblem(e);
        }
        return url;
    }

    /**
     * {@link #requireSecureBaseUrl()} for the connection, before its first request.
     *
     * @throws ConfigurationProblem if the base URL is plain and that is not allowed
     */
    void checkBaseUrl() throws ConfigurationProblem {
        try {
            requireSecureBaseUrl();
        } catch (VmsTransportSecurityException e) {
            throw new ConfigurationProblem(e);
        }
    }

    /**
     * The event socket's trust: the configured certificates and the JVM's CAs, or null for the JVM's trust alone.
     *
     * @throws ConfigurationProblem if the configured certificate cannot be used
     */
    @Nullable
    X509ExtendedTrustManager socketTrust() throws ConfigurationProblem {
        X509ExtendedTrustManager known = socketTrust;
        if (known != null) {
            return known;
        }
        try {
            VmsTrustedCertificates trusted = trustedCertificates();
            if (trusted == null) {
                return null;
            }
            X509ExtendedTrustManager built = trusted.trustManager();
            socketTrust = built;
            return built;
        } catch (VmsTransportSecurityException e) {
            throw new ConfigurationProblem(e);
        } catch (GeneralSecurityException e) {
            throw new ConfigurationProblem(unusableCertificate(e));
        }
    }

    /** The socket URL from the given server values, each replaced by the configured override when one is set. */
    private VmsSocketUrl overridden(String serverWsUrl, String serverAppKey) throws VmsApiException {
        try {
            return VmsSocketUrl.resolve(serverWsUrl, serverAppKey, config.socketUrl(), config.appKey(),
                    SOCKET_CLIENT_VERSION);
        } catch (VmsApiException e) {
            throw isSet(config.socketUrl()) || isSet(config.appKey())
                    ? new VmsApiException(Reason.INVALID_REQUEST, e.getMessage())
                    : e;
        }
    }

    private void requireSecure(VmsSocketUrl url) throws VmsTransportSecurityException {
        if (!url.isTls() && !config.allowPlainHttp()) {
            // refused before connecting: the channel subscriptions would carry their signatures unencrypted
            throw new VmsTransportSecurityException(Problem.PLAIN_SOCKET,
                    "The " + (isSet(config.socketUrl()) ? "configured socket URL" : "socket URL the server reported")
                            + " " + url.scheme() + "://" + url.host() + ":" + url.port()
                            + " is not encrypted, and plain connections are not allowed");
        }
    }

    private static VmsTransportSecurityException unusableCertificate(Exception e) {
        return new VmsTransportSecurityException(Problem.INVALID_TRUSTED_CERTIFICATE,
                "The trusted certificate cannot be used: " + e.getMessage());
    }

    private static boolean isSet(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
