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
package org.openhab.binding.vms.internal.api.model;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@link VmsStreamLink}: the answer of {@code GET cameras/{id}/streams} with and without a stated expiry
 * (docs/protocol.md, "Live streams").
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsStreamLinkTest {

    private static final Instant RECEIVED = Instant.parse("2024-03-01T12:00:00Z");

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    @Test
    void aPlainAnswerHasNoExpiry() {
        VmsStreamLink link = VmsStreamLink.fromJson(json("""
                {"url": " https://vms.example.com/hls/1001/index.m3u8 ", "fallback_url": "", "move_to": null}"""),
                RECEIVED);
        assertNotNull(link);
        assertEquals("https://vms.example.com/hls/1001/index.m3u8", link.url());
        assertNull(link.fallbackUrl());
        assertNull(link.expiresAt());
    }

    @Test
    void anAnswerWithoutUrlIsNoLink() {
        assertNull(VmsStreamLink.fromJson(json("{\"url\": \"  \"}"), RECEIVED));
        assertNull(VmsStreamLink.fromJson(json("{\"status\": \"ok\"}"), RECEIVED));
    }

    @Test
    void theExpiryIsReadFromADateFromSecondsOrFromTheUrl() {
        assertEquals(Instant.parse("2024-03-01T12:05:00Z"), VmsStreamLink.fromJson(json("""
                {"url": "u", "expired_at": "2024-03-01T12:05:00.000000Z"}"""), RECEIVED).expiresAt());
        assertEquals(Instant.parse("2024-03-01T12:06:00Z"), VmsStreamLink.fromJson(json("""
                {"url": "u", "expires_at": "2024-03-01T12:06:00Z"}"""), RECEIVED).expiresAt());
        assertEquals(RECEIVED.plusSeconds(90), VmsStreamLink.fromJson(json("""
                {"url": "u", "expire_in_seconds": 90}"""), RECEIVED).expiresAt());
        assertEquals(RECEIVED.plusSeconds(30), VmsStreamLink.fromJson(json("""
                {"url": "u", "ttl": "30"}"""), RECEIVED).expiresAt());
        assertEquals(Instant.ofEpochSecond(1709294700L), VmsStreamLink.fromJson(json("""
                {"url": "https://h/live.m3u8?token=abc&expires=1709294700"}"""), RECEIVED).expiresAt());
    }

    @Test
    void implausibleExpiriesAreIgnored() {
        assertNull(VmsStreamLink.fromJson(json("{\"url\": \"u\", \"expire_in_seconds\": 0}"), RECEIVED).expiresAt());
        assertNull(VmsStreamLink.urlExpiry("https://h/live.m3u8?expires=42"));
        assertNull(VmsStreamLink.urlExpiry("https://h/live.m3u8?expires=soon"));
        assertNull(VmsStreamLink.urlExpiry("https://h/live.m3u8?notexpires=1709294700"));
        assertNull(VmsStreamLink.urlExpiry("not a uri at all %"));
    }
}
