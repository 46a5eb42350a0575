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
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent;

/**
 * Receives what the socket delivers; mirrors the seed SDK's socket-manager delegate. Called from the socket's own
 * thread: implementations must hand work off and return quickly.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface VmsSocketListener {

    void connectionStateChanged(VmsConnectionState previous, VmsConnectionState current);

    /**
     * A connection-level problem: {@code pusher:error}, a close code, a failed channel authorisation.
     *
     * @param message a text safe to log (never contains tokens or signatures)
     * @param code the Pusher or WebSocket close code, when there is one
     * @param cause the underlying exception, when there is one
     */
    void error(String message, @Nullable Integer code, @Nullable Throwable cause);

    void appEvent(VmsAppEvent event);

    void intercomEvent(VmsIntercomEvent event);
}
