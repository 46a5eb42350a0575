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
package org.openhab.binding.vms.internal.api.socket;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.vms.internal.api.VmsApiException;

/**
 * The socket URL algorithm of docs/protocol.md, "Socket URL", rule by rule, and its refusal of unusable input.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsSocketUrlTest {

    private static final String KEY = "vms-app-key";
    private static final String QUERY = "?protocol=7&client=openhab-vms&version=1.0.0";

    private static String url(String wsUrl) throws VmsApiException {
        return VmsSocketUrl.of(wsUrl, KEY, "1.0.0").url();
    }

    @Test
    void theProtocolsExample() throws VmsApiException {
        assertEquals("wss://example.com:443/pusher/app/vms-app-key" + QUERY, url("wss://example.com/pusher"));
    }

    // both shapes of ws_url (docs/protocol.md, "Decisions"): with the /pusher path, and without any path
    @Test
    void openQuestion13_1WithPathUsesThePath() throws VmsApiException {
        assertEquals("wss://example.com:443/pusher/app/vms-app-key" + QUERY, url("wss://example.com:443/pusher"));
    }

    @Test
    void openQuestion13_1WithoutPathFallsBackToPusher() throws VmsApiException {
        assertEquals("wss://example.com:443/pusher/app/vms-app-key" + QUERY, url("wss://example.com:443"));
        assertEquals("wss://example.com:443/pusher/app/vms-app-key" + QUERY, url("wss://example.com"));
    }

    @ParameterizedTest
    @CsvSource({ //
            "wss://example.com/pusher, true, wss, 443", //
            "https://example.com/pusher, true, wss, 443", //
            "ws://example.com/pusher, false, ws, 80", //
            "http://example.com/pusher, false, ws, 80", //
            "WSS://example.com/pusher, true, wss, 443", //
            "Http://example.com/pusher, false, ws, 80" })
    void schemeDecidesTlsAndDefaultPort(String wsUrl, boolean tls, String scheme, int port) throws VmsApiException {
        VmsSocketUrl url = VmsSocketUrl.of(wsUrl, KEY, "1.0.0");

        assertEquals(tls, url.isTls());
        assertEquals(scheme, url.scheme());
        assertEquals(port, url.port());
    }

    @Test
    void explicitPortWins() throws VmsApiException {
        // the iOS docs' "433" (sic) is taken as given
        assertEquals(433, VmsSocketUrl.of("wss://example.com:433", KEY, "1").port());
        assertEquals(6001, VmsSocketUrl.of("ws://127.0.0.1:6001/pusher", KEY, "1").port());
        assertEquals(443, VmsSocketUrl.of("ws://example.com:443/pusher", KEY, "1").port());
    }

    @Test
    void hostIsTakenFromWsUrl() throws VmsApiException {
        assertEquals("push.example.com", VmsSocketUrl.of("wss://push.example.com/pusher", KEY, "1").host());
        assertEquals("127.0.0.1", VmsSocketUrl.of("ws://127.0.0.1:6001", KEY, "1").host());
        assertEquals("[::1]", VmsSocketUrl.of("ws://[::1]:6001/pusher", KEY, "1").host());
        assertEquals("example.com", VmsSocketUrl.of("wss://Example.COM/pusher", KEY, "1").host());
    }

    @ParameterizedTest
    @CsvSource({ //
            "wss://example.com/pusher, /pusher", //
            "wss://example.com/pusher/, /pusher", //
            "wss://example.com/pusher///, /pusher", //
            "wss://example.com/, /pusher", //
            "wss://example.com//, /pusher", //
            "wss://example.com/ws, /ws", //
            "wss://example.com/gateway/pusher/, /gateway/pusher", //
            "wss://example.com/a%20b, /a%20b" })
    void prefixIsThePathWithoutTrailingSlashesOrPusher(String wsUrl, String prefix) throws VmsApiException {
        VmsSocketUrl url = VmsSocketUrl.of(wsUrl, KEY, "1");

        assertEquals(prefix, url.pathPrefix());
        assertFalse(url.url().contains("//app/"));
    }

    @Test
    void fullUrlShape() throws VmsApiException {
        assertEquals("ws://127.0.0.1:6001/gateway/app/key_1.x~y?protocol=7&client=openhab-vms&version=4.3.0",
                VmsSocketUrl.of("ws://127.0.0.1:6001/gateway/", "key_1.x~y", "4.3.0").url());
    }

    @Test
    void versionIsEncoded() throws VmsApiException {
        assertTrue(VmsSocketUrl.of("wss://example.com", KEY, "4.3.0 beta+1&x=y").url()
                .endsWith("&version=4.3.0+beta%2B1%26x%3Dy"));
    }

    @Test
    void surroundingBlanksAreIgnored() throws VmsApiException {
        assertEquals(url("wss://example.com/pusher"), url("  wss://example.com/pusher \n"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "example.com/pusher", "//example.com/pusher", "ftp://example.com/pusher",
            "file:///etc/passwd", "javascript:alert(1)", "wss:///pusher", "wss:example.com", "wss://", "wss://:443/pusher",
            "wss://exa mple.com/pusher", "wss://example.com/pu sher", "wss://example.com:99999/pusher",
            "wss://example.com:0/pusher", "wss://example.com:abc/pusher", "wss://example.com/pusher?x=1",
            "wss://example.com/pusher#frag", "wss://exa_mple.com/pusher", "wss://example.com/pusher\r\nHost: evil",
            // found by the hostile-configuration test: paths that mean another path, encoded control characters
            "wss://example.com/../pusher", "wss://example.com/pusher/..", "wss://example.com/./pusher",
            "wss://example.com/%2e%2e/pusher", "wss://example.com/%2E./pusher", "wss://example.com/pusher%0d%0aX:%201",
            "wss://example.com/push%00er", "wss://example.com/%7f" })
    void hostileOrUnusableUrlsAreRefusedWithAClearMessage(String wsUrl) {
        VmsApiException e = assertThrows(VmsApiException.class, () -> VmsSocketUrl.of(wsUrl, KEY, "1"));

        String message = e.getMessage();
        assertNotNull(message);
        assertTrue(message.startsWith("The ws_url"), message);
    }

    @Test
    void harmlessDotsAndTheLongestAppKeyAreAccepted() throws VmsApiException {
        assertEquals("/a.b/..c/.d.", VmsSocketUrl.of("wss://example.com/a.b/..c/.d.", KEY, "1").pathPrefix());
        String longKey = "k".repeat(VmsSocketUrl.MAX_APP_KEY_LENGTH);
        assertEquals(longKey, VmsSocketUrl.of("wss://example.com", longKey, "1").appKey());
        assertThrows(VmsApiException.class, () -> VmsSocketUrl.of("wss://example.com", longKey + "k", "1"));
        assertEquals("k.k", VmsSocketUrl.of("wss://example.com", "k.k", "1").appKey());
    }

    @Test
    void refusedValuesAreEchoedWithoutControlCharactersAndBounded() {
        VmsApiException e = assertThrows(VmsApiException.class,
                () -> VmsSocketUrl.of("wss://example.com/pusher\r\nX-Injected: 1" + "x".repeat(500), KEY, "1"));
        String message = String.valueOf(e.getMessage());
        assertFalse(message.contains("\r") || message.contains("\n"), message);
        assertTrue(message.length() < 300, message);
    }

    @Test
    void credentialsInTheUrlAreRefusedAndNotEchoed() {
        VmsApiException e = assertThrows(VmsApiException.class,
                () -> VmsSocketUrl.of("wss://user:s3cret@example.com/pusher", KEY, "1"));

        String message = String.valueOf(e.getMessage());
        assertFalse(message.contains("s3cret"), message);
        assertTrue(message.contains("user information"), message);

        VmsApiException spaced = assertThrows(VmsApiException.class,
                () -> VmsSocketUrl.of("wss://user:s3 cret@example.com/pusher", KEY, "1"));
        assertFalse(String.valueOf(spaced.getMessage()).contains("s3"), spaced.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "key/other", "key with space", "key?x=1", "key#", "ключ", "key%2F", ".", "..",
            "...", "key\r\nX: 1" })
    void unusableAppKeysAreRefused(String appKey) {
        VmsApiException e = assertThrows(VmsApiException.class,
                () -> VmsSocketUrl.of("wss://example.com/pusher", appKey, "1"));
        assertTrue(String.valueOf(e.getMessage()).contains("app key"), e.getMessage());
    }

    @Test
    void overridesReplaceTheServersValues() throws VmsApiException {
        VmsSocketUrl url = VmsSocketUrl.resolve("wss://example.com/pusher", KEY, "ws://10.0.0.5:6001/pusher",
                "local-key", "1.0.0");

        assertEquals("ws://10.0.0.5:6001/pusher/app/local-key" + QUERY, url.url());
    }

    @Test
    void blankOverridesAreIgnored() throws VmsApiException {
        VmsSocketUrl url = VmsSocketUrl.resolve("wss://example.com/pusher", KEY, " ", "", "1.0.0");

        assertEquals("wss://example.com:443/pusher/app/vms-app-key" + QUERY, url.url());
        assertEquals(url, VmsSocketUrl.resolve("wss://example.com/pusher", KEY, null, null, "1.0.0"));
    }

    @Test
    void anOverrideUrlGoesThroughTheSameRules() throws VmsApiException {
        assertEquals("/pusher", VmsSocketUrl.resolve("wss://x.com/a", KEY, "wss://y.com/", null, "1").pathPrefix());

        VmsApiException e = assertThrows(VmsApiException.class,
                () -> VmsSocketUrl.resolve("wss://example.com/pusher", KEY, "ftp://y.com", null, "1"));
        assertTrue(String.valueOf(e.getMessage()).startsWith("The configured socket URL"), e.getMessage());
    }
}
