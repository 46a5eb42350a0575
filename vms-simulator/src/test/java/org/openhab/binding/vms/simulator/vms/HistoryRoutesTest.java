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
package org.openhab.binding.vms.simulator.vms;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * The histories keep what the simulated VMS published, with the same ids, and serve it paginated and filtered by date.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class HistoryRoutesTest extends LoggedInTestBase {

    private static String detection(long id, long cameraId, String createdAt, boolean intercom) {
        JsonObject envelope = VmsExamples.frame("user-push.analytic_case_face_event_created").dataObject();
        JsonObject data = envelope.getAsJsonObject("data").getAsJsonObject("data");
        data.addProperty("id", id);
        data.addProperty("camera_id", cameraId);
        data.addProperty("created_at", createdAt);
        data.addProperty("is_intercom", intercom);
        return VmsWire.toJson(envelope);
    }

    @Test
    void publishedDetectionsAreListedWithTheirIdsNewestFirstAndFilteredByDate() throws Exception {
        vms().publish(vms().userChannel(), VmsWire.USER_PUSH, detection(11, 1001, "2026-01-01T10:00:00.000000Z", false));
        vms().publish(vms().userChannel(), VmsWire.USER_PUSH, detection(12, 1010, "2026-01-01T11:00:00.000000Z", true));
        vms().publish(vms().userChannel(), VmsWire.USER_PUSH, detection(13, 1001, "2026-01-01T12:00:00.000000Z", false));

        assertEquals(List.of(13, 12, 11), ids("analytic-case/events?page=1"));
        assertEquals(List.of(11, 12, 13), ids("analytic-case/events?page=1&dir=asc"));
        assertEquals(List.of(13, 12),
                ids("analytic-case/events?page=1&from=2026-01-01T11:00:00.000000Z&to=2026-01-02T00:00:00.000000Z"));
        assertEquals(List.of(12), ids("intercom/events?page=1"));
        assertEquals(422, client().get("marks?from=yesterday-ish", token).statusCode());
    }

    @Test
    void historiesArePaginatedLikeEveryList() throws Exception {
        for (int id = 1; id <= 5; id++) {
            vms().publish(vms().userChannel(), VmsWire.USER_PUSH,
                    detection(id, 1001, "2026-01-01T10:00:0" + id + ".000000Z", false));
        }
        vms().setPageSize(2);

        JsonObject first = VmsTestClient.object(client().get("analytic-case/events?page=1", token));
        assertEquals(3, first.getAsJsonObject("meta").get("last_page").getAsInt());
        assertEquals(5, first.getAsJsonObject("meta").get("total").getAsInt());
        assertEquals(List.of(1), ids("analytic-case/events?page=3"));
    }

    @Test
    void marksFollowTheirMessagesAndCallsTheirStatus() throws Exception {
        vms().publishExample("user-push.mark_created");
        assertEquals(List.of(5501), ids("marks?page=1"));
        vms().publishExample("user-push.mark_deleted");
        assertEquals(List.of(), ids("marks?page=1"));

        JsonObject call = VmsExamples.frame("notification.intercom.call.store").dataObject();
        call.getAsJsonObject("intercom_call").addProperty("id", 7777);
        call.getAsJsonObject("intercom_call").addProperty("status", "ring");
        call.getAsJsonObject("intercom_call").addProperty("created_at", "2030-01-01T00:00:00.000000Z");
        vms().publish(vms().tokenChannel(), VmsWire.NOTIFICATION, VmsWire.toJson(call));

        JsonObject calls = VmsTestClient.object(client().get("intercom/calls?page=1", token));
        JsonObject newest = calls.getAsJsonArray("data").get(0).getAsJsonObject();
        assertEquals(7777, newest.get("id").getAsInt());
        assertEquals("ring", newest.get("status").getAsString());
    }

    private List<Integer> ids(String pathAndQuery) throws Exception {
        return CameraRoutesTest.ids(VmsTestClient.object(client().get(pathAndQuery, token)).getAsJsonArray("data"));
    }
}
