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

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A bare WebSocket client for testing the simulated server frame by frame.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class RawSocket extends WebSocketClient {

    private static final long TIMEOUT_SECONDS = 10;

    final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    volatile @Nullable Integer closeCode;

    RawSocket(String url) {
        super(URI.create(url));
    }

    /** Connects and waits for the handshake; @return whether the server accepted the WebSocket. */
    boolean open() throws InterruptedException {
        return connectBlocking(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** The next frame as JSON; fails if none arrives in time. */
    JsonObject next() throws InterruptedException {
        String text = messages.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(text, "no frame from the server");
        return JsonParser.parseString(text).getAsJsonObject();
    }

    @Override
    public void onOpen(@Nullable ServerHandshake handshake) {
    }

    @Override
    public void onMessage(@Nullable String message) {
        if (message != null) {
            messages.add(message);
        }
    }

    @Override
    public void onClose(int code, @Nullable String reason, boolean remote) {
        closeCode = code;
    }

    @Override
    public void onError(@Nullable Exception ex) {
    }
}
