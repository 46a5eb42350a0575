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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.binding.vms.simulator.vms.VmsExamples;
import org.openhab.core.test.java.JavaTest;

import com.google.gson.JsonObject;

/**
 * The catch-up against a listener that cannot keep up: a history message the full listener queue refuses is read
 * again later, so every message still arrives late exactly once, in time order, and the stored mark never passes a
 * message that was not delivered.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsAccountConnectionCatchUpTest extends JavaTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static final int CALLS = 6;

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<ConnectionTestBed> bed = resources.opened(ConnectionTestBed::loopback);

    @Test
    void historyMessagesAFullListenerQueueRefusedAreReadAgainAndDeliveredOnceInOrder() {
        ConnectionTestBed b = bed.get();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            long id = 9100 + i;
            b.vms.history().record(ringingCall(id, NOW.minusSeconds(600 - 60 * i)));
            expected.add("call:" + id + ":ring");
        }
        MarkStore store = new MarkStore(NOW.minusSeconds(3600).toString());
        CountDownLatch gate = b.listener.blockEvents();
        VmsAccountConnection connection = b.connection(b.credentials(), b.policy().withEventQueueCapacity(2));
        connection.enableCatchUp(store, 200);
        connection.start();

        // one message in the listener (held), one waiting, the third refused: the catch-up stops there
        waitForAssert(() -> assertTrue(connection.getStatistics().messagesDropped() >= 1));
        String held = Objects.requireNonNull(store.mark.get(), "the mark is written when the catch-up stops");
        assertTrue(held.startsWith(NOW.minusSeconds(3600).toString()), "the mark stays where it started: " + held);
        gate.countDown();

        waitForAssert(() -> assertEquals(expected, identities(b.listener.lateEvents)));
        waitForAssert(() -> assertEquals(NOW.minusSeconds(600 - 60 * (CALLS - 1)) + "|call:" + (9100 + CALLS - 1)
                + ":ring", store.mark.get()));
        assertTrue(b.listener.events.isEmpty(), "nothing caught up looks live: " + b.listener.events);
    }

    private static List<@Nullable String> identities(List<org.openhab.binding.vms.internal.api.event.VmsEvent> events) {
        List<@Nullable String> identities = new ArrayList<>();
        events.forEach(event -> identities.add(DedupKeys.historyIdentity(event)));
        return identities;
    }

    /** The {@code data} of an {@code intercom.call.store} notification: call {@code id} rang at {@code at}. */
    private static String ringingCall(long id, Instant at) {
        JsonObject notification = VmsExamples.frame("notification.intercom.call.store").dataObject().deepCopy();
        JsonObject call = notification.getAsJsonObject("intercom_call");
        call.addProperty("id", id);
        call.addProperty("status", "ring");
        call.addProperty("created_at", at.toString());
        return notification.toString();
    }

    /** The bridge's storage of the last seen mark, in memory. */
    private static final class MarkStore implements VmsLastSeenStore {
        final AtomicReference<@Nullable String> mark;

        MarkStore(String initial) {
            mark = new AtomicReference<>(initial);
        }

        @Override
        public @Nullable String load() {
            return mark.get();
        }

        @Override
        public void store(String newMark) {
            mark.set(newMark);
        }
    }
}
