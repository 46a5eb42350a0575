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
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;
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

    private @Nullable SimulatedVms simOrNull;
    private @Nullable HttpClient httpClientOrNull;
    private @Nullable HandlerFixture fixtureOrNull;

    @BeforeEach
    void startSimulatedAccount() throws Exception {
        SimulatedVms sim = new SimulatedVms(new RecordingPusherBackend());
        simOrNull = sim;
        HttpClient httpClient = new HttpClient();
        httpClient.start();
        httpClientOrNull = httpClient;
        VmsRestClient rest = new VmsRestClient(httpClient,
                VmsRestConfig.of(sim.baseUrl()).withTimeout(Duration.ofSeconds(5)));
        rest.setAccessToken(sim.issueToken());
        Map<String, Object> config = HandlerFixture.defaultAccountConfig();
        config.put("baseUrl", sim.baseUrl());
        config.put("allowPlainHttp", true); // the simulated VMS speaks plain http
        HandlerFixture fixture = new HandlerFixture(config);
        fixture.useRest(rest);
        fixtureOrNull = fixture;
    }

    @AfterEach
    void stopSimulatedAccount() throws Exception {
        HandlerFixture fixture = fixtureOrNull;
        if (fixture != null) {
            fixture.close();
        }
        HttpClient httpClient = httpClientOrNull;
        if (httpClient != null) {
            httpClient.stop();
        }
        SimulatedVms sim = simOrNull;
        if (sim != null) {
            sim.close();
        }
    }

    SimulatedVms sim() {
        SimulatedVms sim = simOrNull;
        assertNotNull(sim);
        return sim;
    }

    HandlerFixture fixture() {
        HandlerFixture fixture = fixtureOrNull;
        assertNotNull(fixture);
        return fixture;
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
