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

import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;

/**
 * One VMS account: login (or stored token), socket settings, the Pusher socket with both private channels, and the
 * policy that keeps them alive. Free of openHAB types. (Contract stub: the connection work fills it in.)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsAccountConnection {

    /**
     * @param scheduler where all connection work runs (the bridge handler's scheduler); nothing here blocks the
     *            caller of {@link #start()} or {@link #stop()}
     */
    public VmsAccountConnection(VmsAccountConfig config, HttpClient httpClient, VmsTokenStore tokenStore,
            ScheduledExecutorService scheduler, VmsAccountListener listener) {
        throw new UnsupportedOperationException("stub");
    }

    /** Starts connecting in the background; returns at once. */
    public void start() {
    }

    /** Stops everything: socket, timers, scheduled jobs; returns without waiting for the network. Idempotent. */
    public void stop() {
    }

    /** The REST client of this account (logged in once the status is ONLINE), for commands and resync. */
    public VmsRestClient rest() {
        throw new UnsupportedOperationException("stub");
    }

    public VmsAccountStatus getStatus() {
        return VmsAccountStatus.STOPPED;
    }

    /** The last problem reported with RECONNECTING or FAILED, if any. */
    public @Nullable Exception getLastProblem() {
        return null;
    }

    public VmsConnectionStatistics getStatistics() {
        return new VmsConnectionStatistics(0, 0, 0, 0, 0);
    }
}
