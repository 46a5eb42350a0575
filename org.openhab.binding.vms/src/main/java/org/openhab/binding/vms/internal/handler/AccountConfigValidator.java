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
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConfig;
import org.openhab.binding.vms.internal.api.connection.VmsEndpointPolicy;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException;
import org.openhab.binding.vms.internal.config.VmsAccountConfiguration;

/**
 * Turns the account Thing's configuration into what the connection needs, or into the status text of its first
 * problem. The bridge runs it in {@code initialize()}, before anything starts, so that what only the user can fix is
 * shown at once and never found after a login. The endpoint rules themselves (plain http, socket overrides, the
 * trusted certificate) are {@link VmsEndpointPolicy}'s, the same the connection applies; this class orders the
 * checks and names each problem for openHAB.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class AccountConfigValidator {

    /** What the check found. */
    sealed interface Result permits Valid, Invalid {
    }

    /**
     * A configuration the connection can start with.
     *
     * @param endpoints its endpoint rules, the configured certificate already read
     */
    record Valid(VmsAccountConfig config, VmsEndpointPolicy endpoints) implements Result {
    }

    /** @param statusText the {@code @text} key of the OFFLINE/CONFIGURATION_ERROR description */
    record Invalid(String statusText) implements Result {
    }

    private AccountConfigValidator() {
    }

    /** @param name a short name for the connection's threads and log lines (the bridge's UID) */
    static Result validate(VmsAccountConfiguration configuration, String name) {
        if (configuration.baseUrl.isBlank()) {
            return new Invalid(VmsStatusText.MISSING_BASE_URL);
        }
        VmsAccountConfig config = configuration.toAccountConfig(name);
        VmsEndpointPolicy endpoints;
        try {
            endpoints = new VmsEndpointPolicy(config);
        } catch (IllegalArgumentException e) {
            return new Invalid(VmsStatusText.INVALID_BASE_URL);
        }
        if (!configuration.hasLogin() && !configuration.hasToken()) {
            return new Invalid(VmsStatusText.MISSING_CREDENTIALS);
        }
        try {
            endpoints.checkSocketOverrides();
        } catch (VmsApiException e) {
            return new Invalid(VmsStatusText.INVALID_SOCKET_OVERRIDE);
        }
        if (!configuration.hasValidClient()) {
            return new Invalid(VmsStatusText.INVALID_CLIENT);
        }
        try {
            endpoints.requireSecureBaseUrl();
            endpoints.requireSecureSocketOverride();
            endpoints.trustedCertificates();
        } catch (VmsTransportSecurityException e) {
            // the texts the connection's FAILED would show for the same problem
            return new Invalid(AccountStatusMapper.describe(e.getProblem()));
        }
        return new Valid(config, endpoints);
    }
}
