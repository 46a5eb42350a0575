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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.pusher.LoopbackPusherServer;
import org.openhab.binding.vms.simulator.pusher.PusherSignatures;
import org.openhab.binding.vms.simulator.vms.FormBody;
import org.openhab.binding.vms.simulator.vms.LoopbackPusherBackend;
import org.openhab.binding.vms.simulator.vms.PusherBackend;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * openHAB disposes the bridge Thing (disabled, edited, removed) in the middle of a connection attempt and in the
 * middle of a back-off wait, then initialises it again. Afterwards no thread of the old connection may be left (the
 * live threads named {@code OH-binding-<bridge UID>...} are compared with the snapshot taken before the first
 * initialisation), no socket of it may stay open at the server, and the new one must come ONLINE at once, without
 * inheriting the old back-off and without a login beyond the first.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class FaultLifecycleTest {

    private static final String SERVER = "in-JVM (push1st)";
    private static final String AUTH_ROUTE = "/api/v1/broadcasting/auth";
    /**
     * How long the threads of a stopped connection may take to end: the socket's close handshake (its disconnect
     * time-out is 5 s) plus a margin. The socket client drops library work that arrives after it was closed, so
     * nothing may wait for an idle time-out (30 s). The time measured is reported.
     */
    private static final Duration THREADS_GONE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration AUTH_DELAY = Duration.ofSeconds(2);
    private static final Duration LONG_BACKOFF = Duration.ofSeconds(20);

    @Test
    void disposedMidConnectAndInitialisedAgain() throws Exception {
        try (FaultBed bed = new FaultBed("bridge disposed mid-connect, re-initialised",
                SimulatedVms.withLoopbackPusher())) {
            LoopbackPusherServer pusher = ((LoopbackPusherBackend) bed.sim().backend()).server();
            Set<String> before = bed.bridgeThreads();
            // the socket is open and its channels wait for a slow authorisation: the middle of an attempt
            AtomicBoolean slow = new AtomicBoolean(true);
            PusherBackend backend = bed.sim().backend();
            bed.sim().server().route("POST", AUTH_ROUTE, request -> {
                Map<String, String> form = FormBody.parse(request.body());
                String auth = PusherSignatures.auth(backend.appKey(), backend.appSecret(),
                        String.valueOf(form.get("socket_id")), String.valueOf(form.get("channel_name")));
                HttpReply reply = HttpReply.json(200, "{\"auth\":\"" + auth + "\"}");
                return slow.get() ? reply.withDelay(AUTH_DELAY) : reply;
            });
            bed.start();
            bed.await("a channel authorisation in flight", FaultBed.ONLINE_TIMEOUT,
                    () -> !bed.sim().requests("POST", "broadcasting/auth").isEmpty());
            Set<String> during = bed.bridgeThreads();
            bed.check(bed.bridgeStatus().getStatus() == ThingStatus.UNKNOWN, "still connecting when disposed");

            long disposed = System.nanoTime();
            bed.disposeBridge();
            bed.await("the disposed bridge's socket closed at the server", FaultBed.ONLINE_TIMEOUT,
                    () -> pusher.connectionCount() == 0);
            long socketClosed = System.nanoTime() - disposed;
            bed.await("no thread of the bridge left after dispose (before: " + before + ", while connecting: "
                    + during + ", now: " + bed.bridgeThreads() + ")", THREADS_GONE_TIMEOUT,
                    () -> bed.bridgeThreads().equals(before));
            long threadsGone = System.nanoTime() - disposed;

            slow.set(false);
            FaultBed.ResyncMark resync = bed.resyncMark();
            long reinitialised = System.nanoTime();
            bed.startBridge();
            bed.awaitAllOnline("after re-initialising");
            bed.awaitResyncSince(resync, "after re-initialising");
            long online = bed.onlineAfter(reinitialised);
            bed.publishAndAwait(10, "after re-initialising");
            bed.await("one socket open at the server", FaultBed.ONLINE_TIMEOUT, () -> pusher.connectionCount() == 1);
            bed.check(bed.loginRequests() == 1, "the re-initialised bridge uses the stored session");
            ReliabilityReport.record(bed.row(601, SERVER,
                    FaultBed.duration(online - reinitialised) + " after re-init",
                    "a 2 s channel auth in flight: socket closed " + FaultBed.duration(socketClosed) + " and "
                            + during.size() + " connection threads gone " + FaultBed.duration(threadsGone)
                            + " after dispose; no login"));
        }
    }

    @Test
    void disposedMidBackOffAndInitialisedAgain() throws Exception {
        try (FaultBed bed = new FaultBed("bridge disposed mid-back-off, re-initialised",
                SimulatedVms.withLoopbackPusher())) {
            LoopbackPusherServer pusher = ((LoopbackPusherBackend) bed.sim().backend()).server();
            bed.policy(policy -> policy.withBackoff(LONG_BACKOFF, Duration.ofMillis(20)));
            Set<String> before = bed.bridgeThreads();
            bed.sim().fail("GET", "wsurl", HttpReply.json(503, "{\"message\":\"Service Unavailable\"}"));
            bed.start();
            // the first failure waits half the base (jitter fixed at 0.5): 10 s of back-off ahead
            bed.awaitBridge(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, "waiting to retry",
                    FaultBed.ONLINE_TIMEOUT);
            Set<String> during = bed.bridgeThreads();

            long disposed = System.nanoTime();
            bed.disposeBridge();
            bed.await("no thread of the bridge left after dispose (before: " + before + ", during the back-off: "
                    + during + ", now: " + bed.bridgeThreads() + ")", THREADS_GONE_TIMEOUT,
                    () -> bed.bridgeThreads().equals(before));
            long threadsGone = System.nanoTime() - disposed;

            bed.sim().clearFailures();
            FaultBed.ResyncMark resync = bed.resyncMark();
            long reinitialised = System.nanoTime();
            bed.startBridge();
            bed.awaitAllOnline("after re-initialising");
            bed.awaitResyncSince(resync, "after re-initialising");
            long online = bed.onlineAfter(reinitialised);
            // an inherited back-off would wait 10 s; 8 s leaves a busy machine time for the connect itself
            bed.check(online - reinitialised < LONG_BACKOFF.toNanos() * 2 / 5,
                    "the new connection does not inherit the back-off: ONLINE after "
                            + FaultBed.duration(online - reinitialised));
            bed.publishAndAwait(10, "after re-initialising");
            bed.await("one socket open at the server", FaultBed.ONLINE_TIMEOUT, () -> pusher.connectionCount() == 1);
            bed.check(bed.sim().requests("GET", "wsurl").size() == 2,
                    "the old connection's planned attempt did not run: "
                            + bed.sim().requests("GET", "wsurl").size() + " wsurl requests");
            bed.check(bed.loginRequests() == 1, "the re-initialised bridge uses the stored session");
            ReliabilityReport.record(bed.row(602, SERVER,
                    FaultBed.duration(online - reinitialised) + " after re-init",
                    during.size() + " connection threads gone " + FaultBed.duration(threadsGone)
                            + " after dispose; old back-off (10 s) not inherited"));
        }
    }
}
