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

/**
 * The last thing that went wrong on the socket, for a reconnect policy to decide what to do next
 * (docs/protocol.md, "Close codes and errors": close codes 4000-4099 mean "do not retry unchanged", 4100-4199 "back
 * off", 4200-4299 "retry now"; an authorisation failure may mean the login is gone).
 *
 * @param kind what failed
 * @param code the WebSocket close code ({@link Kind#CLOSED}), the {@code pusher:error} code ({@link Kind#SERVER_ERROR})
 *            or the {@code status} of {@code pusher:subscription_error}, when there was one
 * @param message a text safe to log
 * @param cause the underlying exception, when there was one (for {@link Kind#AUTHORIZATION_FAILED} the
 *            authorizer's own exception)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsSocketFailure(Kind kind, @Nullable Integer code, String message, @Nullable Throwable cause) {

    public enum Kind {
        /** The WebSocket closed without us asking (server close frame, network loss, refused connection). */
        CLOSED,
        /** No answer to our ping within the pong timeout; the connection was dropped by us. */
        PONG_TIMEOUT,
        /** The server sent {@code pusher:error}. */
        SERVER_ERROR,
        /** The server refused a channel subscription with {@code pusher:subscription_error}. */
        SUBSCRIPTION_REFUSED,
        /** Our channel authorizer (the REST channel-auth call) failed. */
        AUTHORIZATION_FAILED,
        /** The handshake frame was unusable, or a transport-level error without a close. */
        PROTOCOL_ERROR
    }
}
