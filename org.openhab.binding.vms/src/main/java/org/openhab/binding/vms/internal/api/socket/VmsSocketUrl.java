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

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsServerText;

/**
 * The Pusher WebSocket URL, built from {@code GET /api/v1/wsurl}'s {@code ws_url} and {@code app_key} by the
 * algorithm of docs/protocol.md, "Socket URL":
 * <ol>
 * <li>TLS for {@code wss}/{@code https}, plain for {@code ws}/{@code http};</li>
 * <li>host from {@code ws_url};</li>
 * <li>its explicit port, else 443 (TLS) / 80 (plain);</li>
 * <li>its path without trailing slashes as prefix, {@code /pusher} when empty (see docs/protocol.md, "Decisions": works
 * whether the server sends {@code wss://host/pusher} or just {@code wss://host:443});</li>
 * <li>{@code scheme://host:port prefix/app/appKey?protocol=7&client=openhab-vms&version=<version>}.</li>
 * </ol>
 * Input is server data (or user configuration), so anything unusable ends in a {@link VmsApiException} that says
 * what is wrong. Values containing {@code @} are never echoed, as they may carry credentials.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsSocketUrl {

    /** The {@code client} query parameter we identify with. */
    public static final String CLIENT_NAME = "openhab-vms";
    /** Pusher protocol version we speak (pusher-java-client 2.x implements protocol 7). */
    public static final int PROTOCOL_VERSION = 7;
    /** Prefix used when {@code ws_url} has no path: Android's default, and where the deployed ingress routes. */
    public static final String DEFAULT_PATH_PREFIX = "/pusher";

    private static final int TLS_PORT = 443;
    private static final int PLAIN_PORT = 80;
    // RFC 3986 unreserved characters: safe in a path segment and a query value without encoding
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~-]+");
    // a path segment "." or "..", also percent-encoded: servers resolve them, so the URL would mean another path
    private static final Pattern DOT_SEGMENT = Pattern.compile("(?i)(^|/)(\\.|%2e){1,2}(/|$)");
    // a percent-encoded control character (%00-%1F, %7F): never part of a real path, a classic header injection
    private static final Pattern ENCODED_CONTROL = Pattern.compile("(?i)%(0[0-9a-f]|1[0-9a-f]|7f)");
    /** Pusher app keys are about 20 characters; anything this long is a mistake. */
    static final int MAX_APP_KEY_LENGTH = 200;
    static final int MAX_URL_LENGTH = 2048;
    /** How much of a refused value a message repeats. */
    private static final int MAX_SHOWN_LENGTH = 100;

    private final boolean tls;
    private final String host;
    private final int port;
    private final String pathPrefix;
    private final String appKey;
    private final String clientVersion;

    private VmsSocketUrl(boolean tls, String host, int port, String pathPrefix, String appKey, String clientVersion) {
        this.tls = tls;
        this.host = host;
        this.port = port;
        this.pathPrefix = pathPrefix;
        this.appKey = appKey;
        this.clientVersion = clientVersion;
    }

    /**
     * Builds the URL from the server's socket settings.
     *
     * @param wsUrl {@code ws_url} as returned by {@code GET /api/v1/wsurl}
     * @param appKey {@code app_key} as returned by {@code GET /api/v1/wsurl}
     * @param clientVersion our version, sent as the {@code version} query parameter
     * @throws VmsApiException if the values cannot give a usable URL
     */
    public static VmsSocketUrl of(String wsUrl, String appKey, String clientVersion) throws VmsApiException {
        return parse("ws_url", wsUrl, appKey, clientVersion);
    }

    /**
     * Builds the URL from the server's socket settings, each replaced by the user's override when one is set
     * (advanced configuration for deployments whose {@code wsurl} answer is wrong or unreachable from openHAB). The
     * override URL goes through the same algorithm as {@code ws_url}.
     *
     * @param overrideUrl replaces {@code serverWsUrl} when not null or blank
     * @param overrideAppKey replaces {@code serverAppKey} when not null or blank
     * @throws VmsApiException if the values in effect cannot give a usable URL
     */
    public static VmsSocketUrl resolve(String serverWsUrl, String serverAppKey, @Nullable String overrideUrl,
            @Nullable String overrideAppKey, String clientVersion) throws VmsApiException {
        boolean urlOverridden = overrideUrl != null && !overrideUrl.isBlank();
        String url = urlOverridden ? overrideUrl : serverWsUrl;
        String key = overrideAppKey != null && !overrideAppKey.isBlank() ? overrideAppKey.trim() : serverAppKey;
        return parse(urlOverridden ? "configured socket URL" : "ws_url", url, key, clientVersion);
    }

    private static VmsSocketUrl parse(String what, @Nullable String rawUrl, @Nullable String rawAppKey,
            String clientVersion) throws VmsApiException {
        if (rawUrl == null || rawUrl.isBlank()) {
            throw new VmsApiException("The " + what + " is empty");
        }
        // surrounding blanks are a typing slip in a config field; blanks inside are refused by URI below
        String text = rawUrl.strip();
        if (text.length() > MAX_URL_LENGTH) {
            throw new VmsApiException("The " + what + " is too long");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new VmsApiException(
                    "The " + what + " " + describe(text) + " is not a valid URL (" + e.getReason() + ")");
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw new VmsApiException("The " + what + " must not contain user information");
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            throw new VmsApiException(
                    "The " + what + " " + describe(text) + " has no scheme; expected wss://, ws://, https:// or http://");
        }
        boolean tls = switch (scheme.toLowerCase(Locale.ROOT)) {
            case "wss", "https" -> true;
            case "ws", "http" -> false;
            default -> throw new VmsApiException("The " + what + " " + describe(text) + " has the unsupported scheme '"
                    + scheme + "'; expected wss, ws, https or http");
        };
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new VmsApiException("The " + what + " " + describe(text) + " has no (valid) host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new VmsApiException(
                    "The " + what + " " + describe(text) + " must not contain a query or fragment");
        }
        int port = uri.getPort();
        if (port == -1) {
            port = tls ? TLS_PORT : PLAIN_PORT;
        } else if (port < 1 || port > 65535) {
            throw new VmsApiException("The " + what + " " + describe(text) + " has the invalid port " + port);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        // both SDKs append "/app/" directly, so a trailing slash would give "//app/"
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            path = DEFAULT_PATH_PREFIX;
        }
        if (DOT_SEGMENT.matcher(path).find() || ENCODED_CONTROL.matcher(path).find()) {
            throw new VmsApiException("The " + what + " " + describe(text)
                    + " has a path with '.' or '..' segments or encoded control characters");
        }
        if (rawAppKey == null || rawAppKey.isEmpty()) {
            throw new VmsApiException("The socket app key is empty");
        }
        if (rawAppKey.length() > MAX_APP_KEY_LENGTH) {
            throw new VmsApiException("The socket app key is too long");
        }
        if (!URL_SAFE.matcher(rawAppKey).matches() || rawAppKey.chars().allMatch(c -> c == '.')) {
            throw new VmsApiException("The socket app key " + describe(rawAppKey)
                    + " contains characters other than letters, digits, '.', '_', '~' and '-', or only dots");
        }
        return new VmsSocketUrl(tls, host.toLowerCase(Locale.ROOT), port, path, rawAppKey, clientVersion);
    }

    private static String describe(String value) {
        if (value.contains("@")) {
            return "(not shown)";
        }
        // the value ends up in exception messages and log lines
        return "'" + VmsServerText.clean(value, MAX_SHOWN_LENGTH) + "'";
    }

    public boolean isTls() {
        return tls;
    }

    public String scheme() {
        return tls ? "wss" : "ws";
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The path before {@code /app/}: never empty, never ending in {@code /}. */
    public String pathPrefix() {
        return pathPrefix;
    }

    public String appKey() {
        return appKey;
    }

    public String clientVersion() {
        return clientVersion;
    }

    /** The complete URL to open. */
    public String url() {
        return scheme() + "://" + host + ":" + port + pathPrefix + "/app/" + appKey + "?protocol=" + PROTOCOL_VERSION
                + "&client=" + CLIENT_NAME + "&version=" + URLEncoder.encode(clientVersion, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof VmsSocketUrl other && url().equals(other.url());
    }

    @Override
    public int hashCode() {
        return url().hashCode();
    }

    @Override
    public String toString() {
        return url();
    }
}
