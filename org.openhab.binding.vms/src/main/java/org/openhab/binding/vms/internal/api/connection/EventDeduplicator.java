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

    /** The history identities kept at least: more than a catch-up delivers (at most 24 h, a bounded count). */
    static final int MIN_HISTORY_CAPACITY = 10_000;

    private final Duration window;
    private final Duration rawWindow;
    private final Clock clock;
    private final AtomicLong suppressed = new AtomicLong();
    private final Map<String, Seen> seen;
    /**
     * Server identities of messages a history also keeps ({@link DedupKeys#historyIdentity}), with whether their
     * first copy came late (from a history) or live. Forgotten only when full, least recently used first.
     */
    private final Map<String, Boolean> history;

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
        int historyCapacity = Math.max(capacity, MIN_HISTORY_CAPACITY);
        this.history = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.@Nullable Entry<String, Boolean> eldest) {
                return size() > historyCapacity;
            }
        };
    }

    /** @return true when the event is new and must be delivered; false for a duplicate (counted) */
    boolean admit(VmsEvent event) {
        String identity = DedupKeys.historyIdentity(event);
        if (identity != null) {
            synchronized (this) {
                if (Boolean.TRUE.equals(history.get(identity))) {
                    suppressed.incrementAndGet(); // a history read delivered it already
                    return false;
                }
                history.put(identity, Boolean.FALSE);
            }
        }
        DedupKey key = DedupKeys.of(event);
        return key == null || admit(key);
    }

    /**
     * A message read from a history after a gap (docs/protocol.md, "Catch-up"): new unless a message with the same
     * server identity was delivered before, live or late. Messages without such an identity are never caught up.
     */
    synchronized boolean admitLate(VmsEvent event) {
        String identity = DedupKeys.historyIdentity(event);
        if (identity == null || history.containsKey(identity)) {
            suppressed.incrementAndGet();
            return false;
        }
        history.put(identity, Boolean.TRUE);
        return true;
    }

    /** A late message {@link #admitLate admitted} but not delivered (the listener's queue was full): new again. */
    synchronized void forgetLate(VmsEvent event) {
        String identity = DedupKeys.historyIdentity(event);
        if (identity != null) {
            history.remove(identity, Boolean.TRUE);
        }
    }

    /** Identities delivered before a restart (kept with the catch-up mark): their history copies are not new. */
    synchronized void remember(Iterable<String> identities) {
        identities.forEach(identity -> history.putIfAbsent(identity, Boolean.FALSE));
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
