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
package org.openhab.binding.vms.internal.faults;

import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.types.State;

/**
 * {@code last-message} is not an event-bus event and a persistence write per socket message: a burst of 200 messages
 * gives a few updates, and the last one carries the time of the last message.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class LastMessageRateTest {

    /** The interval is 5 s; the trailing update may come that long after the burst, plus slack on a busy machine. */
    private static final Duration TRAILING_TIMEOUT = Duration.ofSeconds(15);

    @Test
    void aBurstOfMessagesGivesFewUpdatesAndTheLastTime() throws Exception {
        try (FaultBed bed = new FaultBed("last-message rate", SimulatedVms.withLoopbackPusher())) {
            bed.start();
            bed.awaitAllOnline("start");
            long before = bed.reported().updates(bed.bridgeUID(), CHANNEL_LAST_MESSAGE);
            long start = System.nanoTime();
            bed.publishAndAwait(199, "a burst");
            Instant lastPublished = Instant.now();
            bed.publishAndAwait(1, "the last message");
            long burstSeconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

            bed.await("last-message shows the time of the last message", TRAILING_TIMEOUT, () -> {
                State state = bed.lastState(bed.bridgeUID(), CHANNEL_LAST_MESSAGE);
                return state instanceof DateTimeType time && !time.getInstant().isBefore(lastPublished);
            });
            long updates = bed.reported().updates(bed.bridgeUID(), CHANNEL_LAST_MESSAGE) - before;
            // one at the start of the burst, one per 5 s of it, one trailing: not 200
            bed.check(updates <= 2 + burstSeconds / 5 + 1, updates + " updates for 200 messages in " + burstSeconds
                    + " s");
        }
    }
}
