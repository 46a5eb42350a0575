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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.http.LoopbackHttpServer;
import org.openhab.binding.vms.simulator.http.RecordedRequest;

/**
 * Downloads of linked files (previews, detection pictures): bytes as sent, the session's token only to the VMS server
 * itself, a size limit, error statuses as errors; the preview at a moment in the server's UTC date format.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsRestClientDownloadTest extends RestTestBase {

    private static final byte[] PICTURE = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, (byte) 0x80, (byte) 0xFE };

    @Test
    void aFileOnTheVmsServerGetsTheSessionsHeaders() throws Exception {
        server().route("GET", "/storage/a.jpg", HttpReply.bytes(200, "image/jpeg", PICTURE));

        byte[] bytes = loggedIn().download(server().baseUrl() + "/storage/a.jpg", 1024, "a picture");

        assertArrayEquals(PICTURE, bytes);
        RecordedRequest request = server().requests("GET", "/storage/a.jpg").get(0);
        assertEquals("Bearer " + TOKEN, request.header("Authorization"));
    }

    @Test
    void aFileOnAnotherHostGetsAPlainRequest() throws Exception {
        try (LoopbackHttpServer storage = new LoopbackHttpServer()) {
            storage.route("GET", "/s3/crop.jpg", HttpReply.bytes(200, "image/jpeg", PICTURE));

            byte[] bytes = loggedIn().download(storage.baseUrl() + "/s3/crop.jpg", 1024, "a picture");

            assertArrayEquals(PICTURE, bytes);
            assertNull(storage.requests("GET", "/s3/crop.jpg").get(0).header("Authorization"), "no token elsewhere");
        }
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        server().route("GET", "/storage/big.mp4", HttpReply.bytes(200, "video/mp4", new byte[4096]));

        VmsApiException e = assertThrows(VmsApiException.class,
                () -> loggedIn().download(server().baseUrl() + "/storage/big.mp4", 1024, "the preview of camera 5"));
        assertEquals(Reason.MALFORMED_RESPONSE, e.getReason());
        assertTrue(e.getMessage().contains("too large (over 1 KiB), could not download the preview of camera 5"),
                e.getMessage());
    }

    @Test
    void anErrorStatusIsAnError() {
        server().route("GET", "/storage/gone.jpg", HttpReply.json(404, "{\"message\":\"Not Found\"}"));

        VmsApiException e = assertThrows(VmsApiException.class,
                () -> loggedIn().download(server().baseUrl() + "/storage/gone.jpg", 1024, "a picture"));
        assertEquals(Reason.NOT_FOUND, e.getReason());
    }

    @Test
    void thePreviewAtAMomentSendsTheServersUtcFormat() throws Exception {
        server().route("GET", API + "cameras/5/preview", HttpReply.json(200, "{\"preview\":\"/storage/5.mp4\"}"));

        String url = loggedIn().getPreviewUrl(5, Instant.parse("2026-01-02T03:04:05.678Z"));

        assertEquals(server().baseUrl() + "/storage/5.mp4", url);
        assertEquals("date=2026-01-02T03%3A04%3A05.678000Z",
                server().requests("GET", API + "cameras/5/preview").get(0).query());
    }

    @Test
    void sameOriginComparesSchemeHostAndPort() {
        assertTrue(VmsRestClient.sameOrigin("https://vms.example.com/storage/a.jpg", "https://vms.example.com"));
        assertTrue(VmsRestClient.sameOrigin("https://VMS.example.com:443/a", "https://vms.example.com"));
        assertFalse(VmsRestClient.sameOrigin("http://vms.example.com/a", "https://vms.example.com"));
        assertFalse(VmsRestClient.sameOrigin("https://vms.example.com:8443/a", "https://vms.example.com"));
        assertFalse(VmsRestClient.sameOrigin("https://s3.example.com/a", "https://vms.example.com"));
        assertFalse(VmsRestClient.sameOrigin("https://vms.example.com.evil.net/a", "https://vms.example.com"));
    }
}
