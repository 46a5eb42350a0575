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
 * Turns one Pusher application frame into a typed {@link VmsEvent}. Never throws. (Contract stub: replaced by the
 * real decoder.)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsEventDecoder {

    /**
     * @param pusherEvent the frame's {@code event} name
     * @param channel the frame's {@code channel}, if any
     * @param data the frame's {@code data} string (the inner JSON), if any
     * @return the typed event; an event of kind {@link VmsEventKind#UNKNOWN} for unknown or malformed input
     */
    public VmsEvent decode(String pusherEvent, @Nullable String channel, @Nullable String data) {
        throw new UnsupportedOperationException("stub");
    }
}
