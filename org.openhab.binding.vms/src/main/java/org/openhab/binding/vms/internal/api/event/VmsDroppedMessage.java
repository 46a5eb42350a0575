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
package org.openhab.binding.vms.internal.api.event;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A socket message the decoder could not turn into a {@link VmsEvent}; counted and logged (without its content),
 * never delivered as an event. One of an unknown type is still handed on as such ({@link #unknownMessage()}).
 *
 * @param envelope what is known of the message: its Pusher event name, channel, raw JSON and, when it could be read,
 *            its {@code type}
 * @param reason why it was dropped
 * @param detail a short text safe to log (never contains the payload)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsDroppedMessage(VmsEventEnvelope envelope, Reason reason, String detail) implements VmsDecodeResult {

    /** For {@link Reason#UNKNOWN_TYPE}: the message with its wire type, for rules; null for the other reasons. */
    public @Nullable VmsUnknownMessage unknownMessage() {
        String wireType = envelope.wireType();
        return reason == Reason.UNKNOWN_TYPE && wireType != null ? new VmsUnknownMessage(wireType, envelope) : null;
    }

    public enum Reason {
        /** A Pusher event name that carries no VMS message (e.g. another client's {@code client-*} event). */
        UNKNOWN_EVENT,
        /** Valid JSON in a known envelope, but a {@code type} we do not know. */
        UNKNOWN_TYPE,
        /** Missing, unparseable, too large or too deep, or in neither envelope. */
        MALFORMED
    }
}
