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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.event.VmsEvent;

/**
 * Suppresses a message delivered twice (reconnect overlap, a server retry, a notification sent on both channels):
 * see {@link DedupKey} for what counts as the same. Remembers the last fingerprint per subject in a bounded LRU
 * map; the window runs from the first delivery, so a message repeated forever still passes once per window.
 * Thread-safe.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class EventDeduplicator {

    private record Seen(String fingerprint, Instant at, Duration window) {
    }

    private final Duration window;
    private final Duration rawWindow;
    private final Clock clock;
    private final AtomicLong suppressed = new AtomicLong();
    private final Map<String, Seen> seen;

    EventDeduplicator(Duration window, Duration rawWindow, int capacity, Clock clock) {
        this.window = window;
        this.rawWindow = rawWindow;
        this.clock = clock;
        this.seen = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.@Nullable Entry<String, Seen> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return true when the event is new and must be delivered; false for a duplicate (counted) */
    boolean admit(VmsEvent event) {
        DedupKey key = DedupKeys.of(event);
        return key == null || admit(key);
    }

    synchronized boolean admit(DedupKey key) {
        Instant now = clock.instant();
        Seen last = seen.get(key.subject());
        if (last != null && last.fingerprint().equals(key.fingerprint())
                && !now.isAfter(last.at().plus(last.window()))) {
            suppressed.incrementAndGet();
            return false;
        }
        seen.put(key.subject(), new Seen(key.fingerprint(), now, key.withIdentity() ? window : rawWindow));
        return true;
    }

    long suppressed() {
        return suppressed.get();
    }
}
