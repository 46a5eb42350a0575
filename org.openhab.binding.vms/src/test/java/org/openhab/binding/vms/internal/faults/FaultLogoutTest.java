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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.handler.VmsStatusText;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * The server ends the session while the bridge runs: it revokes the token and sends TokenPush {@code logout} on the
 * token channel. With login and password configured the bridge logs in once more and is back ONLINE; with only an
 * access token configured nothing can bring the session back, so the bridge stops (OFFLINE/CONFIGURATION_ERROR,
 * "logged out") without retrying, until the user configures a new token.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class FaultLogoutTest {

    private static final String SERVER = "in-JVM (push1st)";
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(20);

    @Test
    void aLogoutWithCredentialsConfiguredLogsInOnceMore() throws Exception {
        try (FaultBed bed = new FaultBed("logout message, login configured", SimulatedVms.withLoopbackPusher())) {
            bed.start();
            bed.awaitAllOnline("start");
            bed.publishAndAwait(10, "before the logout");
            String token = String.valueOf(bed.storedToken());

            FaultBed.ResyncMark resync = bed.resyncMark();
            long fault = System.nanoTime();
            bed.sim().logout(token);
            long online = bed.awaitBackOnline(fault, bed.scenario(), RECOVERY_TIMEOUT);
            bed.publishAndAwait(10, "after the new login");
            bed.awaitResyncSince(resync, "after the new login");

            bed.check(bed.reported().triggers(bed.bridgeUID(), CHANNEL_ACCOUNT_EVENT, EVENT_LOGOUT) == 1,
                    "account-event LOGOUT fired once");
            bed.check(bed.loginRequests() == 2, "exactly one new login");
            String newToken = bed.storedToken();
            bed.check(newToken != null && !newToken.equals(token) && bed.sim().isTokenValid(newToken),
                    "the new session's token is stored");
            ReliabilityReport.record(bed.row(501, SERVER, FaultBed.duration(online - fault),
                    "LOGOUT trigger once, one re-login, new token stored"));
        }
    }

    @Test
    void aLogoutWithOnlyATokenConfiguredStopsUntilANewTokenIsConfigured() throws Exception {
        try (FaultBed bed = new FaultBed("logout message, token only", SimulatedVms.withLoopbackPusher())) {
            SimulatedVms sim = bed.sim();
            String token = sim.issueToken();
            bed.config("login", null).config("password", null).config("token", token);
            bed.start();
            bed.awaitAllOnline("start");
            bed.publishAndAwait(10, "before the logout");

            sim.logout(token);
            bed.awaitBridge(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, "after the logout",
                    RECOVERY_TIMEOUT);
            String description = String.valueOf(bed.bridgeStatus().getDescription());
            bed.check(description.startsWith(VmsStatusText.LOGGED_OUT), "the status says logged out");
            bed.await("children follow the bridge offline", RECOVERY_TIMEOUT,
                    () -> bed.children().stream().allMatch(c -> c.getStatus() == ThingStatus.OFFLINE));
            bed.check(bed.reported().triggers(bed.bridgeUID(), CHANNEL_ACCOUNT_EVENT, EVENT_LOGOUT) == 1,
                    "account-event LOGOUT fired once");
            bed.check(bed.loginRequests() == 0, "no login without credentials");
            String stopped = bed.finalStatus();

            // the user pastes a new token: openHAB hands it to the handler, which initialises again with it
            FaultBed.ResyncMark resync = bed.resyncMark();
            long reinitialised = System.nanoTime();
            bed.reconfigure("token", sim.issueToken());
            bed.awaitAllOnline("with the new token");
            bed.awaitResyncSince(resync, "with the new token");
            long online = bed.onlineAfter(reinitialised);
            bed.publishAndAwait(10, "with the new token");
            ReliabilityReport.record(bed.row(502, SERVER,
                    FaultBed.duration(online - reinitialised) + " after a new token",
                    "stops at " + stopped + " (logged out), no login; ONLINE with a new token"));
        }
    }
}
