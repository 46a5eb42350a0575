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
package org.openhab.binding.vms.cli.account;

import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConfig;

/**
 * Chooses how protocol mode connects.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class AccountSessions {

    private AccountSessions() {
    }

    public static AccountSession create(VmsAccountConfig config, HttpClient httpClient,
            ScheduledExecutorService scheduler, SessionListener listener) {
        return new DirectAccountSession(config, httpClient, scheduler, listener);
    }
}
