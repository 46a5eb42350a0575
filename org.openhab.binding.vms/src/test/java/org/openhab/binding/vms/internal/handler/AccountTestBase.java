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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;
import org.openhab.binding.vms.internal.testsupport.SharedHttpClient;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.binding.vms.simulator.vms.RecordingPusherBackend;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.core.test.java.JavaTest;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * A bridge handler test against the simulated VMS: its REST server is real (loopback), the connection is a mock
 * whose {@code rest()} is a real {@link VmsRestClient} logged in to that server. Messages are delivered by the test.
 * The simulated account has cameras 1001 (favourite), 1002 and 1010, and intercom 301 whose camera is 1010.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class AccountTestBase extends JavaTest {

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<SimulatedVms> sim = resources.opened(() -> new SimulatedVms(new RecordingPusherBackend()));
    private final Opened<HttpClient> httpClient = SharedHttpClient.opened(resources);
    /** The bridge, its REST client logged in to the simulated VMS. */
    private final Opened<HandlerFixture> fixture = resources.opened(() -> {
        SimulatedVms sim = this.sim.get();
        VmsRestClient rest = new VmsRestClient(httpClient.get(),
                VmsRestConfig.of(sim.baseUrl()).withTimeout(Duration.ofSeconds(5)));
        rest.setAccessToken(sim.issueToken());
        Map<String, Object> config = HandlerFixture.defaultAccountConfig();
        config.put("baseUrl", sim.baseUrl());
        config.put("allowPlainHttp", true); // the simulated VMS speaks plain http
        HandlerFixture fixture = new HandlerFixture(config);
        fixture.useRest(rest);
        return fixture;
    });

    SimulatedVms sim() {
        return sim.get();
    }

    HandlerFixture fixture() {
        return fixture.get();
    }

    /** The bridge ONLINE and the account's lists read over REST (as after every connect). */
    void onlineAndResynced() {
        fixture().startOnline();
        resync();
        assertTrue(fixture().account.isIntercomMissing(999_999), "the intercom list was read");
        assertTrue(fixture().account.isCameraMissing(999_999), "the camera list was read");
    }

    /** Re-reads the account (as after a reconnect) and waits until that is done. */
    void resync() {
        fixture().account.resyncNeeded();
        awaitResync();
    }

    /** Waits for the last re-read the bridge scheduled. */
    void awaitResync() {
        Future<?> job = fixture().account.lastResync();
        assertNotNull(job, "a re-read was scheduled");
        try {
            job.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("the re-read did not finish", e);
        }
    }

    void assertStatus(ThingHandler handler, ThingStatus status, ThingStatusDetail detail) {
        ThingStatusInfo info = fixture().status(handler);
        assertEquals(status, info.getStatus(), () -> "status of " + handler.getThing().getUID() + ": " + info);
        assertEquals(detail, info.getStatusDetail(), () -> "status of " + handler.getThing().getUID() + ": " + info);
    }

    void waitForStatus(ThingHandler handler, ThingStatus status, ThingStatusDetail detail) {
        waitForAssert(() -> assertStatus(handler, status, detail));
    }
}
