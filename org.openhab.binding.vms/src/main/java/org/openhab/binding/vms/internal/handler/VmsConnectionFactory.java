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

import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConfig;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConnection;
import org.openhab.binding.vms.internal.api.connection.VmsAccountListener;
import org.openhab.binding.vms.internal.api.connection.VmsTokenStore;

/**
 * Creates the connection of an account bridge. The bundle always uses {@link #DEFAULT}; tests pass their own to put
 * a connection of their choice under a real bridge handler.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface VmsConnectionFactory {

    VmsConnectionFactory DEFAULT = VmsAccountConnection::new;

    VmsAccountConnection create(VmsAccountConfig config, HttpClient httpClient, VmsTokenStore tokenStore,
            ScheduledExecutorService scheduler, VmsAccountListener listener);
}
