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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The "last seen" mark of an account (docs/protocol.md, "Catch-up"): the server time of the newest message with a
 * history that was delivered, and the identities delivered at exactly that time (so that a restart does not repeat
 * them). A catch-up that has not finished keeps its start, so that the next one starts there again.
 * <p>
 * Written to its {@link VmsLastSeenStore} at most once per {@link #WRITE_INTERVAL} while messages arrive
 * ({@link #writeIfDue()}), and at once when a catch-up ends and when the connection stops ({@link #write()}): not one
 * storage write per message. Thread-safe.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class CatchUpMark {

    static final Duration WRITE_INTERVAL = Duration.ofSeconds(10);
    /** Identities kept at the newest time: more at one instant are not expected from one account. */
    static final int MAX_IDENTITIES = 32;
    private static final String SEPARATOR = "|";

    private final VmsLastSeenStore store;
    private final Clock clock;
    private @Nullable Instant newest;
    private final Set<String> atNewest = new LinkedHashSet<>();
    /** Where the unfinished catch-up started; null when none runs or the last one finished. */
    private @Nullable Instant pendingFrom;
    private boolean dirty;
    private @Nullable Instant lastWrite;

    private CatchUpMark(VmsLastSeenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The mark as stored; a missing or unreadable one is no mark (the first start catches nothing up). */
    static CatchUpMark load(VmsLastSeenStore store, Clock clock) {
        CatchUpMark mark = new CatchUpMark(store, clock);
        String text = store.load();
        if (text != null && !text.isBlank()) {
            String[] parts = text.trim().split("\\" + SEPARATOR, 2);
            try {
                mark.newest = Instant.parse(parts[0]);
                if (parts.length > 1 && !parts[1].isBlank()) {
                    for (String identity : parts[1].split(",")) {
                        if (!identity.isBlank() && mark.atNewest.size() < MAX_IDENTITIES) {
                            mark.atNewest.add(identity.trim());
                        }
                    }
                }
            } catch (DateTimeParseException e) {
                mark.newest = null;
            }
        }
        return mark;
    }

    /** The identities delivered at the newest time, for the de-duplication after a restart. */
    synchronized List<String> identities() {
        return new ArrayList<>(atNewest);
    }

    synchronized @Nullable Instant newest() {
        return newest;
    }

    /**
     * A catch-up begins: from where it reads (the start of an unfinished one, else the newest mark), or null when
     * there is no mark yet, in which case listening starts now and nothing is caught up.
     */
    synchronized @Nullable Instant begin() {
        Instant from = pendingFrom != null ? pendingFrom : newest;
        if (from == null) {
            newest = clock.instant();
            dirty = true;
            return null;
        }
        pendingFrom = from;
        return from;
    }

    /** The catch-up delivered everything it read. */
    synchronized void finished() {
        pendingFrom = null;
        dirty = true;
    }

    /** A message with a history was delivered. */
    synchronized void seen(@Nullable Instant time, @Nullable String identity) {
        if (time == null) {
            return;
        }
        Instant current = newest;
        if (current == null || time.isAfter(current)) {
            newest = time;
            atNewest.clear();
        } else if (time.isBefore(current)) {
            return;
        }
        if (identity != null && atNewest.size() < MAX_IDENTITIES) {
            atNewest.add(identity);
        }
        dirty = true;
    }

    /** Writes if something changed and the last write is {@link #WRITE_INTERVAL} ago. */
    void writeIfDue() {
        synchronized (this) {
            Instant last = lastWrite;
            if (!dirty || (last != null && clock.instant().isBefore(last.plus(WRITE_INTERVAL)))) {
                return;
            }
        }
        write();
    }

    /** Writes now if something changed. */
    void write() {
        String text;
        synchronized (this) {
            Instant from = pendingFrom != null ? pendingFrom : newest;
            if (!dirty || from == null) {
                return;
            }
            dirty = false;
            lastWrite = clock.instant();
            text = from + (pendingFrom != null ? "" : SEPARATOR + String.join(",", atNewest));
        }
        store.store(text);
    }
}
