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
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionPolicy;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;
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
 * The REST steps of a reconnect fail: the channel authorisation ({@code POST broadcasting/auth}) answers 500, 401,
 * 403, not at all within the REST time-out, or a valid answer after 10 s; the socket settings ({@code GET wsurl})
 * fail; the login ({@code POST token}) answers 419, 429 with Retry-After, or 503. Each scenario gets the bridge
 * ONLINE, publishes numbered messages, arms the fault, and makes the server end the socket so that the reconnect
 * runs into it (close 4100 reconnects with the known settings and session; 4001 reads the settings again; a revoked
 * token then also needs a login). The REST time-out of the connection is not configurable (VmsRestConfig's 10 s), so
 * the time-out scenarios take that long; their connect time-out is the production one (30 s), so that the REST
 * time-out is what decides.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class FaultRestTest {

    private static final String SERVER = "in-JVM (push1st)";
    private static final String AUTH = "broadcasting/auth";
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration SLOW_RECOVERY_TIMEOUT = VmsRestConfig.DEFAULT_TIMEOUT.plusSeconds(15);

    // ---------------------------------------------------------------- channel authorisation

    @Test
    void channelAuthAnswering500() throws Exception {
        try (FaultBed bed = onlineBed("channel auth answers 500 (3 times)")) {
            bed.sim().fail("POST", AUTH, HttpReply.json(500, "{\"message\":\"Server Error\"}"), 3);
            Recovery recovery = reconnectThroughFault(bed, 4100, RECOVERY_TIMEOUT);
            bed.check(bed.loginRequests() == 1, "a server error costs no login");
            ReliabilityReport.record(bed.row(401, SERVER, recovery.took(), "back-off, no login"));
        }
    }

    @Test
    void channelAuthAnswering401() throws Exception {
        try (FaultBed bed = onlineBed("channel auth answers 401 (once)")) {
            bed.sim().fail("POST", AUTH, HttpReply.json(401, "{\"message\":\"Unauthenticated.\"}"), 1);
            Recovery recovery = reconnectThroughFault(bed, 4100, RECOVERY_TIMEOUT);
            bed.check(bed.loginRequests() == 2, "a refused session means exactly one new login");
            ReliabilityReport.record(bed.row(402, SERVER, recovery.took(), "token dropped, one re-login"));
        }
    }

    @Test
    void channelAuthAnswering403() throws Exception {
        try (FaultBed bed = onlineBed("channel auth answers 403 (once)")) {
            int settingsReads = bed.sim().requests("GET", "wsurl").size();
            bed.sim().fail("POST", AUTH, HttpReply.json(403, "{\"message\":\"Forbidden\"}"), 1);
            Recovery recovery = reconnectThroughFault(bed, 4100, RECOVERY_TIMEOUT);
            bed.check(bed.sim().requests("GET", "wsurl").size() > settingsReads,
                    "a refused channel makes the bridge read the socket settings again");
            bed.check(bed.loginRequests() == 1, "a refused channel costs no login");
            ReliabilityReport.record(bed.row(403, SERVER, recovery.took(), "wsurl read again, no login"));
        }
    }

    @Test
    void channelAuthTimingOut() throws Exception {
        try (FaultBed bed = onlineBed("channel auth does not answer (REST time-out)",
                policy -> policy.withConnectTimeout(VmsConnectionPolicy.CONNECT_TIMEOUT))) {
            // answered 12 s late, after the client's 10 s REST time-out: the answer is never read
            bed.sim().fail("POST", AUTH, HttpReply.json(200, "{}").withDelay(Duration.ofSeconds(12)), 1);
            Recovery recovery = reconnectThroughFault(bed, 4100, SLOW_RECOVERY_TIMEOUT);
            long took = recovery.online() - recovery.fault();
            bed.check(took >= VmsRestConfig.DEFAULT_TIMEOUT.toNanos(),
                    "the attempt is given up only after the REST time-out, not after " + FaultBed.duration(took));
            bed.check(bed.loginRequests() == 1, "a time-out costs no login");
            ReliabilityReport.record(bed.row(404, SERVER, recovery.took(),
                    "REST time-out 10 s, then back-off; no login"));
        }
    }

    @Test
    void channelAuthAnsweringAfterTenSeconds() throws Exception {
        try (FaultBed bed = onlineBed("channel auth answers after 10 s",
                policy -> policy.withConnectTimeout(VmsConnectionPolicy.CONNECT_TIMEOUT))) {
            // a valid authorisation, sent 10 s late: right at the REST time-out, whichever comes first wins
            AtomicBoolean delayed = new AtomicBoolean();
            PusherBackend backend = bed.sim().backend();
            String route = "/api/v1/" + AUTH;
            bed.sim().server().route("POST", route, request -> {
                Map<String, String> form = FormBody.parse(request.body());
                String auth = PusherSignatures.auth(backend.appKey(), backend.appSecret(),
                        String.valueOf(form.get("socket_id")), String.valueOf(form.get("channel_name")));
                HttpReply reply = HttpReply.json(200, "{\"auth\":\"" + auth + "\"}");
                return delayed.compareAndSet(false, true) ? reply.withDelay(Duration.ofSeconds(10)) : reply;
            });
            int authRequests = bed.sim().requests("POST", AUTH).size();
            Recovery recovery = reconnectThroughFault(bed, 4100, SLOW_RECOVERY_TIMEOUT);
            bed.sim().server().removeRoute("POST", route);
            int authorisations = bed.sim().requests("POST", AUTH).size() - authRequests;
            // 2: the late answer was still taken; more: it came too late and both channels were authorised again
            String outcome = authorisations == 2 ? "late answer accepted" : "late answer timed out, retried";
            bed.check(bed.loginRequests() == 1, "a slow server costs no login");
            ReliabilityReport.record(bed.row(405, SERVER, recovery.took(),
                    outcome + " (" + authorisations + " authorisations); no login"));
        }
    }

    // ---------------------------------------------------------------- socket settings

    @Test
    void socketSettingsFailing() throws Exception {
        try (FaultBed bed = onlineBed("wsurl answers 500 (3 times)")) {
            bed.sim().fail("GET", "wsurl", HttpReply.json(500, "{\"message\":\"Server Error\"}"), 3);
            // 4001: the settings must be read again, and that fails
            Recovery recovery = reconnectThroughFault(bed, 4001, RECOVERY_TIMEOUT);
            bed.check(bed.sim().requests("GET", "wsurl").size() >= 5,
                    "wsurl asked until it answered: " + bed.sim().requests("GET", "wsurl").size() + " requests");
            bed.check(bed.loginRequests() == 1, "failing settings cost no login");
            ReliabilityReport.record(bed.row(406, SERVER, recovery.took(), "back-off until wsurl answers"));
        }
    }

    // ---------------------------------------------------------------- login

    @Test
    void loginAnswering419() throws Exception {
        try (FaultBed bed = onlineBed("login answers 419 (session limit)")) {
            bed.sim().fail("POST", "token",
                    HttpReply.json(419, "{\"message\":\"Too many sessions\",\"sessions\":[],\"sessions_limit\":3}"));
            revokeAndReconnect(bed);
            bed.awaitBridge(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, "419", RECOVERY_TIMEOUT);
            bed.await("children follow the bridge offline", RECOVERY_TIMEOUT,
                    () -> bed.children().stream().allMatch(c -> c.getStatus() == ThingStatus.OFFLINE));
            bed.check(bed.loginRequests() == 2, "no second login after 419 (only the user can free a session)");
            String failedStatus = bed.finalStatus();

            // the user closes a session and saves the Thing: openHAB initialises it again
            bed.sim().clearFailures();
            bed.disposeBridge();
            FaultBed.ResyncMark resync = bed.resyncMark();
            long reinitialised = System.nanoTime();
            bed.startBridge();
            bed.awaitAllOnline("after re-initialising");
            bed.awaitResyncSince(resync, "after re-initialising");
            long online = bed.onlineAfter(reinitialised);
            bed.publishAndAwait(10, "after re-initialising");
            ReliabilityReport.record(bed.row(407, SERVER,
                    FaultBed.duration(online - reinitialised) + " after re-init",
                    "stops at " + failedStatus + " without retrying; ONLINE after re-init"));
        }
    }

    @Test
    void loginAnswering429WithRetryAfter() throws Exception {
        try (FaultBed bed = onlineBed("login answers 429 with Retry-After: 2")) {
            bed.sim().fail("POST", "token",
                    HttpReply.json(429, "{\"message\":\"Too Many Attempts.\"}").withHeader("Retry-After", "2"), 1);
            FaultBed.ResyncMark resync = bed.resyncMark();
            long fault = System.nanoTime();
            revokeAndReconnect(bed);
            long online = bed.awaitBackOnline(fault, bed.scenario(), RECOVERY_TIMEOUT);
            bed.publishAndAwait(10, "after the reconnect");
            bed.awaitResyncSince(resync, "after the reconnect");
            bed.check(online - fault >= Duration.ofSeconds(2).toNanos(),
                    "the next login waits for Retry-After, ONLINE after " + FaultBed.duration(online - fault));
            bed.check(bed.loginRequests() == 3, "one login refused, one after Retry-After");
            ReliabilityReport.record(bed.row(408, SERVER, FaultBed.duration(online - fault),
                    "next login not before Retry-After"));
        }
    }

    @Test
    void loginAnswering503() throws Exception {
        try (FaultBed bed = onlineBed("login answers 503 (twice)")) {
            bed.sim().fail("POST", "token", HttpReply.json(503, "{\"message\":\"Service Unavailable\"}"), 2);
            FaultBed.ResyncMark resync = bed.resyncMark();
            long fault = System.nanoTime();
            revokeAndReconnect(bed);
            long online = bed.awaitBackOnline(fault, bed.scenario(), RECOVERY_TIMEOUT);
            bed.publishAndAwait(10, "after the reconnect");
            bed.awaitResyncSince(resync, "after the reconnect");
            bed.check(bed.loginRequests() == 4, "two logins refused, the third succeeds");
            ReliabilityReport.record(bed.row(409, SERVER, FaultBed.duration(online - fault),
                    "back-off between logins"));
        }
    }

    // ----------------------------------------------------------------

    private FaultBed onlineBed(String scenario) throws Exception {
        return onlineBed(scenario, policy -> policy);
    }

    private FaultBed onlineBed(String scenario,
            java.util.function.UnaryOperator<VmsConnectionPolicy> policy) throws Exception {
        FaultBed bed = new FaultBed(scenario, SimulatedVms.withLoopbackPusher()).policy(policy);
        try {
            bed.start();
            bed.awaitAllOnline("start");
            bed.publishAndAwait(10, "before the fault");
            return bed;
        } catch (RuntimeException | Error e) {
            bed.close();
            throw e;
        }
    }

    private static LoopbackPusherServer pusher(FaultBed bed) {
        return ((LoopbackPusherBackend) bed.sim().backend()).server();
    }

    /**
     * The server closes the socket with {@code closeCode}; the reconnect meets the armed fault. Waits until the
     * bridge is back, checks the numbered messages after it and the re-read of the account.
     *
     * @return when the fault began and when the bridge was ONLINE again
     */
    private Recovery reconnectThroughFault(FaultBed bed, int closeCode, Duration timeout) {
        FaultBed.ResyncMark resync = bed.resyncMark();
        long fault = System.nanoTime();
        pusher(bed).closeAll(closeCode, "closed by the fault suite");
        bed.publishDuringOutage(2);
        long online = bed.awaitBackOnline(fault, bed.scenario(), timeout);
        bed.publishAndAwait(10, "after the reconnect");
        bed.awaitResyncSince(resync, "after the reconnect");
        return new Recovery(fault, online);
    }

    /** When the fault was injected and when the bridge was ONLINE again. */
    private record Recovery(long fault, long online) {
        String took() {
            return FaultBed.duration(online - fault);
        }
    }

    /** The session ends server-side without a word; the next reconnect (4001: settings again) needs a login. */
    private static void revokeAndReconnect(FaultBed bed) {
        String token = bed.storedToken();
        bed.check(token != null, "the bridge stored its session token");
        bed.sim().revoke(String.valueOf(token));
        pusher(bed).closeAll(4001, "closed by the fault suite");
    }

}
