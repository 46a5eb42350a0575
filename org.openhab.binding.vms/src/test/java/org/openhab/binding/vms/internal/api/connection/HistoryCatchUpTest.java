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
package org.openhab.binding.vms.internal.api.connection;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.AnalyticDetection;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.MarkCreated;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomCallStored;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;
import org.openhab.binding.vms.simulator.vms.RecordingPusherBackend;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.VmsExamples;
import org.openhab.binding.vms.simulator.vms.VmsWire;

import com.google.gson.JsonObject;

/**
 * Reading the simulated VMS's histories after a gap: calls, detections and marks become the messages the socket
 * carries, oldest first, bounded by count (newest kept) and by 24 hours, over several pages.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class HistoryCatchUpTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private final HttpClient httpClient = new HttpClient();
    private SimulatedVms vms = new SimulatedVms(new RecordingPusherBackend());
    private VmsRestClient rest = new VmsRestClient(httpClient, VmsRestConfig.of(vms.baseUrl()));

    HistoryCatchUpTest() throws Exception {
    }

    @BeforeEach
    void logIn() throws Exception {
        httpClient.start();
        rest.login(SimulatedVms.DEFAULT_LOGIN, SimulatedVms.DEFAULT_PASSWORD);
        vms.setPageSize(3); // several pages per list
    }

    @AfterEach
    void stop() throws Exception {
        vms.close();
        httpClient.stop();
    }

    @Test
    void everyHistoryBecomesItsMessageOldestFirst() throws Exception {
        detection(1, NOW.minusSeconds(50), false);
        call(2, NOW.minusSeconds(40));
        mark(3, NOW.minusSeconds(30));
        detection(4, NOW.minusSeconds(20), true);
        detection(5, NOW.minus(Duration.ofHours(25)), false); // beyond 24 h
        detection(6, NOW.minusSeconds(600), false); // before the mark

        List<HistoryCatchUp.LateEvent> late = new HistoryCatchUp(rest).read(NOW.minusSeconds(60), NOW, 200);

        assertEquals(List.of("event:1", "call:2:ring", "mark:3", "event:4"),
                late.stream().map(e -> DedupKeys.historyIdentity(e.event())).toList());
        assertInstanceOf(AnalyticDetection.class, late.get(0).event());
        assertInstanceOf(IntercomCallStored.class, late.get(1).event());
        assertInstanceOf(MarkCreated.class, late.get(2).event());
        VmsEvent intercomDetection = late.get(3).event();
        assertTrue(intercomDetection instanceof AnalyticDetection a ? a.isIntercom()
                : intercomDetection.kind().isAnalytic(), "the intercom detection is routed to the intercom too");
        assertEquals(NOW.minusSeconds(50), late.get(0).time());

        List<HistoryCatchUp.LateEvent> day = new HistoryCatchUp(rest).read(NOW.minus(Duration.ofDays(3)), NOW, 200);
        assertEquals(5, day.size(), "never more than 24 h back: " + day);
    }

    @Test
    void moreThanTheMaximumKeepsTheNewest() throws Exception {
        for (int i = 1; i <= 12; i++) {
            detection(i, NOW.minusSeconds(100 - i), false);
        }
        List<HistoryCatchUp.LateEvent> late = new HistoryCatchUp(rest).read(NOW.minusSeconds(3600), NOW, 5);
        assertEquals(List.of("event:8", "event:9", "event:10", "event:11", "event:12"),
                late.stream().map(e -> DedupKeys.historyIdentity(e.event())).toList());
        // newest first and only as far as needed: 2 pages of 3 for 5 items, not all 4
        assertTrue(vms.requests("GET", "analytic-case/events").size() <= 2,
                "pages read: " + vms.requests("GET", "analytic-case/events").size());
    }

    private void detection(long id, Instant createdAt, boolean intercom) {
        JsonObject envelope = VmsExamples.frame("user-push.analytic_case_face_event_created").dataObject();
        JsonObject data = envelope.getAsJsonObject("data").getAsJsonObject("data");
        data.addProperty("id", id);
        data.addProperty("created_at", createdAt.toString());
        data.addProperty("from", createdAt.toString());
        data.addProperty("is_intercom", intercom);
        vms.publish(vms.userChannel(), VmsWire.USER_PUSH, VmsWire.toJson(envelope));
    }

    private void call(long id, Instant createdAt) {
        JsonObject notification = VmsExamples.frame("notification.intercom.call.store").dataObject();
        JsonObject call = notification.getAsJsonObject("intercom_call");
        call.addProperty("id", id);
        call.addProperty("status", "ring");
        call.addProperty("created_at", createdAt.toString());
        vms.publish(vms.userChannel(), VmsWire.NOTIFICATION, VmsWire.toJson(notification));
    }

    private void mark(long id, Instant createdAt) {
        JsonObject envelope = VmsExamples.frame("user-push.mark_created").dataObject();
        JsonObject data = envelope.getAsJsonObject("data").getAsJsonObject("data");
        data.addProperty("id", id);
        data.addProperty("created_at", createdAt.toString());
        vms.publish(vms.userChannel(), VmsWire.USER_PUSH, VmsWire.toJson(envelope));
    }
}
