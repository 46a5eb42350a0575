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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.simulator.soketi.SoketiExtension;
import org.openhab.binding.vms.simulator.soketi.SoketiServer;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.SoketiPusherBackend;

/**
 * The Pusher server crashes and comes back, ten times in a row: soketi is killed (SIGKILL: the TCP connection drops
 * without a close frame) and started again on the same port. After each restart the bridge must be ONLINE again
 * with both channels subscribed and the account re-read, every numbered message published while it was ONLINE must
 * have fired once, and no login may be spent (the session outlives the socket).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class FaultSoketiRestartTest {

    @RegisterExtension
    static final SoketiExtension SOKETI = new SoketiExtension("vms-faults-restart", "vms-faults-restart-key",
            "vms-faults-restart-secret");

    private static final int RESTARTS = 10;
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void soketiKilledAndRestartedTenTimesInARow() throws Exception {
        SoketiServer soketi = SOKETI.server();
        try (FaultBed bed = new FaultBed("soketi killed and restarted 10 times in a row",
                new SimulatedVms(SoketiPusherBackend.sharing(soketi)))) {
            bed.start();
            bed.awaitAllOnline("start");
            bed.publishAndAwait(10, "before the first kill");
            List<Long> afterStart = new ArrayList<>();
            List<Long> afterKill = new ArrayList<>();
            for (int restart = 1; restart <= RESTARTS; restart++) {
                String round = "restart " + restart + " of " + RESTARTS;
                FaultBed.ResyncMark resync = bed.resyncMark();
                long killed = System.nanoTime();
                soketi.kill();
                bed.await(round + ": the drop is noticed", RECOVERY_TIMEOUT, () -> bed.offlineAfter(killed) > 0);
                bed.publishWhilePusherIsDown(2); // in the server's history only: caught up after the reconnect
                soketi.start(); // returns once soketi serves again
                long up = System.nanoTime();
                long online = bed.awaitBackOnline(killed, round, RECOVERY_TIMEOUT);
                afterStart.add(Math.max(0, online - up));
                afterKill.add(online - killed);
                bed.publishAndAwait(6, "after " + round);
                bed.awaitResyncSince(resync, round);
            }
            bed.check(bed.reconnects() == RESTARTS, "one reconnect per restart, not " + bed.reconnects());
            bed.check(bed.loginRequests() == 1, "no login beyond the first");
            Collections.sort(afterStart);
            Collections.sort(afterKill);
            ReliabilityReport.record(bed.row(101, "soketi", "median " + FaultBed.duration(median(afterStart))
                    + ", max " + FaultBed.duration(afterStart.get(afterStart.size() - 1)) + " after soketi is up",
                    "SIGKILL, same port; kill to ONLINE (incl. soketi start) max "
                            + FaultBed.duration(afterKill.get(afterKill.size() - 1))
                            + "; re-read after each; no login"));
        }
    }

    private static long median(List<Long> sorted) {
        return sorted.get(sorted.size() / 2);
    }
}
