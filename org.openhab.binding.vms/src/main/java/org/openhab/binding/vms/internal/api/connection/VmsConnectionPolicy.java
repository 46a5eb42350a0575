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
package org.openhab.binding.vms.internal.api.connection;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The numbers behind {@link VmsAccountConnection}'s keep-alive policy, with the production values as constants.
 * Tests shorten them and inject a clock and a random source; the bridge handler uses {@link #defaults()}.
 *
 * @param backoffBase first step of the exponential back-off: the n-th consecutive failure waits a random time in
 *            {@code [0, min(cap, base * 2^(n-1))]} ("full jitter"); the cap is the account's
 *            {@link VmsAccountConfig#maxReconnectDelay()}
 * @param minimumRetryDelay the shortest wait before any new attempt, also after "reconnect at once" (close codes
 *            4200-4299, a re-login): keeps a misbehaving server from driving us into a hot loop
 * @param connectTimeout how long one connection attempt may take from opening the socket until both channels are
 *            subscribed
 * @param pingInterval send {@code pusher:ping} after this much inbound silence; null derives it from the server's
 *            {@code activity_timeout} (see {@link LivenessTimeouts})
 * @param pongTimeout how long to wait for any inbound frame after a ping; null means half the ping interval
 * @param maxLoginsPerHour at most this many login requests ({@code POST token}) per rolling hour
 * @param reloginQuietPeriod a token invalidation (HTTP 401, {@code logout} message) leads to one re-login; a second
 *            one within this period after it means FAILED instead of another login
 * @param dedupWindow how long a message with an identity (notification id, event id, call id ...) is remembered
 * @param rawDedupWindow how long a message without identity is remembered (compared by its raw JSON)
 * @param dedupCapacity how many identities are remembered at most (least recently used are forgotten first)
 * @param eventQueueCapacity events waiting for the listener; beyond that new events are dropped and counted, and
 *            {@link VmsAccountListener#resyncNeeded()} follows once the backlog is gone
 * @param clock time source for the windows above (not for scheduling)
 * @param random source of the jitter, values in {@code [0, 1)}
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsConnectionPolicy(Duration backoffBase, Duration minimumRetryDelay, Duration connectTimeout,
        @Nullable Duration pingInterval, @Nullable Duration pongTimeout, int maxLoginsPerHour,
        Duration reloginQuietPeriod, Duration dedupWindow, Duration rawDedupWindow, int dedupCapacity,
        int eventQueueCapacity, Clock clock, DoubleSupplier random) {

    public static final Duration BACKOFF_BASE = Duration.ofSeconds(1);
    /** Cap of the back-off when the configuration gives none. */
    public static final Duration DEFAULT_MAX_RECONNECT_DELAY = Duration.ofMinutes(5);
    public static final Duration MINIMUM_RETRY_DELAY = Duration.ofMillis(250);
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Each login opens a server-side session (the account has a session limit, HTTP 419) and failed ones bring the
     * captcha closer; five an hour is plenty for a restart, a token invalidation and a few network failures.
     */
    public static final int MAX_LOGINS_PER_HOUR = 5;
    public static final Duration RELOGIN_QUIET_PERIOD = Duration.ofMinutes(10);
    public static final Duration DEDUP_WINDOW = Duration.ofMinutes(10);
    public static final Duration RAW_DEDUP_WINDOW = Duration.ofSeconds(30);
    public static final int DEDUP_CAPACITY = 2048;
    public static final int EVENT_QUEUE_CAPACITY = 1000;
    /** A Retry-After longer than this is not believed (a server's mistake must not park the account for days). */
    public static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    public VmsConnectionPolicy {
        if (backoffBase.isNegative() || backoffBase.isZero() || minimumRetryDelay.isNegative()
                || connectTimeout.isNegative() || connectTimeout.isZero() || reloginQuietPeriod.isNegative()
                || dedupWindow.isNegative() || rawDedupWindow.isNegative()) {
            throw new IllegalArgumentException("durations must be positive");
        }
        if (maxLoginsPerHour < 1 || dedupCapacity < 1 || eventQueueCapacity < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
    }

    /** The production policy. */
    public static VmsConnectionPolicy defaults() {
        return new VmsConnectionPolicy(BACKOFF_BASE, MINIMUM_RETRY_DELAY, CONNECT_TIMEOUT, null, null,
                MAX_LOGINS_PER_HOUR, RELOGIN_QUIET_PERIOD, DEDUP_WINDOW, RAW_DEDUP_WINDOW, DEDUP_CAPACITY,
                EVENT_QUEUE_CAPACITY, Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }

    public VmsConnectionPolicy withBackoff(Duration base, Duration minimum) {
        return new VmsConnectionPolicy(base, minimum, connectTimeout, pingInterval, pongTimeout, maxLoginsPerHour,
                reloginQuietPeriod, dedupWindow, rawDedupWindow, dedupCapacity, eventQueueCapacity, clock, random);
    }

    public VmsConnectionPolicy withConnectTimeout(Duration timeout) {
        return new VmsConnectionPolicy(backoffBase, minimumRetryDelay, timeout, pingInterval, pongTimeout,
                maxLoginsPerHour, reloginQuietPeriod, dedupWindow, rawDedupWindow, dedupCapacity, eventQueueCapacity,
                clock, random);
    }

    /** Fixed ping interval and pong timeout (at least 1 s each: pusher-java-client refuses less), or null. */
    public VmsConnectionPolicy withLiveness(@Nullable Duration ping, @Nullable Duration pong) {
        return new VmsConnectionPolicy(backoffBase, minimumRetryDelay, connectTimeout, ping, pong, maxLoginsPerHour,
                reloginQuietPeriod, dedupWindow, rawDedupWindow, dedupCapacity, eventQueueCapacity, clock, random);
    }

    public VmsConnectionPolicy withLoginLimits(int perHour, Duration quietPeriod) {
        return new VmsConnectionPolicy(backoffBase, minimumRetryDelay, connectTimeout, pingInterval, pongTimeout,
                perHour, quietPeriod, dedupWindow, rawDedupWindow, dedupCapacity, eventQueueCapacity, clock, random);
    }

    public VmsConnectionPolicy withDeduplication(Duration window, Duration rawWindow, int capacity) {
        return new VmsConnectionPolicy(backoffBase, minimumRetryDelay, connectTimeout, pingInterval, pongTimeout,
                maxLoginsPerHour, reloginQuietPeriod, window, rawWindow, capacity, eventQueueCapacity, clock, random);
    }

    public VmsConnectionPolicy withEventQueueCapacity(int capacity) {
        return new VmsConnectionPolicy(backoffBase, minimumRetryDelay, connectTimeout, pingInterval, pongTimeout,
                maxLoginsPerHour, reloginQuietPeriod, dedupWindow, rawDedupWindow, dedupCapacity, capacity, clock,
                random);
    }

    public VmsConnectionPolicy withClock(Clock newClock) {
        return new VmsConnectionPolicy(backoffBase, minimumRetryDelay, connectTimeout, pingInterval, pongTimeout,
                maxLoginsPerHour, reloginQuietPeriod, dedupWindow, rawDedupWindow, dedupCapacity, eventQueueCapacity,
                newClock, random);
    }

    public VmsConnectionPolicy withRandom(DoubleSupplier newRandom) {
        return new VmsConnectionPolicy(backoffBase, minimumRetryDelay, connectTimeout, pingInterval, pongTimeout,
                maxLoginsPerHour, reloginQuietPeriod, dedupWindow, rawDedupWindow, dedupCapacity, eventQueueCapacity,
                clock, newRandom);
    }
}
