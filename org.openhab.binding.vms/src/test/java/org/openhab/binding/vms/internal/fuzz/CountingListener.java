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
package org.openhab.binding.vms.internal.fuzz;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.connection.VmsAccountListener;
import org.openhab.binding.vms.internal.api.connection.VmsAccountStatus;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsUnknownMessage;
import org.openhab.binding.vms.internal.api.socket.VmsConnectionState;

/**
 * Passes everything on to the real listener (the bridge handler) and counts the events it was given: with the
 * connection's dropped and suppressed counts, that accounts for every frame the server sent.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class CountingListener implements VmsAccountListener {

    private final VmsAccountListener delegate;
    private final AtomicLong events;

    CountingListener(VmsAccountListener delegate, AtomicLong events) {
        this.delegate = delegate;
        this.events = events;
    }

    @Override
    public void statusChanged(VmsAccountStatus status, @Nullable VmsApiException problem) {
        delegate.statusChanged(status, problem);
    }

    @Override
    public void socketStateChanged(VmsConnectionState state) {
        delegate.socketStateChanged(state);
    }

    @Override
    public void resyncNeeded() {
        delegate.resyncNeeded();
    }

    @Override
    public void event(VmsEvent event) {
        events.incrementAndGet();
        delegate.event(event);
    }

    @Override
    public void unknownMessage(VmsUnknownMessage message) {
        delegate.unknownMessage(message);
    }
}
