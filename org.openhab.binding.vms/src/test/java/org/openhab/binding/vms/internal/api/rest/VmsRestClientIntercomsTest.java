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
package org.openhab.binding.vms.internal.api.rest;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.model.VmsIntercom;
import org.openhab.binding.vms.internal.api.model.VmsIntercomCall;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.http.RecordedRequest;

import com.google.gson.JsonParser;

/**
 * Paginated intercom list, open door and call status.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsRestClientIntercomsTest extends RestTestBase {

    private static final String INTERCOM = API + "intercom";

    private static String intercom(long id) {
        return "{\"id\":" + id + ",\"title\":\"Entrance " + id + "\",\"is_online\":true,\"is_open_door_app\":true}";
    }

    /** A Laravel page; {@code next} is an absolute URL on another host, as behind a proxy. */
    private static String page(int current, int last, @Nullable String next, long... ids) {
        StringBuilder data = new StringBuilder();
        for (long id : ids) {
            data.append(data.length() == 0 ? "" : ",").append(intercom(id));
        }
        return "{\"data\":[" + data + "],\"links\":{\"first\":\"http://backend/api/v1/intercom?page=1\",\"last\":null,"
                + "\"next\":" + (next == null ? "null" : "\"" + next + "\"") + ",\"prev\":null},"
                + "\"meta\":{\"current_page\":" + current + ",\"last_page\":" + last + ",\"per_page\":2,\"total\":5}}";
    }

    private static int pageOf(RecordedRequest request) {
        String query = String.valueOf(request.query());
        return Integer.parseInt(query.substring(query.indexOf("page=") + 5));
    }

    @Test
    void readsThreePagesFollowingLinksNext() throws Exception {
        server().route("GET", INTERCOM, request -> switch (pageOf(request)) {
            case 1 -> HttpReply.json(200, page(1, 3, "http://backend/api/v1/intercom?page=2", 1, 2));
            case 2 -> HttpReply.json(200, page(2, 3, "http://backend/api/v1/intercom?page=3", 3, 2));
            default -> HttpReply.json(200, page(3, 3, null, 5));
        });

        List<VmsIntercom> intercoms = loggedIn().getIntercoms();

        assertEquals(List.of(1L, 2L, 3L, 5L), intercoms.stream().map(VmsIntercom::id).toList(),
                "all pages, duplicates (list shifted while paging) once");
        assertEquals("Entrance 3", intercoms.get(2).title());
        List<RecordedRequest> requests = server().requests("GET", INTERCOM);
        assertEquals(List.of(1, 2, 3), requests.stream().map(VmsRestClientIntercomsTest::pageOf).toList());
        for (RecordedRequest request : requests) {
            assertEquals("Bearer " + TOKEN, request.header("Authorization"), "all pages on our own server");
        }
    }

    @Test
    void nextLinkPointingBackwardsStopsTheWalk() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server().route("GET", INTERCOM, request -> {
            calls.incrementAndGet();
            return pageOf(request) == 1 ? HttpReply.json(200, page(1, 99, "http://x/api/v1/intercom?page=2", 1))
                    : HttpReply.json(200, page(2, 99, "http://x/api/v1/intercom?page=1", 2));
        });

        assertEquals(List.of(1L, 2L), loggedIn().getIntercoms().stream().map(VmsIntercom::id).toList());
        assertEquals(2, calls.get());
    }

    @Test
    void absurdPageCountIsCapped() throws Exception {
        // the guard itself, without HTTP: a hundred loopback round trips would only make the test slow
        AtomicInteger fetched = new AtomicInteger();
        PagedReader.Result<VmsIntercom> result = PagedReader.readAll("intercom list", page -> {
            fetched.incrementAndGet();
            return JsonParser.parseString(
                    page(page, 1_000_000_000, "http://x/api/v1/intercom?page=" + (page + 1), 1000 + page));
        }, VmsIntercom::fromJson, VmsIntercom::id);

        assertEquals(PagedReader.MAX_PAGES, result.items().size());
        assertEquals(PagedReader.MAX_PAGES, fetched.get());
    }

    @Test
    void stopsAtLastPageEvenIfNextIsSet() throws Exception {
        server().route("GET", INTERCOM,
                HttpReply.json(200, page(1, 1, "http://x/api/v1/intercom?page=2", 1)));

        assertEquals(1, loggedIn().getIntercoms().size());
        assertEquals(1, server().requests().size());
    }

    @Test
    void usesMetaWhenLinksAreMissing() throws Exception {
        server().route("GET", INTERCOM, request -> pageOf(request) == 1
                ? HttpReply.json(200,
                        "{\"data\":[" + intercom(1) + "],\"meta\":{\"current_page\":1,\"last_page\":2}}")
                : HttpReply.json(200,
                        "{\"data\":[" + intercom(2) + "],\"meta\":{\"current_page\":2,\"last_page\":2}}"));

        assertEquals(2, loggedIn().getIntercoms().size());
    }

    @Test
    void emptyPageEndsTheWalk() throws Exception {
        server().route("GET", INTERCOM, request -> pageOf(request) == 1
                ? HttpReply.json(200, page(1, 5, "http://x/api/v1/intercom?page=2", 1))
                : HttpReply.json(200, page(2, 5, "http://x/api/v1/intercom?page=3")));

        assertEquals(1, loggedIn().getIntercoms().size());
        assertEquals(2, server().requests().size());
    }

    @Test
    void unpaginatedArrayIsOnePage() throws Exception {
        server().route("GET", INTERCOM, HttpReply.json(200, "[" + intercom(4) + ",{\"title\":\"no id\"}]"));

        assertEquals(List.of(4L), loggedIn().getIntercoms().stream().map(VmsIntercom::id).toList());
        assertEquals(1, client().getDroppedItemCount());
    }

    @Test
    void pageWithoutDataIsMalformed() {
        server().route("GET", INTERCOM, HttpReply.json(200, "{\"links\":{},\"meta\":{}}"));

        expectFailure(Reason.MALFORMED_RESPONSE, () -> loggedIn().getIntercoms());
    }

    @Test
    void failureOnALaterPageFailsTheList() {
        server().route("GET", INTERCOM, request -> pageOf(request) == 1
                ? HttpReply.json(200, page(1, 2, "http://x/api/v1/intercom?page=2", 1))
                : HttpReply.json(500, "{\"message\":\"Server Error\"}"));

        expectFailure(Reason.SERVER_ERROR, () -> loggedIn().getIntercoms());
    }

    @Test
    void openDoorPostsAnEmptyBodyAndAccepts204() throws Exception {
        server().route("POST", INTERCOM + "/12/open-door", HttpReply.empty(204));

        loggedIn().openDoor(12);

        RecordedRequest request = onlyRequest("POST", INTERCOM + "/12/open-door");
        assertEquals("", request.body());
        assertEquals("0", request.header("Content-Length"));
        assertEquals("Bearer " + TOKEN, request.header("Authorization"));
        assertNull(request.header("X-Socket-ID"));
    }

    @Test
    void openDoorIgnoresWhateverA2xxCarries() throws Exception {
        server().route("POST", INTERCOM + "/12/open-door", HttpReply.json(200, "<not json>"));
        server().route("POST", INTERCOM + "/13/open-door", HttpReply.json(202, ""));

        loggedIn().openDoor(12);
        loggedIn().openDoor(13);
    }

    @Test
    void openDoorOfForeignIntercomIsForbidden() {
        server().route("POST", INTERCOM + "/99/open-door", HttpReply.json(403, "{\"message\":\"Forbidden\"}"));

        VmsApiException e = expectFailure(Reason.FORBIDDEN, () -> loggedIn().openDoor(99));
        assertTrue(e.getMessage().contains("intercom 99"), e.getMessage());
    }

    @Test
    void callStatus() throws Exception {
        server().route("GET", INTERCOM + "/calls/77", HttpReply.json(200,
                "{\"id\":77,\"status\":\"ring\",\"created_at\":\"2024-03-01T12:34:56.000000Z\",\"intercom\":"
                        + intercom(12) + "}"));

        VmsIntercomCall call = loggedIn().getCall(77);

        assertEquals(77L, call.id());
        assertEquals("ring", call.status());
        VmsIntercom intercom = call.intercom();
        assertNotNull(intercom);
        assertEquals(12L, intercom.id());
    }

    @Test
    void callGone() {
        server().route("GET", INTERCOM + "/calls/78", HttpReply.json(404, "{\"message\":\"Not found\"}"));

        expectFailure(Reason.NOT_FOUND, () -> loggedIn().getCall(78));
    }

    @Test
    void callWithoutIdIsMalformed() {
        server().route("GET", INTERCOM + "/calls/79", HttpReply.json(200, "{\"status\":\"ring\"}"));

        expectFailure(Reason.MALFORMED_RESPONSE, () -> loggedIn().getCall(79));
    }
}
