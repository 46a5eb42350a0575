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

/**
 * A message in a valid envelope whose {@code type} the binding does not know (docs/protocol.md, "Unknown message
 * types"): still counted as dropped, but handed on so that a rule can use a type added to the server after this
 * binding was written. Made by {@link VmsDroppedMessage#unknownMessage()}.
 *
 * @param wireType the {@code type} exactly as received
 * @param envelope where it came from and its JSON (redacted on demand, see {@link #redactedJson()})
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsUnknownMessage(String wireType, VmsEventEnvelope envelope) {

    /**
     * The largest message (characters of its inner JSON as received) that is handed on; a larger one is only
     * counted. A rule gets the whole JSON or nothing: cut JSON could not be read.
     */
    public static final int MAX_JSON_CHARS = 65_536;

    /** Whether the message is small enough to be handed on ({@link #MAX_JSON_CHARS}). */
    public boolean withinBound() {
        return envelope.rawJson().length() <= MAX_JSON_CHARS;
    }

    /** The JSON without door codes ({@link VmsJsonRedactor}), written anew on every call. */
    public String redactedJson() {
        return envelope.json().redacted();
    }

    /** Without the JSON, which may hold a door code. */
    @Override
    public String toString() {
        return "VmsUnknownMessage[wireType=" + wireType + ", envelope=" + envelope + "]";
    }
}
