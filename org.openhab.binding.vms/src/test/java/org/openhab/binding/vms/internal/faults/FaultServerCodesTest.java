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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.vms.simulator.pusher.LoopbackPusherServer;
import org.openhab.binding.vms.simulator.vms.LoopbackPusherBackend;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;

/**
 * The Pusher server ends the connection with a code (docs/protocol.md, "Close codes and errors"): {@code pusher:error}
 * 4001, 4100 or 4200 on an open socket, or a close frame with that code. 4000-4099 mean "do not reconnect with the same
 * settings": the socket settings are read again ({@code GET wsurl}) before a back-off; 4100-4199 mean back off;
 * 4200-4299 mean reconnect at once. In every case the bridge must come back ONLINE by itself without a login, both
 * channels subscribed, the account re-read, and no message delivered twice. The in-JVM Pusher server is used because
 * soketi cannot be told to send these codes.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class FaultServerCodesTest {

    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(20);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "pusher:error, 4001, 301", "pusher:error, 4100, 302", "pusher:error, 4200, 303",
            "close, 4001, 304", "close, 4100, 305", "close, 4200, 306" })
    void theBridgeComesBackAfterTheServerEndsTheConnection(String how, int code, int order) throws Exception {
        String scenario = ("close".equals(how) ? "server closes with " : "pusher:error ") + code;
        try (FaultBed bed = new FaultBed(scenario, SimulatedVms.withLoopbackPusher())) {
            LoopbackPusherServer pusher = ((LoopbackPusherBackend) bed.sim().backend()).server();
            bed.start();
            bed.awaitAllOnline("start");
            bed.publishAndAwait(10, "before the fault");
            int settingsReads = bed.sim().requests("GET", "wsurl").size();
            FaultBed.ResyncMark resync = bed.resyncMark();

            long fault = System.nanoTime();
            if ("close".equals(how)) {
                pusher.closeAll(code, "closed by the fault suite");
            } else {
                pusher.sendErrorToAll(code, "error from the fault suite", false);
            }
            bed.publishDuringOutage(4);
            long online = bed.awaitBackOnline(fault, scenario, RECOVERY_TIMEOUT);
            bed.publishAndAwait(10, "after the reconnect");
            bed.awaitResyncSince(resync, "after the reconnect");

            int settingsReadsAfter = bed.sim().requests("GET", "wsurl").size() - settingsReads;
            if (code < 4100) {
                bed.check(settingsReadsAfter >= 1, "the socket settings are read again after " + code);
            } else {
                bed.check(settingsReadsAfter == 0,
                        "the socket settings are kept after " + code + ", read " + settingsReadsAfter + " times");
            }
            bed.check(bed.statistics().reconnects() == 1, "exactly one reconnect");
            bed.check(bed.loginRequests() == 1, "no login beyond the first");
            bed.await("the old socket closed: one socket open at the server", RECOVERY_TIMEOUT,
                    () -> pusher.connectionCount() == 1);
            ReliabilityReport.record(bed.row(order, "in-JVM (push1st)", FaultBed.duration(online - fault),
                    code < 4100 ? "wsurl read again, no login" : "settings kept, no login"));
        }
    }
}
