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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;

/**
 * A running connection to one VMS account as the main job's protocol mode uses it; reports to a
 * {@link org.openhab.binding.vms.internal.api.connection.VmsAccountListener}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface AccountSession {

    /** Starts connecting in the background; returns at once. */
    void start();

    /** Stops everything; idempotent. */
    void stop();

    /** The REST client of the account (logged in once ONLINE). */
    VmsRestClient rest();
}
