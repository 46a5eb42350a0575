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
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * The server's rules for archive clips, marks and visitor codes: the 10-minute clip limit, ranges whose end is after
 * their start, the link announced on the token channel, marks and codes stored and broadcast, codes deleted only
 * when they exist.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ArchiveAndVisitorCodeRoutesTest extends LoggedInTestBase {

    private static final String NOON = "2024-03-01T12:00:00.000000Z";

    @Test
    void aClipOfAtMostTenMinutesIsAcceptedAndItsLinkAnnouncedOnTheTokenChannel() throws Exception {
        HttpResponse<String> response = client()
                .get("cameras/1001/archive/link?from=" + NOON + "&to=2024-03-01T12:10:00.000000Z", token);
        assertEquals(200, response.statusCode());
        assertEquals("ok", VmsTestClient.object(response).get("status").getAsString());
        List<SimArchiveRequest> clips = vms().archiveClips();
        assertEquals(1, clips.size());
        PublishedFrame frame = backend.frames().get(backend.frames().size() - 1);
        assertEquals(vms().tokenChannel(), frame.channel());
        assertEquals(VmsWire.TOKEN_PUSH, frame.event());
        JsonObject inner = frame.dataJson().getAsJsonObject().getAsJsonObject("data");
        assertEquals("archive_generated", inner.get("type").getAsString());
        assertEquals(clips.get(0).url(),
                inner.getAsJsonObject("data").getAsJsonObject("download").get("url").getAsString());
    }

    @Test
    void longerOrBackwardRangesAndUnknownCamerasAreRefused() throws Exception {
        assertEquals(422, client()
                .get("cameras/1001/archive/link?from=" + NOON + "&to=2024-03-01T12:10:00.000001Z", token).statusCode());
        assertEquals(422, client().get("cameras/1001/archive/link?from=" + NOON + "&to=" + NOON, token).statusCode());
        assertEquals(422, client().get("cameras/1001/archive/link?from=" + NOON, token).statusCode());
        assertEquals(404, client()
                .get("cameras/4242/archive/link?from=" + NOON + "&to=2024-03-01T12:01:00.000000Z", token).statusCode());
        assertEquals(List.of(), vms().archiveClips());
    }

    @Test
    void aMarkIsStoredAnsweredAndBroadcast() throws Exception {
        HttpResponse<String> response = client().postJson("cameras/1001/marks", token,
                "{\"title\":\"Parcel\",\"from\":\"" + NOON + "\",\"to\":\"2024-03-01T12:00:30.000000Z\"}");
        assertEquals(200, response.statusCode());
        JsonObject mark = VmsTestClient.object(response);
        assertEquals("Parcel", mark.get("title").getAsString());
        assertEquals(1001, mark.get("camera_id").getAsInt());
        assertEquals(List.of(new SimMark(mark.get("id").getAsInt(), 1001, "Parcel", Instant.parse(NOON),
                Instant.parse("2024-03-01T12:00:30Z"))), vms().marks());
        PublishedFrame frame = backend.frames().get(backend.frames().size() - 1);
        assertEquals("mark_created",
                frame.dataJson().getAsJsonObject().getAsJsonObject("data").get("type").getAsString());
        assertEquals(422, client().postJson("cameras/1001/marks", token,
                "{\"title\":\"\",\"from\":\"" + NOON + "\",\"to\":\"2024-03-01T12:00:30.000000Z\"}").statusCode());
    }

    @Test
    void aVisitorCodeIsMadeBroadcastAndDeletedOnlyOnce() throws Exception {
        vms().presetNextVisitorCode("24680");
        String expiry = VmsState.serverUtc(Instant.now().plus(Duration.ofHours(2)));
        HttpResponse<String> created = client().postJson("intercom/301/codes", token,
                "{\"title\":\"Courier\",\"expired_at\":\"" + expiry + "\"}");
        assertEquals(200, created.statusCode());
        JsonObject code = VmsTestClient.object(created);
        assertEquals("24680", code.get("code").getAsString());
        assertEquals(expiry, code.get("expired_at").getAsString());
        assertEquals(301, code.getAsJsonObject("intercom").get("id").getAsInt());
        int id = code.get("id").getAsInt();
        assertEquals("intercom.code.store", lastFrameType());

        assertEquals(1, VmsTestClient.object(client().get("intercom/codes?page=1", token)).getAsJsonArray("data").size());
        assertEquals(204, client().deleteJson("intercom/codes", token, "{\"ids\":[" + id + "]}").statusCode());
        assertEquals("intercom.code.delete", lastFrameType());
        assertEquals(List.of(), vms().visitorCodes());
        assertEquals(422, client().deleteJson("intercom/codes", token, "{\"ids\":[" + id + "]}").statusCode());
        assertEquals(422, client().deleteJson("intercom/codes", token, "{\"ids\":[]}").statusCode());
    }

    @Test
    void aCodeNeedsATitleAFutureExpiryAndAKnownIntercom() throws Exception {
        String future = VmsState.serverUtc(Instant.now().plus(Duration.ofHours(2)));
        assertEquals(422, client().postJson("intercom/301/codes", token,
                "{\"title\":\"Past\",\"expired_at\":\"" + NOON + "\"}").statusCode());
        assertEquals(422, client().postJson("intercom/301/codes", token,
                "{\"expired_at\":\"" + future + "\"}").statusCode());
        assertEquals(404, client().postJson("intercom/999/codes", token,
                "{\"title\":\"Nowhere\",\"expired_at\":\"" + future + "\"}").statusCode());
        assertEquals(List.of(), vms().visitorCodes());
    }

    private String lastFrameType() {
        PublishedFrame frame = backend.frames().get(backend.frames().size() - 1);
        return frame.dataJson().getAsJsonObject().get("type").getAsString();
    }
}
