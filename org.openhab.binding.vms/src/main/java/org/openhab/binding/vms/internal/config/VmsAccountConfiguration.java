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
package org.openhab.binding.vms.internal.config;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConfig;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionPolicy;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;

/**
 * Configuration of the {@code account} bridge, filled by {@code getConfigAs}; the field names are the parameter
 * names of OH-INF/thing/account.xml.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsAccountConfiguration {

    public String baseUrl = "";
    public String login = "";
    public String password = "";
    public String token = "";
    public String language = VmsRestConfig.DEFAULT_LANGUAGE;
    public String socketUrl = "";
    public String appKey = "";
    /** Allows {@code http://} and {@code ws://} (advanced; off: credentials would travel unencrypted). */
    public boolean allowPlainHttp = false;
    /** PEM of the server's certificate or of its CA, trusted besides the JVM's CAs (advanced). */
    public String trustedCertificate = "";
    /** Longest wait between two reconnect attempts, in seconds (advanced); values below 1 mean the default. */
    public int maxReconnectDelay = (int) VmsConnectionPolicy.DEFAULT_MAX_RECONNECT_DELAY.toSeconds();
    /** The {@code X-Client} header (advanced): which app the server takes the binding for. */
    public String clientName = VmsRestConfig.DEFAULT_CLIENT_NAME;
    /** The {@code X-Version} header (advanced): raised when the server refuses the version as too old. */
    public String clientVersion = VmsRestConfig.DEFAULT_CLIENT_VERSION;
    /** At most this many events caught up per gap (docs/protocol.md, "Catch-up"); 0 turns catch-up off. */
    public int catchUpMaxEvents = DEFAULT_CATCH_UP_MAX_EVENTS;

    public static final int DEFAULT_CATCH_UP_MAX_EVENTS = 200;

    /** Client name and version can be sent as headers ({@link VmsRestConfig#isValidClientHeader(String)}). */
    public boolean hasValidClient() {
        return VmsRestConfig.isValidClientHeader(clientName) && VmsRestConfig.isValidClientHeader(clientVersion);
    }

    /** Login and password are both set. */
    public boolean hasLogin() {
        return !login.isBlank() && !password.isEmpty();
    }

    public boolean hasToken() {
        return !token.isBlank();
    }

    public boolean hasTrustedCertificate() {
        return !trustedCertificate.isBlank();
    }

    /**
     * What the connection needs.
     *
     * @param name a short name for threads and log lines (the bridge's UID)
     */
    public VmsAccountConfig toAccountConfig(String name) {
        return new VmsAccountConfig(baseUrl.trim(), blankToNull(login.trim()), password.isEmpty() ? null : password,
                blankToNull(token.trim()), language.isBlank() ? VmsRestConfig.DEFAULT_LANGUAGE : language.trim(),
                blankToNull(socketUrl.trim()), blankToNull(appKey.trim()), Duration.ofSeconds(maxReconnectDelay), name, allowPlainHttp,
                blankToNull(trustedCertificate.trim()), clientName.trim(), clientVersion.trim());
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }

    /** Never prints the password or the token. */
    @Override
    public String toString() {
        return "VmsAccountConfiguration[baseUrl=" + baseUrl + ", login=" + login + ", password="
                + (password.isEmpty() ? "none" : "***") + ", token=" + (token.isBlank() ? "none" : "***")
                + ", language=" + language + ", socketUrl=" + socketUrl + ", appKey=" + appKey + ", allowPlainHttp="
                + allowPlainHttp + ", trustedCertificate=" + (hasTrustedCertificate() ? "set" : "none")
                + ", clientName=" + clientName + ", clientVersion=" + clientVersion + "]";
    }
}
