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
package org.openhab.binding.vms.cli.raw;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.cli.CliConsole;
import org.openhab.binding.vms.cli.RunControl;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.connection.VmsAccountListener;
import org.openhab.binding.vms.internal.api.connection.VmsAccountStatus;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventKind;
import org.openhab.binding.vms.internal.api.event.VmsUnknownMessage;
import org.openhab.binding.vms.internal.api.socket.VmsConnectionState;

/**
 * Protocol mode's listener: every event as one JSON line on stdout ({@link EventJsonLine}), status changes (with
 * their problem) and socket state changes on stderr, counts per kind for the summary. A FAILED status fails the
 * run.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class RawEventPrinter implements VmsAccountListener {

    private final CliConsole console;
    private final RunControl control;
    private final Map<VmsEventKind, Integer> counts = new EnumMap<>(VmsEventKind.class);
    private int received;
    /** Messages of types the binding does not know. */
    private int unknown;
    private boolean online;
    private boolean wasOnline;

    public RawEventPrinter(CliConsole console, RunControl control) {
        this.console = console;
        this.control = control;
    }

    @Override
    public void statusChanged(VmsAccountStatus status, @Nullable VmsApiException problem) {
        console.info("account " + status + (problem == null ? "" : ": " + describe(problem)));
        synchronized (this) {
            online = status == VmsAccountStatus.ONLINE;
            wasOnline |= online;
        }
        control.changed();
        if (status == VmsAccountStatus.FAILED) {
            control.fail(problem == null ? "connection failed" : describe(problem));
        }
    }

    @Override
    public void socketStateChanged(VmsConnectionState state) {
        console.info("socket " + state);
    }

    @Override
    public void resyncNeeded() {
        // protocol mode shows the socket only; there is no state to re-read
    }

    @Override
    public void event(VmsEvent event) {
        String line;
        try {
            line = EventJsonLine.of(event);
        } catch (RuntimeException e) {
            // a bug in the printer must cost one line, not the socket thread
            console.info("error: could not print a " + event.kind() + " event (" + e.getClass().getSimpleName() + ")");
            return;
        }
        console.result(line);
        synchronized (this) {
            received++;
            counts.merge(event.kind(), 1, Integer::sum);
        }
        control.changed();
    }

    /** A message of a type the binding does not know: a line of kind UNKNOWN, not counted as an event. */
    @Override
    public void unknownMessage(VmsUnknownMessage message) {
        String line;
        try {
            line = EventJsonLine.of(message);
        } catch (RuntimeException e) {
            console.info("error: could not print a message of an unknown type (" + e.getClass().getSimpleName() + ")");
            return;
        }
        console.result(line);
        synchronized (this) {
            unknown++;
        }
        control.changed();
    }

    /** Whether the account is ONLINE now. */
    public synchronized boolean isOnline() {
        return online;
    }

    /** Whether the account was ONLINE at some point of the run. */
    public synchronized boolean wasOnline() {
        return wasOnline;
    }

    public synchronized int received() {
        return received;
    }

    public synchronized Map<VmsEventKind, Integer> counts() {
        return new EnumMap<>(counts);
    }

    /** {@code received 39 events, 37 kinds: LOGOUT=1, ...} in the protocol's order. */
    public synchronized String summary() {
        String byKind = counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        return "received " + received + " events, " + counts.size() + " kinds"
                + (byKind.isEmpty() ? "" : ": " + byKind) + (unknown == 0 ? "" : "; " + unknown + " of unknown types");
    }

    static String describe(VmsApiException problem) {
        return problem.getMessage() + " [" + problem.getReason() + "]";
    }
}
