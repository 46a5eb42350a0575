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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Status of an account connection as a whole (login, socket and both private channels).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public enum VmsAccountStatus {
    /** Logging in / connecting for the first time. */
    STARTING,
    /** Logged in, socket connected, both private channels subscribed. */
    ONLINE,
    /** A transient problem (network, server, rate limit, socket lost): a retry is scheduled. */
    RECONNECTING,
    /** A problem only the user can fix (credentials, captcha, sessions, client too old): no retry. */
    FAILED,
    /** Stopped by {@code stop()}. */
    STOPPED
}
