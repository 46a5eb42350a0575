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

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsUnknownMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the real listener on the socket's event thread, so that an exception in it can neither kill that thread
 * nor stop the frames behind it; and goes quiet once {@link #mute()}d (after the client is closed).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class SafeSocketListener implements VmsSocketListener {

    private final Logger logger = LoggerFactory.getLogger(SafeSocketListener.class);

    private final VmsSocketListener delegate;
    private final AtomicLong failures;
    private volatile boolean muted;

    SafeSocketListener(VmsSocketListener delegate, AtomicLong failures) {
        this.delegate = delegate;
        this.failures = failures;
    }

    void mute() {
        muted = true;
    }

    @Override
    public void connectionStateChanged(VmsConnectionState previous, VmsConnectionState current) {
        call("connectionStateChanged", () -> delegate.connectionStateChanged(previous, current));
    }

    @Override
    public void failed(VmsSocketFailure failure) {
        call("failed", () -> delegate.failed(failure));
    }

    @Override
    public void event(VmsEvent event) {
        call("event", () -> delegate.event(event));
    }

    @Override
    public void unknownMessage(VmsUnknownMessage message) {
        call("unknownMessage", () -> delegate.unknownMessage(message));
    }

    private void call(String method, Runnable call) {
        if (muted) {
            return;
        }
        try {
            call.run();
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            // a bug in our own handler code: keep the trace, but at debug, the socket carries on
            logger.debug("The socket listener's {} threw", method, e);
        }
    }
}
