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

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * The simulated backend's live video and control endpoints: streams, PTZ, call rejection, intercom settings.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ControlRoutesTest extends LoggedInTestBase {

    @Test
    void streamLinksCarryANewTokenAndTheirExpiryWhenALifetimeIsSet() throws Exception {
        JsonObject plain = VmsTestClient.object(client().get("cameras/1001/streams?type=high&source=hls", token));
        assertEquals(vms().baseUrl() + "/live/1001/high/index.m3u8?token=stream-1", plain.get("url").getAsString());
        assertFalse(plain.has("expire_in_seconds"));

        vms().setStreamLinkLifetime(Duration.ofSeconds(30));
        JsonObject expiring = VmsTestClient.object(client().get("cameras/1001/streams?type=low&source=rtsp", token));
        String url = expiring.get("url").getAsString();
        assertTrue(url.startsWith("rtsp://127.0.0.1:"), url);
        assertTrue(url.contains("/live/1001/low?token=stream-2&expires="), url);
        long expires = Long.parseLong(url.substring(url.indexOf("expires=") + 8));
        assertTrue(Math.abs(expires - Instant.now().plusSeconds(30).getEpochSecond()) <= 2, url);
        assertEquals(30, expiring.get("expire_in_seconds").getAsInt());
        assertEquals(2, vms().issuedStreamLinks().size());

        assertEquals(422, client().get("cameras/1001/streams?type=medium", token).statusCode());
        assertEquals(404, client().get("cameras/4040/streams?type=high", token).statusCode());
    }

    @Test
    void onlyPtzCamerasMove() throws Exception {
        assertEquals(403, client().postJson("cameras/1001/move", token, "{\"up\":true}").statusCode());
        vms().setPtz(1001, true, false);
        assertEquals(200, client().postJson("cameras/1001/move", token, "{\"zoom-in\":true}").statusCode());
        assertEquals(200, client().post("cameras/1001/move/home", token).statusCode());
        assertEquals(422, client().postJson("cameras/1001/move", token, "{\"up\":true,\"down\":true}").statusCode());
        assertEquals(422, client().postJson("cameras/1001/move", token, "{}").statusCode());
        assertEquals(List.of("1001:zoom-in", "1001:home"), vms().ptzMoves());
        assertTrue(VmsTestClient.object(client().get("cameras/1001", token)).getAsJsonObject("services").get("ptz")
                .getAsBoolean());
    }

    @Test
    void aRingingCallCanBeRejectedOnce() throws Exception {
        SimCall call = vms().ring(301);
        int before = backend.frames().size();
        assertEquals(204, client().post("intercom/calls/" + call.id() + "/cancel", token).statusCode());
        assertEquals("ended", vms().call(call.id()).status());
        assertEquals(List.of(call.id()), vms().rejectedCalls());
        assertEquals(before + 1, backend.frames().size(), "the ended call is broadcast");
        assertTrue(backend.frames().get(before).data().contains("\"status\":\"ended\""));
        assertEquals(422, client().post("intercom/calls/" + call.id() + "/cancel", token).statusCode());
        assertEquals(422, client().post("intercom/calls/9001/cancel", token).statusCode(), "a missed call");
    }

    @Test
    void patchingIsEnabledChangesAndAnnouncesTheIntercom() throws Exception {
        JsonObject answer = VmsTestClient
                .object(client().patchJson("intercom/301", token, "{\"is_enabled\":false}"));
        assertFalse(answer.get("is_enabled").getAsBoolean());
        assertFalse(vms().intercom(301).enabled());
        assertTrue(backend.frames().get(backend.frames().size() - 1).data().contains("intercom.update"));
        assertEquals(422, client().patchJson("intercom/301", token, "{\"is_enabled\":\"no\"}").statusCode());
        assertEquals(404, client().patchJson("intercom/999", token, "{\"is_enabled\":true}").statusCode());
    }
}
