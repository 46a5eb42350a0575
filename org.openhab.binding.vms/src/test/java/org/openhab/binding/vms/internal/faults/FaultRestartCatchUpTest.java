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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.handler.VmsTokenStorage;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.types.State;

/**
 * An openHAB restart is a gap too: the bridge Thing is disposed (its handler and its children's go, as when openHAB
 * stops), messages are published meanwhile, and a new handler is made with the same storage. The new connection
 * reads the last seen mark the old one stored, catches up what was published in between from the server's history
 * and fires it on the late channels, exactly once; nothing published before the restart fires again.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class FaultRestartCatchUpTest {

    private static final String SERVER = "in-JVM (push1st)";

    @Test
    void eventsPublishedWhileOpenhabWasDownAreCaughtUpLateAfterTheRestart() throws Exception {
        try (FaultBed bed = new FaultBed("openHAB restart (bridge disposed, re-created with the same storage)",
                SimulatedVms.withLoopbackPusher())) {
            bed.start();
            bed.awaitAllOnline("start");
            bed.publishAndAwait(10, "before the restart");

            long stopped = System.nanoTime();
            bed.disposeBridge();
            bed.await("the bridge stopped", FaultBed.ONLINE_TIMEOUT,
                    () -> bed.bridgeStatus().getStatus() != ThingStatus.ONLINE);
            bed.check(bed.storedMark() != null, "the last seen mark is in openHAB's storage ("
                    + VmsTokenStorage.LAST_SEEN_STORAGE_NAME + ")");
            List<Long> whileDown = bed.publishDuringOutage(6);

            long restarted = System.nanoTime();
            bed.startBridge();
            bed.awaitAllOnline("after the restart");
            long online = bed.onlineAfter(restarted);
            bed.awaitCaughtUp("after the restart");
            bed.check(bed.lateTally().deliveredOf(whileDown) == whileDown.size(),
                    "every message published while down fired late: " + bed.lateTally().missing(whileDown));
            State lateTime = bed.lastState(bed.cameraUID(), CHANNEL_LATE_EVENT_TIME);
            bed.check(lateTime instanceof DateTimeType, "late-event-time set on the camera, was " + lateTime);
            bed.publishAndAwait(10, "after the restart");
            ReliabilityReport.record(bed.row(603, SERVER, FaultBed.duration(Math.max(0, online - restarted))
                    + " after re-init", "down " + FaultBed.duration(restarted - stopped)
                    + "; last seen mark kept in openHAB's storage; caught up on the late channels, nothing fired twice"));
        }
    }
}
