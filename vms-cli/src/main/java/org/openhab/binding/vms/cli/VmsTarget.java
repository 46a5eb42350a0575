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

import java.io.IOException;
import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConfig;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionPolicy;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;

/**
 * The VMS a run talks to: a real one from the command line, or the embedded simulated VMS (REST server and Pusher
 * server on 127.0.0.1, the protocol examples' account), which this object starts and stops. Either way the run
 * connects through the same code, by base URL and credentials.
 *
 * @param simulator the embedded VMS, or null for a real one
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsTarget(VmsAccountConfig config, @Nullable SimulatedVms simulator) implements AutoCloseable {

    public static final String NAME = "vms-cli";

    /** Starts the simulator when there is no {@code --base-url}; registers the secrets with the console. */
    public static VmsTarget open(CliOptions options, CliConsole console) throws IOException {
        console.addSecrets(Arrays.asList(options.password(), options.token()));
        String baseUrl = options.baseUrl();
        if (baseUrl != null) {
            // typing an http:// base URL is the explicit choice of plain transport; an https:// one stays TLS-only
            boolean allowPlain = baseUrl.trim().toLowerCase(java.util.Locale.ROOT).startsWith("http://");
            return new VmsTarget(new VmsAccountConfig(baseUrl, options.login(), options.password(), options.token(),
                    options.language(), options.socketUrl(), options.appKey(),
                    VmsConnectionPolicy.DEFAULT_MAX_RECONNECT_DELAY, NAME, allowPlain, null), null);
        }
        SimulatedVms simulator = SimulatedVms.withLoopbackPusher();
        console.addSecrets(Arrays.asList(simulator.settings().password()));
        console.info("embedded simulated VMS at " + simulator.baseUrl() + " (login " + simulator.settings().login()
                + ")");
        return new VmsTarget(new VmsAccountConfig(simulator.baseUrl(), simulator.settings().login(),
                simulator.settings().password(), null, options.language(), null, null,
                VmsConnectionPolicy.DEFAULT_MAX_RECONNECT_DELAY, NAME), simulator);
    }

    /** Masks every token the simulator has issued so far (they are secrets like a real VMS's). */
    public void maskSimulatorTokens(CliConsole console) {
        SimulatedVms vms = simulator;
        if (vms != null) {
            console.addSecrets(vms.validTokens());
        }
    }

    @Override
    public void close() {
        SimulatedVms vms = simulator;
        if (vms != null) {
            vms.close();
        }
    }
}
