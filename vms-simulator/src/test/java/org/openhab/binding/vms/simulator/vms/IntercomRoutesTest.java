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

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Intercom and call endpoints and the intercom control methods of the simulated backend.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class IntercomRoutesTest extends LoggedInTestBase {

    @Test
    void intercomListHasTheExampleIntercom() throws Exception {
        JsonObject page = VmsTestClient.object(client().get("intercom?page=1", token));

        assertEquals(1, page.getAsJsonArray("data").size());
        JsonObject example = VmsExamples.frame("notification.intercom.store").dataObject().getAsJsonObject("intercom");
        assertEquals(example, page.getAsJsonArray("data").get(0));
        assertTrue(page.getAsJsonObject("links").get("next").isJsonNull());
        assertEquals(1, page.getAsJsonObject("meta").get("last_page").getAsInt());
    }

    @Test
    void paginationFollowsLinksNextAcrossSeveralPages() throws Exception {
        for (int id = 302; id <= 306; id++) {
            vms().addIntercom(id, "Entrance " + id, "Street " + id, 1010);
        }
        vms().setPageSize(2);

        List<Integer> ids = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        String url = "intercom?page=1";
        int guard = 0;
        while (url != null && guard++ < 10) {
            HttpResponse<String> response = client().get(url, token);
            assertEquals(200, response.statusCode());
            JsonObject page = VmsTestClient.object(response);
            ids.addAll(CameraRoutesTest.ids(page.getAsJsonArray("data")));
            JsonObject meta = page.getAsJsonObject("meta");
            pages.add(meta.get("current_page").getAsInt());
            assertEquals(2, meta.get("per_page").getAsInt());
            assertEquals(6, meta.get("total").getAsInt());
            assertEquals(3, meta.get("last_page").getAsInt());
            JsonElement next = page.getAsJsonObject("links").get("next");
            url = next.isJsonNull() ? null : next.getAsString();
        }
        assertEquals(List.of(301, 302, 303, 304, 305, 306), ids);
        assertEquals(List.of(1, 2, 3), pages);
        assertEquals(3, vms().requests("GET", "intercom").size());
    }

    @Test
    void pageZeroIsPageOneAndPagesPastTheEndAreEmpty() throws Exception {
        vms().addIntercom(302, "B", "Street", 1010);
        vms().setPageSize(1);

        JsonObject zero = VmsTestClient.object(client().get("intercom?page=0", token));
        assertEquals(1, zero.getAsJsonObject("meta").get("current_page").getAsInt());
        assertEquals(List.of(301), CameraRoutesTest.ids(zero.getAsJsonArray("data")));

        JsonObject past = VmsTestClient.object(client().get("intercom?page=9", token));
        assertEquals(0, past.getAsJsonArray("data").size());
        assertTrue(past.getAsJsonObject("links").get("next").isJsonNull());
        assertTrue(past.getAsJsonObject("meta").get("from").isJsonNull());
    }

    @Test
    void openDoorAnswers204AndIsRecorded() throws Exception {
        HttpResponse<String> response = client().post("intercom/301/open-door", token);

        assertEquals(204, response.statusCode());
        assertEquals("", response.body());
        assertEquals(List.of(301), vms().openedDoors());
        assertEquals(1, vms().requests("POST", "/api/v1/intercom/301/open-door").size());
    }

    @Test
    void openDoorOfAnUnknownIntercomIs404AndNotRecorded() throws Exception {
        assertEquals(404, client().post("intercom/999/open-door", token).statusCode());
        assertTrue(vms().openedDoors().isEmpty());
    }

    @Test
    void callHasTheExampleShape() throws Exception {
        HttpResponse<String> response = client().get("intercom/calls/9001", token);

        assertEquals(200, response.statusCode());
        JsonObject example = VmsExamples.frame("notification.intercom.call.store").dataObject()
                .getAsJsonObject("intercom_call");
        assertEquals(example, VmsTestClient.object(response));
        assertEquals(404, client().get("intercom/calls/1", token).statusCode());
    }

    @Test
    void storeCallPublishesCallStoreAndIsReadable() throws Exception {
        SimCall call = vms().storeCall(301, "ring");

        assertEquals(9002, call.id());
        List<PublishedFrame> frames = backend.frames("intercom.call.store");
        assertEquals(1, frames.size());
        PublishedFrame frame = frames.get(0);
        assertEquals("private-user.42", frame.channel());
        assertEquals(VmsWire.NOTIFICATION, frame.event());
        JsonObject notification = frame.dataJson().getAsJsonObject();
        JsonObject example = VmsExamples.frame("notification.intercom.call.store").dataObject();
        assertEquals(example.keySet(), notification.keySet());
        assertNotEquals(example.get("id"), notification.get("id"));
        JsonObject callJson = notification.getAsJsonObject("intercom_call");
        assertEquals(9002, callJson.get("id").getAsInt());
        assertEquals("ring", callJson.get("status").getAsString());
        assertEquals(callJson, VmsTestClient.object(client().get("intercom/calls/9002", token)));
    }

    @Test
    void cancelCallPublishesTheExampleCancelWithIdsOfTheCall() throws Exception {
        SimCall call = vms().storeCall(301, "ring");
        backend.clear();

        vms().cancelCall(call.id());

        List<PublishedFrame> frames = backend.frames("intercom_cancel");
        assertEquals(1, frames.size());
        JsonObject notification = frames.get(0).dataJson().getAsJsonObject();
        JsonObject example = VmsExamples.frame("notification.intercom_cancel").dataObject();
        // same as the example apart from the notification id and the call's creation time
        notification.remove("id");
        example.remove("id");
        notification.getAsJsonObject("data").remove("call_created_at");
        example.getAsJsonObject("data").remove("call_created_at");
        assertEquals(example, notification);
        assertEquals("missed", VmsTestClient.object(client().get("intercom/calls/9002", token)).get("status")
                .getAsString());
    }

    @Test
    void renameIntercomPublishesTheExampleRenameAndChangesTheList() throws Exception {
        vms().renameIntercom(301, "Entrance 2 (renamed)");

        List<PublishedFrame> frames = backend.frames("intercom.rename");
        assertEquals(1, frames.size());
        JsonObject notification = frames.get(0).dataJson().getAsJsonObject();
        JsonObject example = VmsExamples.frame("notification.intercom.rename").dataObject();
        notification.remove("id");
        example.remove("id");
        assertEquals(example, notification);
        JsonObject page = VmsTestClient.object(client().get("intercom", token));
        assertEquals("Entrance 2 (renamed)",
                page.getAsJsonArray("data").get(0).getAsJsonObject().get("title").getAsString());
    }

    @Test
    void deleteIntercomPublishesDeleteAndRemovesIt() throws Exception {
        vms().deleteIntercom(301);

        JsonObject notification = backend.frames("intercom.delete").get(0).dataJson().getAsJsonObject();
        JsonObject example = VmsExamples.frame("notification.intercom.delete").dataObject();
        notification.remove("id");
        example.remove("id");
        assertEquals(example, notification);
        assertEquals(0, VmsTestClient.object(client().get("intercom", token)).getAsJsonArray("data").size());
        assertEquals(404, client().post("intercom/301/open-door", token).statusCode());
        assertTrue(VmsTestClient.object(client().get("intercom/calls/9001", token)).get("intercom").isJsonNull());
    }

    @Test
    void notificationsCanGoToTheTokenChannelOrBoth() {
        vms().setNotificationChannels(NotificationChannels.TOKEN);
        vms().setIntercomOnline(301, false);
        assertEquals(List.of(vms().tokenChannel()),
                backend.frames("intercom.update").stream().map(PublishedFrame::channel).toList());

        backend.clear();
        vms().setNotificationChannels(NotificationChannels.BOTH);
        vms().setIntercomOnline(301, true);
        assertEquals(List.of(vms().userChannel(), vms().tokenChannel()),
                backend.frames("intercom.update").stream().map(PublishedFrame::channel).toList());
    }

    @Test
    void callHistoryListsNewestFirst() throws Exception {
        vms().storeCall(301, "answered");

        JsonObject page = VmsTestClient.object(client().get("intercom/calls?page=1", token));
        assertEquals(List.of(9002, 9001), CameraRoutesTest.ids(page.getAsJsonArray("data")));
    }
}
