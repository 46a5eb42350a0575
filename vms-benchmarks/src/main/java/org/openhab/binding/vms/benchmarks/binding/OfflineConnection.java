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
package org.openhab.binding.vms.benchmarks.binding;

import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConfig;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConnection;
import org.openhab.binding.vms.internal.api.connection.VmsAccountListener;
import org.openhab.binding.vms.internal.api.connection.VmsTokenStore;

/**
 * The real account connection with its network part switched off: {@link #start()} and {@link #stop()} do nothing.
 * For measuring what happens after a message is decoded, with the benchmark delivering the messages.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class OfflineConnection extends VmsAccountConnection {

    public OfflineConnection(VmsAccountConfig config, HttpClient httpClient, VmsTokenStore tokenStore,
            ScheduledExecutorService scheduler, VmsAccountListener listener) {
        super(config, httpClient, tokenStore, scheduler, listener);
    }

    @Override
    public void start() {
    }

    @Override
    public void stop() {
    }
}
