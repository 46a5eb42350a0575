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
package org.openhab.binding.vms.benchmarks.soak;

import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Where the soak is between faults, shared by the publisher, the faults and the sampler.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class SoakPhase {

    enum State {
        /** The bridge is connected: messages published now must arrive. */
        CONNECTED,
        /** A fault or a sample is due: publishing waits until what was published has arrived. */
        HOLD,
        /** A fault is in progress: messages published now may be lost (Pusher does not replay them). */
        FAULT
    }

    private volatile State state = State.CONNECTED;
    /** Held by a fault from its hold to its recovery, and by the sampler, so samples see the steady state. */
    final ReentrantLock quiet = new ReentrantLock();

    State state() {
        return state;
    }

    void set(State newState) {
        state = newState;
    }
}
