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
package org.openhab.binding.vms.internal.handler;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Whether a call of the intercom rings, and which one (docs/protocol.md, "Intercom calls"): a call stored with status
 * {@code ring} starts it; the same call stored again with another status ({@code missed}, {@code answered},
 * {@code ended}), an {@code intercom_cancel} for the intercom, a rejection, or the time-out end it.
 * <p>
 * Thread-safe. The time-out runs on the given scheduler and reports through {@code timedOut} with the call it was
 * set for, so a late time-out cannot end a newer call.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class IntercomRinging {

    /** Stands for a ringing call whose id the message did not give. */
    static final long UNKNOWN_CALL = -1;

    private final ScheduledExecutorService scheduler;
    private final LongConsumer timedOut;
    private @Nullable Long ringing; // guarded by this
    private @Nullable Future<?> timeout; // guarded by this

    /** @param timedOut gets the call id (or {@link #UNKNOWN_CALL}) whose time-out passed; on the scheduler */
    IntercomRinging(ScheduledExecutorService scheduler, LongConsumer timedOut) {
        this.scheduler = scheduler;
        this.timedOut = timedOut;
    }

    /** A call rings (again); the time-out starts over. */
    synchronized void started(@Nullable Long callId, Duration ringTimeout) {
        long id = callId == null ? UNKNOWN_CALL : callId;
        ringing = id;
        cancelTimeout();
        try {
            timeout = scheduler.schedule(() -> timedOut.accept(id), ringTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            timeout = null; // the scheduler is going away with the handler
        }
    }

    /**
     * A call ended.
     *
     * @param callId the call, or null for "whatever rings" (a cancel that names no call of ours)
     * @return whether this ended the ringing call
     */
    synchronized boolean ended(@Nullable Long callId) {
        Long current = ringing;
        if (current == null) {
            return false;
        }
        if (callId != null && current != UNKNOWN_CALL && !callId.equals(current)) {
            return false; // another call's end: the ringing one goes on
        }
        ringing = null;
        cancelTimeout();
        return true;
    }

    /** The ringing call's id; null when nothing rings or its id is not known. */
    synchronized @Nullable Long ringingCall() {
        Long current = ringing;
        return current == null || current == UNKNOWN_CALL ? null : current;
    }

    synchronized boolean isRinging() {
        return ringing != null;
    }

    /** dispose(): nothing rings any more as far as this handler knows. */
    synchronized void reset() {
        ringing = null;
        cancelTimeout();
    }

    private void cancelTimeout() {
        Future<?> job = timeout;
        if (job != null) {
            job.cancel(false);
            timeout = null;
        }
    }
}
