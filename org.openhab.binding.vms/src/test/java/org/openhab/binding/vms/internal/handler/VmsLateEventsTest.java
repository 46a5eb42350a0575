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
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.types.State;

/**
 * Messages caught up after a gap never look live: they fire the late triggers only (never {@code call},
 * {@code analytic-event} or {@code account-event}), {@code late-event-time} holds their own time, and they never move
 * the "last ..." states back to something older than what they show.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsLateEventsTest extends AccountTestBase {

    private static final String OLD = "2026-12-04T10:00:00.000000Z";
    private static final String NEW = "2026-12-04T11:00:00.000000Z";

    @Test
    void aCaughtUpCallFiresLateCallWithItsTimeAndNeverCall() {
        onlineAndResynced();
        VmsIntercomHandler door = fixture().intercom(301);
        fixture().camera(1001);
        fixture().clearLog();

        fixture().deliverLate(call(9100, "ring", OLD));
        fixture().deliverLate(Examples.modified("user-push.analytic_case_motion_detect_event_created.json",
                inner -> inner.getAsJsonObject("data").getAsJsonObject("data").addProperty("created_at", OLD)));
        fixture().deliverLate(Examples.text("user-push.mark_created.json"));
        // a camera without Thing: nothing, not even account-event
        fixture().deliverLate(Examples.modified("user-push.analytic_case_motion_detect_event_created.json",
                inner -> inner.getAsJsonObject("data").getAsJsonObject("data").addProperty("camera_id", 4242)));

        assertEquals(List.of("door301/late-call=RING", "cam1001/late-analytic-event=MOTION_DETECT",
                "cam1001/late-mark=CREATED"), fixture().allTriggers());
        assertEquals(new DateTimeType(Instant.parse(OLD)),
                fixture().lastState(door.getThing().getUID(), CHANNEL_LATE_EVENT_TIME));
    }

    @Test
    void anOlderCaughtUpCallDoesNotMoveTheLastCallBack() {
        onlineAndResynced();
        VmsIntercomHandler door = fixture().intercom(301);
        fixture().clearLog();

        fixture().deliverFrame(call(9200, "ring", NEW));
        fixture().deliverLate(call(9100, "missed", OLD));

        assertEquals(List.of("door301/call=RING", "door301/late-call=MISSED"), fixture().allTriggers());
        List<State> callIds = fixture().states(door.getThing().getUID(), CHANNEL_LAST_CALL_ID);
        assertEquals("9200", callIds.get(callIds.size() - 1).toString(), "the newer live call stays shown");
        assertEquals(new DateTimeType(Instant.parse(OLD)),
                fixture().lastState(door.getThing().getUID(), CHANNEL_LATE_EVENT_TIME));
    }

    private static String call(long id, String status, String createdAt) {
        return Examples.modified("notification.intercom.call.store.json", inner -> {
            inner.remove("id");
            inner.getAsJsonObject("intercom_call").addProperty("id", id);
            inner.getAsJsonObject("intercom_call").addProperty("status", status);
            inner.getAsJsonObject("intercom_call").addProperty("created_at", createdAt);
        });
    }
}
