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
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;
import org.openhab.binding.vms.internal.api.rest.dto.VmsWsUrl;
import org.openhab.binding.vms.internal.api.socket.VmsSocketUrl;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException.Problem;
import org.openhab.binding.vms.internal.api.tls.VmsTrustedCertificates;

/**
 * Where one account may connect to, and whom it trusts there: the base URL and the socket URL must be encrypted
 * unless {@link VmsAccountConfig#allowPlainHttp()}, the socket URL is the server's {@code ws_url} unless the
 * configuration overrides it, and the socket trusts the configured certificate besides the JVM's CAs. What breaks
 * these rules is a {@link ConfigurationProblem} (retrying cannot help); a server answer that yields no usable socket
 * URL is the server's problem ({@link Reason#MALFORMED_RESPONSE}).
 * <p>
 * Thread-safe; the trust manager is built on first use (it reads the JVM's CA file: never on the caller's thread of
 * {@code start()}).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsEndpointPolicy {

    /** Sent as the {@code version} query parameter of the socket URL. */
    public static final String SOCKET_CLIENT_VERSION = "1.0.0";

    private final VmsAccountConfig config;
    private final VmsRestConfig rest;
    private volatile @Nullable X509ExtendedTrustManager socketTrust;

    VmsEndpointPolicy(VmsAccountConfig config, VmsRestConfig rest) {
        this.config = config;
        this.rest = rest;
    }

    /** Refuses a plain-http base URL unless allowed: the login would send the password unencrypted. */
    void requireSecureBaseUrl() throws ConfigurationProblem {
        String scheme = URI.create(rest.baseUrl()).getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !config.allowPlainHttp()) {
            throw new ConfigurationProblem(new VmsTransportSecurityException(Problem.PLAIN_HTTP,
                    "The server URL " + rest.serverName()
                            + " is not encrypted (http), and plain connections are not allowed"));
        }
    }

    /**
     * The socket URL: the server's answer to {@code wsurl}, with the configured socket URL and app key in its place
     * when they are set.
     *
     * @throws ConfigurationProblem if an override is unusable, or the URL is plain and that is not allowed
     * @throws VmsApiException {@link Reason#MALFORMED_RESPONSE} if the server's answer yields no usable URL
     */
    VmsSocketUrl socketUrl(VmsWsUrl server) throws VmsApiException, ConfigurationProblem {
        VmsSocketUrl url;
        try {
            url = VmsSocketUrl.resolve(server.wsUrl(), server.appKey(), config.socketUrl(), config.appKey(),
                    SOCKET_CLIENT_VERSION);
        } catch (VmsApiException e) {
            if (isSet(config.socketUrl()) || isSet(config.appKey())) {
                // the user's override is unusable: retrying cannot help
                throw new ConfigurationProblem(new VmsApiException(Reason.INVALID_REQUEST, e.getMessage()));
            }
            throw new VmsApiException(Reason.MALFORMED_RESPONSE, e.getMessage());
        }
        if (!url.isTls() && !config.allowPlainHttp()) {
            // refused before connecting: the channel subscriptions would carry their signatures unencrypted
            throw new ConfigurationProblem(new VmsTransportSecurityException(Problem.PLAIN_SOCKET,
                    "The " + (isSet(config.socketUrl()) ? "configured socket URL" : "socket URL the server reported")
                            + " " + url.scheme() + "://" + url.host() + ":" + url.port()
                            + " is not encrypted, and plain connections are not allowed"));
        }
        return url;
    }

    /**
     * The event socket's trust: the configured certificates and the JVM's CAs, or null for the JVM's trust alone.
     *
     * @throws ConfigurationProblem if the configured certificate cannot be used
     */
    @Nullable X509ExtendedTrustManager socketTrust() throws ConfigurationProblem {
        String pem = config.trustedCertificate();
        if (pem == null || pem.isBlank()) {
            return null;
        }
        X509ExtendedTrustManager known = socketTrust;
        if (known != null) {
            return known;
        }
        try {
            X509ExtendedTrustManager built = VmsTrustedCertificates.parse(pem).trustManager();
            socketTrust = built;
            return built;
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new ConfigurationProblem(new VmsTransportSecurityException(Problem.INVALID_TRUSTED_CERTIFICATE,
                    "The trusted certificate cannot be used: " + e.getMessage()));
        }
    }

    private static boolean isSet(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
