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
package org.openhab.binding.vms.internal.api.socket;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * State of the socket connection as the rest of the binding sees it.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public enum VmsConnectionState {
    DISCONNECTED,
    CONNECTING,
    /** {@code pusher:connection_established} received; channels not (all) subscribed yet. */
    CONNECTED,
    /** Connected and both private channels subscribed: events flow. */
    SUBSCRIBED,
    RECONNECTING,
    DISCONNECTING
}
