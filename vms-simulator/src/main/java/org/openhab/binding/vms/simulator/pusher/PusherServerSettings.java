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
package org.openhab.binding.vms.simulator.pusher;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How the simulated Pusher server behaves. Two presets mirror the two servers docs/protocol.md, "Quirks" tells apart:
 * {@link #push1st} (the deployed VMS socket server, per its public source) and {@link #hostedPusher}.
 *
 * @param appKey the only application key accepted in {@code /app/{appKey}}
 * @param appSecret the secret private-channel signatures are checked against
 * @param activityTimeoutSeconds the {@code activity_timeout} announced in {@code pusher:connection_established}
 * @param activityTimeoutAsString announce it as a JSON string ({@code "40"}, push1st) instead of a number
 * @param subscriptionFailure what a refused private-channel subscription leads to
 * @param subscriptionFailureCloseCode the close code used when {@code subscriptionFailure} is
 *            {@link SubscriptionFailure#CLOSE_SOCKET} (push1st closes with a protocol error, 1002)
 * @param push1stMessageKeys add push1st's {@code #msg-time} and {@code #msg-id} keys to published frames
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record PusherServerSettings(String appKey, String appSecret, int activityTimeoutSeconds,
        boolean activityTimeoutAsString, SubscriptionFailure subscriptionFailure, int subscriptionFailureCloseCode,
        boolean push1stMessageKeys) {

    /** What the server does when a private-channel subscription is refused (bad or missing signature). */
    public enum SubscriptionFailure {
        /** Send {@code pusher:subscription_error} for the channel and keep the connection (hosted Pusher). */
        ERROR_FRAME,
        /**
         * Close the socket with {@code subscriptionFailureCloseCode} (push1st's public source). In this mode a client
         * frame that is not a JSON object with a string {@code event} also closes the socket (1002), as in push1st.
         */
        CLOSE_SOCKET
    }

    /** WebSocket close code "protocol error", what push1st sends for a refused subscription. */
    public static final int PROTOCOL_ERROR = 1002;

    /** push1st as deployed by the VMS: string activity timeout 40, closes on bad signatures, adds #msg keys. */
    public static PusherServerSettings push1st(String appKey, String appSecret) {
        return new PusherServerSettings(appKey, appSecret, 40, true, SubscriptionFailure.CLOSE_SOCKET,
                PROTOCOL_ERROR, true);
    }

    /** Hosted Pusher: numeric activity timeout 120, {@code pusher:subscription_error}, no extra keys. */
    public static PusherServerSettings hostedPusher(String appKey, String appSecret) {
        return new PusherServerSettings(appKey, appSecret, 120, false, SubscriptionFailure.ERROR_FRAME,
                PROTOCOL_ERROR, false);
    }

    public PusherServerSettings withActivityTimeout(int seconds, boolean asString) {
        return new PusherServerSettings(appKey, appSecret, seconds, asString, subscriptionFailure,
                subscriptionFailureCloseCode, push1stMessageKeys);
    }

    public PusherServerSettings withSubscriptionFailure(SubscriptionFailure failure) {
        return new PusherServerSettings(appKey, appSecret, activityTimeoutSeconds, activityTimeoutAsString, failure,
                subscriptionFailureCloseCode, push1stMessageKeys);
    }

    public PusherServerSettings withSubscriptionFailureCloseCode(int closeCode) {
        return new PusherServerSettings(appKey, appSecret, activityTimeoutSeconds, activityTimeoutAsString,
                subscriptionFailure, closeCode, push1stMessageKeys);
    }

    public PusherServerSettings withPush1stMessageKeys(boolean add) {
        return new PusherServerSettings(appKey, appSecret, activityTimeoutSeconds, activityTimeoutAsString,
                subscriptionFailure, subscriptionFailureCloseCode, add);
    }
}
