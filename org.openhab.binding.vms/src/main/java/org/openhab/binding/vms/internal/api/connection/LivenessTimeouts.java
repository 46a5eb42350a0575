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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * When to ping and when to give up on a silent link (docs/protocol.md, "Keep-alive"): ping after
 * {@code activity_timeout - 5 s} without a protocol frame (30 s while the server's value is unknown), then wait at most
 * half that for one. pusher-java-client implements exactly this (every frame it handles restarts its ping timer and
 * cancels the pong wait; on time-out it drops the socket; application events bypass it), but takes both values when
 * the client is built. The
 * connection builds a new client for every connection, so the value the server announced on one connection applies from
 * the next one on; the first uses 30 s, which suits both known servers (push1st announces 40 s, hosted Pusher 120 s).
 *
 * @param pingInterval inbound silence after which we send {@code pusher:ping}
 * @param pongTimeout how long we then wait for any inbound frame before dropping the link
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
record LivenessTimeouts(Duration pingInterval, Duration pongTimeout) {

    static final Duration DEFAULT_PING_INTERVAL = Duration.ofSeconds(30);
    static final Duration MARGIN = Duration.ofSeconds(5);
    // pusher-java-client refuses less than 1 s for either value
    private static final Duration MINIMUM = Duration.ofSeconds(1);

    /**
     * @param serverActivityTimeout the {@code activity_timeout} of the last {@code connection_established}, or null
     * @param fixedPing the policy's fixed ping interval, or null to derive it
     * @param fixedPong the policy's fixed pong time-out, or null for half the ping interval
     */
    static LivenessTimeouts derive(@Nullable Duration serverActivityTimeout, @Nullable Duration fixedPing,
            @Nullable Duration fixedPong) {
        Duration ping;
        if (fixedPing != null) {
            ping = fixedPing;
        } else if (serverActivityTimeout != null && serverActivityTimeout.compareTo(Duration.ZERO) > 0) {
            ping = serverActivityTimeout.minus(MARGIN);
        } else {
            ping = DEFAULT_PING_INTERVAL;
        }
        ping = atLeastMinimum(ping);
        Duration pong = atLeastMinimum(fixedPong != null ? fixedPong : ping.dividedBy(2));
        return new LivenessTimeouts(ping, pong);
    }

    private static Duration atLeastMinimum(Duration value) {
        return value.compareTo(MINIMUM) < 0 ? MINIMUM : value;
    }
}
