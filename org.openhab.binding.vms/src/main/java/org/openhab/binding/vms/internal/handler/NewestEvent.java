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

/**
 * The time of the newest event a Thing's "last ..." channels show, so that an event caught up after a gap
 * (docs/protocol.md, "Catch-up") never moves them back to something older than what they already show. Live events
 * always show (they are what is happening now). Thread-safe.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class NewestEvent {

    private @Nullable Instant newest;

    /**
     * @param time when the event happened (server time), if known
     * @param late whether it was caught up from a history
     * @return whether the event's states may be shown: always for a live one, for a late one unless it is older
     *         than what is shown (or has no time)
     */
    synchronized boolean advance(@Nullable Instant time, boolean late) {
        Instant current = newest;
        if (late && (time == null || (current != null && time.isBefore(current)))) {
            return false;
        }
        if (time != null && (current == null || time.isAfter(current))) {
            newest = time;
        }
        return true;
    }

    synchronized void clear() {
        newest = null;
    }
}
