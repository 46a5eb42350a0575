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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The last seen mark: written at a bounded rate, read back after a restart with the identities at its time, and an
 * unfinished catch-up starts again where it started.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class CatchUpMarkTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final List<String> writes = new ArrayList<>();
    private final VmsLastSeenStore store = new VmsLastSeenStore() {
        @Override
        public @Nullable String load() {
            return writes.isEmpty() ? null : writes.get(writes.size() - 1);
        }

        @Override
        public void store(String mark) {
            writes.add(mark);
        }
    };

    @Test
    void manyMessagesGiveOneWritePerIntervalAndStopWritesTheNewest() {
        CatchUpMark mark = CatchUpMark.load(store, clock);
        for (int i = 0; i < 1000; i++) {
            mark.seen(T0.plusMillis(i), "event:" + i);
            mark.writeIfDue();
        }
        assertEquals(1, writes.size(), "one write for a burst within " + CatchUpMark.WRITE_INTERVAL);
        clock.advance(CatchUpMark.WRITE_INTERVAL);
        mark.seen(T0.plusSeconds(5), "call:7:ring");
        mark.writeIfDue();
        assertEquals(2, writes.size());
        mark.seen(T0.plusSeconds(5), "event:8");
        mark.write(); // as the connection does when it stops
        assertEquals(T0.plusSeconds(5) + "|call:7:ring,event:8", writes.get(writes.size() - 1));

        CatchUpMark restarted = CatchUpMark.load(store, clock);
        assertEquals(T0.plusSeconds(5), restarted.newest());
        assertEquals(List.of("call:7:ring", "event:8"), restarted.identities());
    }

    @Test
    void anOlderMessageNeverMovesTheMarkBack() {
        CatchUpMark mark = CatchUpMark.load(store, clock);
        mark.seen(T0.plusSeconds(10), "event:2");
        mark.seen(T0.plusSeconds(3), "event:1");
        mark.seen(null, null);
        assertEquals(T0.plusSeconds(10), mark.newest());
        assertEquals(List.of("event:2"), mark.identities());
    }

    @Test
    void withoutAMarkListeningStartsNowAndAnUnfinishedCatchUpStartsAgainWhereItStarted() {
        CatchUpMark mark = CatchUpMark.load(store, clock);
        assertNull(mark.begin(), "nothing to catch up at the very first start");
        assertEquals(T0, mark.newest());

        Instant from = mark.begin();
        assertEquals(T0, from);
        mark.seen(T0.plusSeconds(30), "event:1"); // a live message while the catch-up runs
        mark.write();
        assertEquals(T0.toString(), writes.get(writes.size() - 1), "the unfinished catch-up's start is kept");
        assertEquals(T0, mark.begin(), "the next connect starts there again");
        mark.finished();
        assertEquals(T0.plusSeconds(30), mark.begin());
    }

    @Test
    void anUnreadableMarkIsNoMark() {
        writes.add("yesterday|event:1");
        assertNull(CatchUpMark.load(store, clock).newest());
        clock.advance(Duration.ofSeconds(1));
    }
}
