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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.simulator.net.LoopbackTcpProxy;
import org.openhab.binding.vms.simulator.soketi.SoketiExtension;
import org.openhab.binding.vms.simulator.soketi.SoketiServer;
import org.openhab.binding.vms.simulator.vms.ProxiedPusherBackend;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.SoketiPusherBackend;

/**
 * The network between the bridge and the Pusher server goes silent without closing anything (a pulled cable, a NAT
 * entry dropped): the socket runs through a {@link LoopbackTcpProxy} to soketi, which stops passing bytes both
 * ways. Only the liveness check can notice: after {@code ping} of silence the client sends {@code pusher:ping}, and
 * when nothing arrives within {@code pong} it drops the socket. With both shortened to 1 s the drop must be noticed
 * within 2 s (plus scheduling slack); the reconnect attempts made while the network is still down must fail
 * quietly, and once it is back the bridge must be ONLINE again, re-read the account, and lose nothing published
 * while it was connected.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class FaultNetworkCutTest {

    @RegisterExtension
    static final SoketiExtension SOKETI = new SoketiExtension("vms-faults-cut", "vms-faults-cut-key",
            "vms-faults-cut-secret");

    private static final Duration PING = Duration.ofSeconds(1);
    private static final Duration PONG = Duration.ofSeconds(1);
    /**
     * ping + pong, plus slack for the timers and the status to travel to the Thing on a loaded 2-core machine (CI
     * runs at a load of 4-6); far below what the default timers (30 s + 15 s) would take.
     */
    private static final Duration DETECTION_BOUND = PING.plus(PONG).plusMillis(3000);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aSilentNetworkCutIsNoticedWithinTheLivenessBoundAndRecovered() throws Exception {
        SoketiServer soketi = SOKETI.server();
        try (LoopbackTcpProxy proxy = new LoopbackTcpProxy(soketi.port());
                FaultBed bed = new FaultBed("network cut without a close (TCP proxy stops forwarding)",
                        new SimulatedVms(new ProxiedPusherBackend(SoketiPusherBackend.sharing(soketi),
                                "ws://127.0.0.1:" + proxy.port() + SoketiServer.PATH_PREFIX)))) {
            bed.policy(policy -> policy.withLiveness(PING, PONG).withConnectTimeout(CONNECT_TIMEOUT));
            bed.start();
            bed.awaitAllOnline("start");
            bed.publishAndAwait(10, "before the cut");
            FaultBed.ResyncMark resync = bed.resyncMark();

            long cut = System.nanoTime();
            proxy.cut();
            bed.publishDuringOutage(4); // soketi sends them into the silent link
            bed.await("the silent link is noticed", RECOVERY_TIMEOUT, () -> bed.offlineAfter(cut) > 0);
            long detected = bed.offlineAfter(cut) - cut;
            bed.check(detected <= DETECTION_BOUND.toNanos(), "the cut noticed within " + DETECTION_BOUND.toMillis()
                    + " ms (ping " + PING.toMillis() + " + pong " + PONG.toMillis() + " + slack), not after "
                    + FaultBed.duration(detected));
            // the network stays down until the bridge has tried to reconnect through it at least once
            long accepted = proxy.connectionsAccepted();
            bed.await("a reconnect attempt while the network is down", RECOVERY_TIMEOUT,
                    () -> proxy.connectionsAccepted() > accepted);

            long resumed = System.nanoTime();
            proxy.resume();
            long online = bed.awaitBackOnline(cut, bed.scenario(), RECOVERY_TIMEOUT);
            bed.publishAndAwait(10, "after the network is back");
            bed.awaitResyncSince(resync, "after the reconnect");
            bed.check(bed.loginRequests() == 1, "no login beyond the first");
            ReliabilityReport.record(bed.row(201, "soketi via TCP proxy",
                    FaultBed.duration(Math.max(0, online - resumed)) + " after the network is back",
                    "noticed after " + FaultBed.duration(detected) + " (ping " + PING.toSeconds() + " s + pong "
                            + PONG.toSeconds() + " s); cut lasted " + FaultBed.duration(resumed - cut)
                            + "; no login"));
        }
    }
}
