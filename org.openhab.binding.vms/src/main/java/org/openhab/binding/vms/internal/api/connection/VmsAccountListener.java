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
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsUnknownMessage;
import org.openhab.binding.vms.internal.api.socket.VmsConnectionState;

/**
 * What an account connection tells its owner (the bridge handler). Calls arrive on the connection's own delivery
 * thread, one at a time and in order, never on the socket library's thread.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface VmsAccountListener {

    /**
     * @param problem why the connection is {@link VmsAccountStatus#RECONNECTING} or {@link VmsAccountStatus#FAILED};
     *            its reason and message are safe to show (no secrets)
     */
    void statusChanged(VmsAccountStatus status, @Nullable VmsApiException problem);

    /** Every socket state change (for the connection-state channel). */
    void socketStateChanged(VmsConnectionState state);

    /**
     * Called each time the account becomes ONLINE (first connect and every reconnect), after both channels are
     * subscribed: Pusher does not replay missed messages, so the owner re-reads over REST what may have changed.
     */
    void resyncNeeded();

    /** A decoded, de-duplicated socket message. */
    void event(VmsEvent event);

    /**
     * A message that happened while the account was not listening, read from the server's history after a gap
     * (docs/protocol.md, "Catch-up"); de-duplicated against the socket's messages, oldest first. It must not look
     * live. Only accounts whose catch-up is enabled get these.
     */
    default void lateEvent(VmsEvent event) {
    }

    /**
     * A socket message of a type the binding does not know (counted as dropped as well), in order with the events
     * and bounded like them.
     */
    void unknownMessage(VmsUnknownMessage message);
}
