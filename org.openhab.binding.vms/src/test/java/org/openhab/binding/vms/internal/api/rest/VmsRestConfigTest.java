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

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Base URL normalisation, links made absolute, defaults, {@code Retry-After} parsing and secret masking.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsRestConfigTest {

    @ParameterizedTest
    @CsvSource({ "https://vms.example.com, https://vms.example.com", //
            "https://vms.example.com/, https://vms.example.com", //
            "'  https://vms.example.com//  ', https://vms.example.com", //
            "https://vms.example.com/api/v1, https://vms.example.com", //
            "https://vms.example.com/api/v1/, https://vms.example.com", //
            "http://10.0.0.5:8080/vms/, http://10.0.0.5:8080/vms" })
    void baseUrlIsNormalised(String raw, String expected) {
        VmsRestConfig config = VmsRestConfig.of(raw);

        assertEquals(expected, config.baseUrl());
        assertEquals(expected + "/api/v1/cameras/flat-tree", config.apiUrl("cameras/flat-tree"));
        assertEquals(expected + "/api/v1/wsurl", config.apiUrl("/wsurl"));
    }

    @ParameterizedTest
    @CsvSource({ "https://vms.example.com, /storage/a.jpg, https://vms.example.com/storage/a.jpg", //
            "https://vms.example.com/, storage/a.jpg, https://vms.example.com/storage/a.jpg", //
            "https://vms.example.com/prefix, /storage/a.jpg, https://vms.example.com/prefix/storage/a.jpg", //
            "https://vms.example.com/prefix, storage/a.jpg, https://vms.example.com/prefix/storage/a.jpg", //
            "https://vms.example.com/prefix, ../a.jpg, https://vms.example.com/a.jpg", //
            "https://vms.example.com, //cdn.example.com/a.jpg, https://cdn.example.com/a.jpg", //
            "http://10.0.0.5:8080, //cdn.example.com/a.jpg, http://cdn.example.com/a.jpg", //
            "https://vms.example.com, https://cdn.example.com/p/1.mp4?sig=abc, https://cdn.example.com/p/1.mp4?sig=abc", //
            "https://vms.example.com, HTTP://Other.example.com/a, HTTP://Other.example.com/a", //
            "https://vms.example.com, /storage/my file.jpg, https://vms.example.com/storage/my file.jpg", //
            "https://vms.example.com, my file.jpg, https://vms.example.com/my file.jpg", //
            "https://vms.example.com, javascript:alert(1), https://vms.example.com/javascript:alert(1)", //
            "https://vms.example.com, file:///etc/passwd, https://vms.example.com/file:///etc/passwd" })
    void serverLinksAreMadeAbsoluteAgainstTheBaseUrl(String baseUrl, String link, String expected) {
        assertEquals(expected, VmsRestConfig.of(baseUrl).absoluteUrl(link));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "vms.example.com", "ftp://vms.example.com", "https://", "https://user:pw@host",
            "https://host/?x=1", "https://host/#frag", "https://ho st",
            // found by the hostile-configuration test: accepted, then failing (or meaning something else) later
            "https://host:99999", "https://host:0", "https://vms.example.com/ünï", "https://vmś.example.com",
            "\u202ehttps://host", "https://host/a\u0000b", "https://host/\u007f",
            "https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.com" })
    void invalidBaseUrlsAreRejected(String raw) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VmsRestConfig.of(raw));
        assertFalse(e.getMessage().contains("pw"));
    }

    @Test
    void aBaseUrlOfMoreThan2048CharactersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> VmsRestConfig.of("https://host/" + "a".repeat(2048)));
        assertEquals("https://host/" + "a".repeat(2000), VmsRestConfig.of("https://host/" + "a".repeat(2000)).baseUrl());
    }

    @Test
    void defaultsAndBlankValues() {
        VmsRestConfig config = VmsRestConfig.of("https://h").withLanguage(" ").withClient("", "")
                .withUserAgent("").withDeviceUuid(" ");

        assertEquals(Duration.ofSeconds(10), config.timeout());
        assertEquals("en", config.language());
        assertEquals("android", config.clientName());
        assertEquals("23.12.1.0", config.clientVersion());
        assertEquals(VmsRestConfig.DEFAULT_USER_AGENT, config.userAgent());
        assertNull(config.deviceUuid());
        assertEquals("h", config.serverName());
        assertEquals("h:8443", VmsRestConfig.of("https://h:8443").serverName());
    }

    @Test
    void clientNameAndVersionArePrintableAsciiOfBoundedLength() {
        VmsRestConfig config = VmsRestConfig.of("https://h").withClient(" ios ", "24.03.0.0");
        assertEquals("ios", config.clientName());
        assertEquals("24.03.0.0", config.clientVersion());
        assertTrue(VmsRestConfig.isValidClientHeader("openHAB VMS 1.0 (beta)"));
        assertTrue(VmsRestConfig.isValidClientHeader("x".repeat(VmsRestConfig.MAX_CLIENT_HEADER_LENGTH)));
        for (String bad : new String[] { "", "  ", "x".repeat(VmsRestConfig.MAX_CLIENT_HEADER_LENGTH + 1), "a\nb",
                "a\rX-Injected: 1", "tab\there", "caf\u00e9", "\u0000", "\u007f" }) {
            assertFalse(VmsRestConfig.isValidClientHeader(bad), bad);
            if (!bad.isBlank()) {
                assertThrows(IllegalArgumentException.class,
                        () -> VmsRestConfig.of("https://h").withClient(bad, "1.0"), bad);
                assertThrows(IllegalArgumentException.class,
                        () -> VmsRestConfig.of("https://h").withClient("ios", bad), bad);
            }
        }
    }

    @Test
    void timeoutMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> VmsRestConfig.of("https://h").withTimeout(Duration.ZERO));
    }

    @Test
    void retryAfterForms() {
        Instant now = Instant.parse("2024-03-01T12:00:00Z");

        assertEquals(Duration.ofSeconds(30), HttpErrors.parseRetryAfter(" 30 ", now));
        assertEquals(Duration.ofSeconds(90), HttpErrors.parseRetryAfter("Fri, 01 Mar 2024 12:01:30 GMT", now));
        assertEquals(Duration.ZERO, HttpErrors.parseRetryAfter("Fri, 01 Mar 2024 11:00:00 GMT", now));
        assertEquals(HttpErrors.MAX_RETRY_AFTER, HttpErrors.parseRetryAfter("99999999999999999999999", now));
        assertEquals(HttpErrors.MAX_RETRY_AFTER, HttpErrors.parseRetryAfter("31536000", now));
        assertNull(HttpErrors.parseRetryAfter("soon", now));
        assertNull(HttpErrors.parseRetryAfter("-5", now));
        assertNull(HttpErrors.parseRetryAfter("", now));
        assertNull(HttpErrors.parseRetryAfter(null, now));
    }

    @Test
    void redactorMasksSecretsControlCharactersAndLength() {
        List<@Nullable String> secrets = Arrays.asList("s3cret", null, "tok");

        assertEquals("a *** b *** c", SecretRedactor.clean("a s3cret b tok c", secrets));
        assertEquals("line one  line two", SecretRedactor.clean("line one\r\nline two", secrets));
        String cleaned = SecretRedactor.clean("x".repeat(1000), secrets);
        assertNotNull(cleaned);
        assertTrue(cleaned.length() < 320, "capped: " + cleaned.length());
        assertNull(SecretRedactor.clean(null, secrets));
    }
}
