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

import java.time.Duration;

import javax.net.ssl.X509ExtendedTrustManager;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a {@link VmsSocketClient} connects to and how it keeps the connection alive.
 *
 * @param url where to connect (built by {@link VmsSocketUrl})
 * @param accessTokenId {@code user.access_token_id} from login, for {@code private-token.{id}}; null or empty skips
 *            that channel
 * @param userId {@code user.id} from login, for {@code private-user.{id}}; below 1 skips that channel
 * @param activityTimeout send {@code pusher:ping} after this much inbound silence. Fixed for the life of the client
 *            (pusher-java-client takes it at construction), so it cannot follow the server's announced
 *            {@code activity_timeout}; the default of 30 s suits push1st (40 s) and hosted Pusher (120 s)
 * @param pongTimeout after a ping, drop the connection if nothing arrives within this time
 * @param webSocketPingInterval interval of WebSocket-level pings (Java-WebSocket's connection-lost check, which
 *            also closes the link when 1.5 intervals pass without a pong); they keep push1st's idle timer alive even
 *            while the server talks so much that no Pusher ping is due. {@link Duration#ZERO} disables them
 * @param libraryReconnectAttempts how often pusher-java-client itself reconnects after a drop (it waits
 *            min(attempt², maxGap) s, skips close codes 4000-4099). 0, the default, leaves reconnecting to the
 *            caller, which knows when to re-fetch the socket settings or log in again
 * @param libraryReconnectMaxGapSeconds the longest wait between the library's own attempts
 * @param threadNamePrefix prefix of the client's thread names, e.g. {@code OH-binding-vms:account:home-socket}
 * @param trustManager decides which server certificates a {@code wss} connection accepts, e.g. one that trusts a
 *            user-configured certificate besides the JVM's CAs ({@code VmsTrustedCertificates#trustManager()}); null
 *            for the JVM's default trust. Host names are verified either way (see {@code PusherSocket})
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsSocketSettings(VmsSocketUrl url, @Nullable String accessTokenId, long userId,
        Duration activityTimeout, Duration pongTimeout, Duration webSocketPingInterval, int libraryReconnectAttempts,
        int libraryReconnectMaxGapSeconds, String threadNamePrefix, @Nullable X509ExtendedTrustManager trustManager) {

    public static final Duration DEFAULT_ACTIVITY_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_PONG_TIMEOUT = Duration.ofSeconds(15);
    public static final Duration DEFAULT_WEBSOCKET_PING_INTERVAL = Duration.ofSeconds(25);
    public static final String DEFAULT_THREAD_NAME_PREFIX = "OH-binding-vms-socket";

    // pusher-java-client refuses anything shorter
    private static final Duration MINIMUM_TIMEOUT = Duration.ofSeconds(1);

    public VmsSocketSettings {
        if (activityTimeout.compareTo(MINIMUM_TIMEOUT) < 0 || pongTimeout.compareTo(MINIMUM_TIMEOUT) < 0) {
            throw new IllegalArgumentException("activity and pong timeouts must be at least 1 s");
        }
        if (webSocketPingInterval.isNegative() || (!webSocketPingInterval.isZero()
                && webSocketPingInterval.compareTo(MINIMUM_TIMEOUT) < 0)) {
            throw new IllegalArgumentException("the WebSocket ping interval must be 0 (off) or at least 1 s");
        }
        if (libraryReconnectAttempts < 0 || libraryReconnectMaxGapSeconds < 0) {
            throw new IllegalArgumentException("reconnect attempts and gap must not be negative");
        }
        if (threadNamePrefix.isBlank()) {
            throw new IllegalArgumentException("thread name prefix must not be blank");
        }
    }

    /** Settings with the JVM's default TLS trust. */
    public VmsSocketSettings(VmsSocketUrl url, @Nullable String accessTokenId, long userId, Duration activityTimeout,
            Duration pongTimeout, Duration webSocketPingInterval, int libraryReconnectAttempts,
            int libraryReconnectMaxGapSeconds, String threadNamePrefix) {
        this(url, accessTokenId, userId, activityTimeout, pongTimeout, webSocketPingInterval, libraryReconnectAttempts,
                libraryReconnectMaxGapSeconds, threadNamePrefix, null);
    }

    /** Settings with the defaults: 30 s ping, 15 s pong wait, 25 s WebSocket pings, no library reconnect. */
    public static VmsSocketSettings of(VmsSocketUrl url, @Nullable String accessTokenId, long userId) {
        return new VmsSocketSettings(url, accessTokenId, userId, DEFAULT_ACTIVITY_TIMEOUT, DEFAULT_PONG_TIMEOUT,
                DEFAULT_WEBSOCKET_PING_INTERVAL, 0, 30, DEFAULT_THREAD_NAME_PREFIX);
    }

    public VmsSocketSettings withPingTimeouts(Duration newActivityTimeout, Duration newPongTimeout) {
        return new VmsSocketSettings(url, accessTokenId, userId, newActivityTimeout, newPongTimeout,
                webSocketPingInterval, libraryReconnectAttempts, libraryReconnectMaxGapSeconds, threadNamePrefix,
                trustManager);
    }

    public VmsSocketSettings withWebSocketPingInterval(Duration interval) {
        return new VmsSocketSettings(url, accessTokenId, userId, activityTimeout, pongTimeout, interval,
                libraryReconnectAttempts, libraryReconnectMaxGapSeconds, threadNamePrefix, trustManager);
    }

    public VmsSocketSettings withLibraryReconnect(int attempts, int maxGapSeconds) {
        return new VmsSocketSettings(url, accessTokenId, userId, activityTimeout, pongTimeout, webSocketPingInterval,
                attempts, maxGapSeconds, threadNamePrefix, trustManager);
    }

    public VmsSocketSettings withThreadNamePrefix(String prefix) {
        return new VmsSocketSettings(url, accessTokenId, userId, activityTimeout, pongTimeout, webSocketPingInterval,
                libraryReconnectAttempts, libraryReconnectMaxGapSeconds, prefix, trustManager);
    }

    /** @param manager decides which certificates {@code wss} connections accept; null for the JVM's trust */
    public VmsSocketSettings withTrustManager(@Nullable X509ExtendedTrustManager manager) {
        return new VmsSocketSettings(url, accessTokenId, userId, activityTimeout, pongTimeout, webSocketPingInterval,
                libraryReconnectAttempts, libraryReconnectMaxGapSeconds, threadNamePrefix, manager);
    }
}
