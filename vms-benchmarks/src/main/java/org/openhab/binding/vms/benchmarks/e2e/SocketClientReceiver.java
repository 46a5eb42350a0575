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
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.AnalyticDetection;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsUnknownMessage;
import org.openhab.binding.vms.internal.api.model.VmsEventData;
import org.openhab.binding.vms.internal.api.socket.VmsConnectionState;
import org.openhab.binding.vms.internal.api.socket.VmsSocketClient;
import org.openhab.binding.vms.internal.api.socket.VmsSocketFailure;
import org.openhab.binding.vms.internal.api.socket.VmsSocketListener;
import org.openhab.binding.vms.internal.api.socket.VmsSocketSettings;
import org.openhab.binding.vms.internal.api.socket.VmsSocketUrl;
import org.openhab.binding.vms.simulator.pusher.PusherSignatures;

/**
 * The binding's protocol client: {@link VmsSocketClient} (pusher-java-client, frame gate, decoder) on both private
 * channels; its listener notes the time when the decoded analytic detection arrives.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class SocketClientReceiver implements LatencyReceiver, VmsSocketListener {

    private final VmsSocketClient client;
    private final ArrivalBoard board;
    private final int index;
    private final CountDownLatch subscribed = new CountDownLatch(1);

    SocketClientReceiver(String wsUrlWithPrefix, String appKey, String appSecret, String accessTokenId, long userId,
            ArrivalBoard board, int index) throws Exception {
        this.board = board;
        this.index = index;
        VmsSocketSettings settings = VmsSocketSettings
                .of(VmsSocketUrl.of(wsUrlWithPrefix, appKey, "benchmark"), accessTokenId, userId)
                .withThreadNamePrefix("bench-vms-socket");
        client = new VmsSocketClient(settings,
                (socketId, channel) -> PusherSignatures.auth(appKey, appSecret, socketId, channel), this);
    }

    @Override
    public String name() {
        return "binding socket client (VmsSocketClient listener)";
    }

    @Override
    public void start(Duration timeout) throws Exception {
        client.connect();
        if (!subscribed.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException("socket client not subscribed: " + client.getState());
        }
    }

    @Override
    public void event(VmsEvent event) {
        long now = System.nanoTime();
        if (event instanceof AnalyticDetection detection) {
            VmsEventData data = detection.event();
            Long id = data == null ? null : data.id();
            if (id != null) {
                board.arrived(index, id.intValue(), now);
            }
        }
    }

    @Override
    public void unknownMessage(VmsUnknownMessage message) {
        // the benchmark publishes known types only
    }

    @Override
    public void connectionStateChanged(VmsConnectionState previous, VmsConnectionState current) {
        if (current == VmsConnectionState.SUBSCRIBED) {
            subscribed.countDown();
        }
    }

    @Override
    public void failed(VmsSocketFailure failure) {
        System.err.println("socket client error: " + failure.message() + " " + failure.code());
    }

    @Override
    public void close() {
        client.close();
    }
}
