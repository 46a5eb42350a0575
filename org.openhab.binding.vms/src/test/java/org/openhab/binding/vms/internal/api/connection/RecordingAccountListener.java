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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventKind;
import org.openhab.binding.vms.internal.api.event.VmsUnknownMessage;
import org.openhab.binding.vms.internal.api.socket.VmsConnectionState;

/**
 * Records every listener call, in order, with the threads they came on. Optionally blocks in {@link #event} and
 * {@link #lateEvent} until released, to play a slow listener.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class RecordingAccountListener implements VmsAccountListener {

    /** One status change as the listener saw it. */
    record StatusChange(VmsAccountStatus status, @Nullable VmsApiException problem) {
    }

    final List<StatusChange> statuses = new CopyOnWriteArrayList<>();
    final List<VmsConnectionState> socketStates = new CopyOnWriteArrayList<>();
    final List<VmsEvent> events = new CopyOnWriteArrayList<>();
    final List<VmsEvent> lateEvents = new CopyOnWriteArrayList<>();
    final List<VmsUnknownMessage> unknownMessages = new CopyOnWriteArrayList<>();
    /** Every call in order, by name: "status:ONLINE", "resync", "socket:SUBSCRIBED", "event:FAVORITE_ADDED". */
    final List<String> calls = new CopyOnWriteArrayList<>();
    final Set<String> threadNames = ConcurrentHashMap.newKeySet();
    final AtomicInteger resyncs = new AtomicInteger();
    final AtomicInteger concurrentCalls = new AtomicInteger();
    volatile int maxConcurrentCalls;
    private volatile @Nullable CountDownLatch eventGate;

    @Override
    public void statusChanged(VmsAccountStatus status, @Nullable VmsApiException problem) {
        enter();
        try {
            statuses.add(new StatusChange(status, problem));
            calls.add("status:" + status);
        } finally {
            leave();
        }
    }

    @Override
    public void socketStateChanged(VmsConnectionState state) {
        enter();
        try {
            socketStates.add(state);
            calls.add("socket:" + state);
        } finally {
            leave();
        }
    }

    @Override
    public void resyncNeeded() {
        enter();
        try {
            resyncs.incrementAndGet();
            calls.add("resync");
        } finally {
            leave();
        }
    }

    @Override
    public void event(VmsEvent event) {
        recordEvent(events, "event:", event);
    }

    @Override
    public void lateEvent(VmsEvent event) {
        recordEvent(lateEvents, "late:", event);
    }

    private void recordEvent(List<VmsEvent> list, String call, VmsEvent event) {
        enter();
        try {
            CountDownLatch gate = eventGate;
            if (gate != null) {
                gate.await(30, TimeUnit.SECONDS);
            }
            list.add(event);
            calls.add(call + event.kind());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            leave();
        }
    }

    @Override
    public void unknownMessage(VmsUnknownMessage message) {
        unknownMessages.add(message);
        calls.add("unknown:" + message.wireType());
    }

    /** From now on, {@link #event} and {@link #lateEvent} block until the returned latch is counted down. */
    CountDownLatch blockEvents() {
        CountDownLatch gate = new CountDownLatch(1);
        eventGate = gate;
        return gate;
    }

    List<VmsAccountStatus> statusList() {
        List<VmsAccountStatus> list = new ArrayList<>();
        statuses.forEach(s -> list.add(s.status()));
        return list;
    }

    @Nullable
    StatusChange lastStatus() {
        List<StatusChange> copy = List.copyOf(statuses);
        return copy.isEmpty() ? null : copy.get(copy.size() - 1);
    }

    List<VmsEventKind> eventKinds() {
        List<VmsEventKind> kinds = new ArrayList<>();
        events.forEach(e -> kinds.add(e.kind()));
        return kinds;
    }

    private void enter() {
        threadNames.add(Thread.currentThread().getName());
        int now = concurrentCalls.incrementAndGet();
        if (now > maxConcurrentCalls) {
            maxConcurrentCalls = now;
        }
    }

    private void leave() {
        concurrentCalls.decrementAndGet();
    }
}
