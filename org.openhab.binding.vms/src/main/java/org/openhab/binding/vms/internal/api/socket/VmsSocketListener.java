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
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsUnknownMessage;

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
     * A connection-level problem: a close we did not ask for, {@code pusher:error}, a refused or failed channel
     * authorisation, a pong time-out. Reported before the state change it may cause.
     *
     * @param failure what failed, with its code and cause; its message is safe to log (never contains tokens or
     *            signatures)
     */
    void failed(VmsSocketFailure failure);

    /** A decoded VMS message (app or intercom event); what could not be decoded is counted, never delivered. */
    void event(VmsEvent event);

    /**
     * A message of a type the decoder does not know, within {@link VmsUnknownMessage#MAX_JSON_CHARS}; it is counted
     * as dropped too.
     */
    void unknownMessage(VmsUnknownMessage message);
}
