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
package org.openhab.binding.vms.benchmarks.e2e;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.simulator.pusher.PusherSignatures;

import com.pusher.client.Pusher;
import com.pusher.client.PusherOptions;
import com.pusher.client.channel.PrivateChannelEventListener;
import com.pusher.client.channel.PusherEvent;

/**
 * The reference: a plain pusher-java-client (the library the binding is built on) subscribed to the same channel,
 * whose listener only notes the time. It finds the message number as the first {@code "id":} of the data text.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class BarePusherReceiver implements LatencyReceiver {

    private final Pusher pusher;
    private final String channel;
    private final ArrivalBoard board;
    private final int index;
    private volatile CountDownLatch subscribed = new CountDownLatch(1);

    /**
     * @param wsUrlWithPrefix e.g. {@code ws://127.0.0.1:1234/pusher}
     */
    BarePusherReceiver(String wsUrlWithPrefix, String host, int port, String appKey, String appSecret, String channel,
            ArrivalBoard board, int index) {
        this.channel = channel;
        this.board = board;
        this.index = index;
        String url = wsUrlWithPrefix + "/app/" + appKey + "?protocol=7&client=java-client&version=bare";
        PusherOptions options = new PusherOptions() {
            @Override
            public String buildUrl(@Nullable String apiKey) {
                return url;
            }
        };
        options.setUseTLS(false);
        options.setHost(host);
        options.setWsPort(port);
        options.setChannelAuthorizer((channelName, socketId) -> "{\"auth\":\""
                + PusherSignatures.auth(appKey, appSecret, socketId, channelName) + "\"}");
        this.pusher = new Pusher(appKey, options);
    }

    @Override
    public String name() {
        return "bare pusher-java-client";
    }

    @Override
    public void start(Duration timeout) throws Exception {
        pusher.connect();
        subscribe(timeout);
    }

    /** Unsubscribes and subscribes again: the server then delivers to this subscriber after the others. */
    void resubscribe(Duration timeout) throws Exception {
        pusher.unsubscribe(channel);
        subscribe(timeout);
    }

    private void subscribe(Duration timeout) throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        subscribed = latch;
        pusher.subscribePrivate(channel, new Listener(), VmsEventDecoder.USER_PUSH);
        if (!latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException("bare client not subscribed to " + channel);
        }
    }

    /** The number after the first {@code "id":}, or -1. */
    static int messageNumber(@Nullable String data) {
        if (data == null) {
            return -1;
        }
        int at = data.indexOf("\"id\":");
        if (at < 0) {
            return -1;
        }
        int value = 0;
        int digits = 0;
        for (int i = at + 5; i < data.length() && Character.isDigit(data.charAt(i)) && digits < 9; i++, digits++) {
            value = value * 10 + (data.charAt(i) - '0');
        }
        return digits == 0 ? -1 : value;
    }

    private final class Listener implements PrivateChannelEventListener {
        @Override
        public void onEvent(@Nullable PusherEvent event) {
            long now = System.nanoTime();
            if (event != null) {
                board.arrived(index, messageNumber(event.getData()), now);
            }
        }

        @Override
        public void onSubscriptionSucceeded(@Nullable String channelName) {
            subscribed.countDown();
        }

        @Override
        public void onAuthenticationFailure(@Nullable String message, @Nullable Exception e) {
            // start() times out and says so
        }
    }

    @Override
    public void close() {
        pusher.disconnect();
    }
}
