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
package org.openhab.binding.vms.internal.handler;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.event.VmsMessageJson;

/**
 * One of the last messages a bridge received, for the console's {@code events}: what the decoder made of it and its
 * JSON, which is shown only without door codes ({@link #redactedJson()}).
 *
 * @param received when the bridge got it
 * @param kind the decoded kind, e.g. {@code FAVORITE_ADDED}, or {@link #UNKNOWN} for a type the binding does not know
 * @param wireType the {@code type} as received, when there was one
 * @param json the inner JSON as received (text only); never show it unredacted
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsRecentMessage(Instant received, String kind, @Nullable String wireType, VmsMessageJson json) {

    /** The kind of a message whose type the binding does not know. */
    public static final String UNKNOWN = "UNKNOWN";

    /** The JSON without door codes, written anew on every call. */
    public String redactedJson() {
        return json.redacted();
    }
}
