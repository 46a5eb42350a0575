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
 * Counters of one account connection, for channels, logs and tests.
 *
 * @param messagesReceived decoded application messages received on the socket
 * @param messagesDropped malformed or unknown messages (decoder and socket level) dropped, and events the owner's
 *            queue had no room for
 * @param duplicatesSuppressed messages delivered twice that were suppressed
 * @param reconnects socket connections made after the first
 * @param logins logins with login/password performed
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsConnectionStatistics(long messagesReceived, long messagesDropped, long duplicatesSuppressed,
        long reconnects, long logins) {
}
