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
package org.openhab.binding.vms.internal.testsupport;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.simulator.runtime.ThingManagerListener;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

/**
 * What the handlers report, counted in bounded memory for the tests that make them report hundreds of thousands of
 * times (fault scenarios, fuzzing), where a record of every call would itself be a leak: per channel the last state,
 * the number of updates, the last trigger and the triggers per payload; per Thing the last
 * {@value #HISTORY_KEPT} status changes with the time they arrived.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class CallbackTally implements ThingManagerListener {

    /** A status a Thing changed to, with the time it arrived. */
    public record StatusAt(long nanos, ThingStatusInfo info) {
        @Override
        public String toString() {
            return info.getStatus() + "/" + info.getStatusDetail()
                    + (info.getDescription() == null ? "" : " (" + info.getDescription() + ")");
        }
    }

    static final int HISTORY_KEPT = 200;

    private final Map<ChannelUID, State> lastStates = new ConcurrentHashMap<>();
    private final Map<ChannelUID, AtomicLong> updateCounts = new ConcurrentHashMap<>();
    private final Map<ChannelUID, String> lastTriggers = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> triggersByPayload = new ConcurrentHashMap<>();
    private final AtomicLong stateUpdates = new AtomicLong();
    private final AtomicLong triggers = new AtomicLong();
    private final Map<ThingUID, Deque<StatusAt>> histories = new ConcurrentHashMap<>();

    @Override
    public void stateUpdated(ChannelUID channel, State state) {
        stateUpdates.incrementAndGet();
        lastStates.put(channel, state);
        updateCounts.computeIfAbsent(channel, unused -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void channelTriggered(Thing thing, ChannelUID channel, String event) {
        triggers.incrementAndGet();
        lastTriggers.put(channel, event);
        triggersByPayload.computeIfAbsent(channel + "=" + event, unused -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void statusUpdated(Thing thing, ThingStatusInfo previous, ThingStatusInfo current) {
        if (previous.equals(current)) {
            return;
        }
        Deque<StatusAt> history = histories.computeIfAbsent(thing.getUID(), unused -> new ArrayDeque<>());
        synchronized (history) {
            history.addLast(new StatusAt(System.nanoTime(), current));
            if (history.size() > HISTORY_KEPT) {
                history.removeFirst();
            }
        }
    }

    public @Nullable State lastState(ThingUID thing, String channelId) {
        return lastStates.get(new ChannelUID(thing, channelId));
    }

    /** How often the channel's state was updated. */
    public long updates(ThingUID thing, String channelId) {
        AtomicLong count = updateCounts.get(new ChannelUID(thing, channelId));
        return count == null ? 0 : count.get();
    }

    /** State updates of every channel. */
    public long stateUpdates() {
        return stateUpdates.get();
    }

    public @Nullable String lastTrigger(ThingUID thing, String channelId) {
        return lastTriggers.get(new ChannelUID(thing, channelId));
    }

    /** How often the channel fired with this payload. */
    public long triggers(ThingUID thing, String channelId, String payload) {
        AtomicLong count = triggersByPayload.get(new ChannelUID(thing, channelId) + "=" + payload);
        return count == null ? 0 : count.get();
    }

    /** Triggers of every channel. */
    public long triggerCount() {
        return triggers.get();
    }

    /** The Thing's last status changes, oldest first. */
    public List<StatusAt> statusHistory(ThingUID thing) {
        Deque<StatusAt> history = histories.get(thing);
        if (history == null) {
            return List.of();
        }
        synchronized (history) {
            return List.copyOf(history);
        }
    }
}
