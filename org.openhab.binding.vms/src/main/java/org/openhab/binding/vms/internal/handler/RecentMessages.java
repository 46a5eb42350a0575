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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The last few messages of a bridge, oldest overwritten first, for the console. Small and fixed in size (a bridge
 * may see many messages a second, and each kept one holds its JSON text); the JSON is kept as text and redacted
 * only when someone asks, so a message costs one small record here.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class RecentMessages {

    private final @Nullable VmsRecentMessage[] ring;
    /** How many were ever added; the next goes to {@code added % ring.length}. Guarded by this. */
    private long added;

    RecentMessages(int capacity) {
        ring = new @Nullable VmsRecentMessage[capacity];
    }

    synchronized void add(VmsRecentMessage message) {
        ring[(int) (added++ % ring.length)] = message;
    }

    /** The last {@code count} messages (at most the capacity), oldest first. */
    synchronized List<VmsRecentMessage> last(int count) {
        int available = (int) Math.min(added, ring.length);
        int wanted = Math.max(0, Math.min(count, available));
        List<VmsRecentMessage> result = new ArrayList<>(wanted);
        for (long i = added - wanted; i < added; i++) {
            VmsRecentMessage message = ring[(int) (i % ring.length)];
            if (message != null) {
                result.add(message);
            }
        }
        return result;
    }
}
