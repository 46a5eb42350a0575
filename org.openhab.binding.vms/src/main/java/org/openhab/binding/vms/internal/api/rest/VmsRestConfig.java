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

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Connection settings of the REST client. Immutable; build with {@link #of(String)} and the {@code with...} methods.
 * <p>
 * Header defaults (docs/protocol.md, "Base URL and headers"): the server is only known to accept the two mobile SDKs'
 * {@code X-Client}/{@code X-Version} pairs, and HTTP 409 ("client too old") may depend on them. We therefore default
 * to the Android pair ({@code android}, {@code 23.12.1.0}), the SDK whose REST conventions we follow (page 1, form
 * channel auth), and identify ourselves honestly in {@code User-Agent}. Both values are configurable (the account's
 * advanced parameters {@code clientName}/{@code clientVersion}): when a server raises its minimum version, users raise
 * theirs instead of waiting for a release. A value must be 1 to {@value #MAX_CLIENT_HEADER_LENGTH} printable ASCII
 * characters ({@link #isValidClientHeader(String)}); blank means the default.
 *
 * @param baseUrl normalised: scheme and host, optional path prefix, no trailing slash, no {@code /api/v1}
 * @param timeout total time allowed for one request (connect, send, wait, read)
 * @param language the {@code hl} header (language of server texts)
 * @param clientName the {@code X-Client} header
 * @param clientVersion the {@code X-Version} header
 * @param userAgent the {@code User-Agent} header
 * @param deviceUuid the {@code X-UUID} header (stable per installation); not sent when null
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsRestConfig(String baseUrl, Duration timeout, String language, String clientName,
        String clientVersion, String userAgent, @Nullable String deviceUuid) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final String DEFAULT_LANGUAGE = "en";
    public static final String DEFAULT_CLIENT_NAME = "android";
    public static final String DEFAULT_CLIENT_VERSION = "23.12.1.0";
    public static final String DEFAULT_USER_AGENT = "openHAB VMS binding";

    /** Longest {@code X-Client}/{@code X-Version} value; real ones are a word and a dotted version. */
    public static final int MAX_CLIENT_HEADER_LENGTH = 64;

    private static final String API_SUFFIX = "/api/v1";
    /** Far above any real server address; longer ones are typing or pasting accidents (or attacks on the log). */
    static final int MAX_BASE_URL_LENGTH = 2048;
    private static final int MAX_HOST_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;

    public VmsRestConfig {
        baseUrl = normaliseBaseUrl(baseUrl);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The request timeout must be positive");
        }
        language = language.isBlank() ? DEFAULT_LANGUAGE : language.trim();
        clientName = clientHeader("client name", clientName, DEFAULT_CLIENT_NAME);
        clientVersion = clientHeader("client version", clientVersion, DEFAULT_CLIENT_VERSION);
        userAgent = userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent.trim();
        String uuid = deviceUuid;
        deviceUuid = uuid == null || uuid.isBlank() ? null : uuid.trim();
    }

    /**
     * @param baseUrl e.g. {@code https://vms.example.com}; a trailing slash and a trailing {@code /api/v1} are removed
     * @throws IllegalArgumentException when it is not an absolute http(s) URL with a host
     */
    public static VmsRestConfig of(String baseUrl) {
        return new VmsRestConfig(baseUrl, DEFAULT_TIMEOUT, DEFAULT_LANGUAGE, DEFAULT_CLIENT_NAME,
                DEFAULT_CLIENT_VERSION, DEFAULT_USER_AGENT, null);
    }

    public VmsRestConfig withTimeout(Duration newTimeout) {
        return new VmsRestConfig(baseUrl, newTimeout, language, clientName, clientVersion, userAgent, deviceUuid);
    }

    public VmsRestConfig withLanguage(String newLanguage) {
        return new VmsRestConfig(baseUrl, timeout, newLanguage, clientName, clientVersion, userAgent, deviceUuid);
    }

    public VmsRestConfig withClient(String newClientName, String newClientVersion) {
        return new VmsRestConfig(baseUrl, timeout, language, newClientName, newClientVersion, userAgent, deviceUuid);
    }

    public VmsRestConfig withUserAgent(String newUserAgent) {
        return new VmsRestConfig(baseUrl, timeout, language, clientName, clientVersion, newUserAgent, deviceUuid);
    }

    public VmsRestConfig withDeviceUuid(@Nullable String newDeviceUuid) {
        return new VmsRestConfig(baseUrl, timeout, language, clientName, clientVersion, userAgent, newDeviceUuid);
    }

    /**
     * Whether the value can be sent as {@code X-Client} or {@code X-Version}: after trimming, 1 to
     * {@value #MAX_CLIENT_HEADER_LENGTH} printable ASCII characters (no control characters, which would break the
     * header, and nothing beyond ASCII, which HTTP headers do not carry reliably).
     */
    public static boolean isValidClientHeader(String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_CLIENT_HEADER_LENGTH) {
            return false;
        }
        return trimmed.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    private static String clientHeader(String what, String value, String defaultValue) {
        if (value.isBlank()) {
            return defaultValue;
        }
        if (!isValidClientHeader(value)) {
            throw new IllegalArgumentException(
                    "The " + what + " must be 1 to " + MAX_CLIENT_HEADER_LENGTH + " printable ASCII characters");
        }
        return value.trim();
    }

    /** @return {@code {baseUrl}/api/v1/{path}} */
    public String apiUrl(String path) {
        return baseUrl + API_SUFFIX + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /**
     * A link the server sent, made absolute (docs/protocol.md, "Reading payloads"): an {@code http}/{@code https}
     * URL stays as it is, a path starting with {@code /} is appended to the base URL (as iOS does, keeping its path
     * prefix), a protocol-relative {@code //host/...} gets the base URL's scheme, any other relative link is resolved
     * against the base URL, and a link with another scheme is taken as a path on the server. The one rule for
     * preview, image and archive links.
     */
    public String absoluteUrl(String link) {
        String lower = link.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return link;
        }
        if (link.startsWith("//")) {
            return baseUrl.substring(0, baseUrl.indexOf(':') + 1) + link;
        }
        if (link.startsWith("/")) {
            return baseUrl + link;
        }
        try {
            URI uri = new URI(link);
            if (!uri.isAbsolute()) {
                return URI.create(baseUrl + "/").resolve(uri).toString();
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not a URI java.net reads (a blank, say): still a path on the server
        }
        // also another scheme (javascript:, file: ...): a channel must not offer it as a link to follow
        return baseUrl + "/" + link;
    }

    /** @return host and port of the base URL, for messages (no path, no credentials) */
    public String serverName() {
        URI uri = URI.create(baseUrl);
        return uri.getPort() < 0 ? String.valueOf(uri.getHost()) : uri.getHost() + ":" + uri.getPort();
    }

    static String normaliseBaseUrl(String raw) {
        String url = raw.trim();
        if (url.length() > MAX_BASE_URL_LENGTH) {
            throw new IllegalArgumentException("The VMS server address is too long");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                // java.net.URI lets non-ASCII characters through, which then fail (or mean something else) later
                throw new IllegalArgumentException("The VMS server address must be plain ASCII without blanks"
                        + " (write an international domain name in its xn-- form)");
            }
        }
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        if (url.toLowerCase(Locale.ROOT).endsWith(API_SUFFIX)) {
            url = url.substring(0, url.length() - API_SUFFIX.length());
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The VMS server address is not a valid URL");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException(
                    "The VMS server address must start with https:// or http:// and name a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "The VMS server address must not contain user info, a query or a fragment");
        }
        int port = uri.getPort();
        if (port == 0 || port > 65535) {
            // java.net.URI accepts any number of digits; the HTTP client would fail on every request instead
            throw new IllegalArgumentException("The VMS server address has an invalid port");
        }
        if (!validHost(uri.getHost())) {
            throw new IllegalArgumentException("The VMS server address has an invalid host name");
        }
        return url;
    }

    /** An IP literal, or a DNS name whose labels fit DNS limits (a longer one could never resolve). */
    private static boolean validHost(String host) {
        if (host.startsWith("[")) {
            return true; // IPv6 literal, checked by URI
        }
        if (host.length() > MAX_HOST_LENGTH) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (label.length() > MAX_LABEL_LENGTH) {
                return false;
            }
        }
        return true;
    }
}
