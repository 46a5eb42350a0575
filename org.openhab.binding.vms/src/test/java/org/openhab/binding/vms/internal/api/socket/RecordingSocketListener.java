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
package org.openhab.binding.vms.internal.api.socket;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent;
import org.openhab.binding.vms.internal.api.event.VmsUnknownMessage;

/**
 * Records everything a {@link VmsSocketClient} tells its listener, and on which threads.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class RecordingSocketListener implements VmsSocketListener {

    record Transition(VmsConnectionState from, VmsConnectionState to) {
    }

    final List<Transition> transitions = new CopyOnWriteArrayList<>();
    final List<VmsSocketFailure> errors = new CopyOnWriteArrayList<>();
    final List<VmsAppEvent> appEvents = new CopyOnWriteArrayList<>();
    final List<VmsIntercomEvent> intercomEvents = new CopyOnWriteArrayList<>();
    /** App and intercom events in arrival order (and each in its own list above). */
    final List<VmsEvent> events = new CopyOnWriteArrayList<>();
    final Set<String> threadNames = ConcurrentHashMap.newKeySet();
    /** States and errors in the order they were reported: {@code "SUBSCRIBED"}, {@code "error 4009"}. */
    final List<String> timeline = new CopyOnWriteArrayList<>();
    private volatile Consumer<VmsEvent> onEvent = e -> {
    };

    /** Runs {@code action} inside every event callback (e.g. to make it throw). */
    void onEvent(Consumer<VmsEvent> action) {
        onEvent = action;
    }

    @Nullable
    VmsConnectionState lastState() {
        return transitions.isEmpty() ? null : transitions.get(transitions.size() - 1).to();
    }

    List<VmsConnectionState> states() {
        return transitions.stream().map(Transition::to).toList();
    }

    @Override
    public void connectionStateChanged(VmsConnectionState previous, VmsConnectionState current) {
        threadNames.add(Thread.currentThread().getName());
        transitions.add(new Transition(previous, current));
        timeline.add(current.name());
    }

    @Override
    public void failed(VmsSocketFailure failure) {
        threadNames.add(Thread.currentThread().getName());
        errors.add(failure);
        timeline.add("error " + failure.code());
    }

    @Override
    public void event(VmsEvent event) {
        threadNames.add(Thread.currentThread().getName());
        if (event instanceof VmsIntercomEvent intercomEvent) {
            intercomEvents.add(intercomEvent);
        } else if (event instanceof VmsAppEvent appEvent) {
            appEvents.add(appEvent);
        }
        events.add(event);
        onEvent.accept(event);
    }

    /** Messages of unknown types handed on, in order. */
    final List<VmsUnknownMessage> unknownMessages = new CopyOnWriteArrayList<>();

    @Override
    public void unknownMessage(VmsUnknownMessage message) {
        unknownMessages.add(message);
    }
}
