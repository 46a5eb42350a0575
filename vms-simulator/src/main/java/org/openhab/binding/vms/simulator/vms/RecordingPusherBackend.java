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
package org.openhab.binding.vms.simulator.vms;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A {@link PusherBackend} without a server: it remembers every frame it was asked to publish. Its defaults are the
 * key and secret of the protocol examples, so signatures it causes can be compared with the example files.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class RecordingPusherBackend implements PusherBackend {

    public static final String EXAMPLE_APP_KEY = "vms-app-key";
    public static final String EXAMPLE_APP_SECRET = "example-secret";

    private final String wsUrl;
    private final String appKey;
    private final String appSecret;
    private final List<PublishedFrame> frames = new CopyOnWriteArrayList<>();

    /** Example key and secret; the socket URL points at a closed port, nothing listens there. */
    public RecordingPusherBackend() {
        this("ws://127.0.0.1:9/pusher", EXAMPLE_APP_KEY, EXAMPLE_APP_SECRET);
    }

    public RecordingPusherBackend(String wsUrl, String appKey, String appSecret) {
        this.wsUrl = wsUrl;
        this.appKey = appKey;
        this.appSecret = appSecret;
    }

    @Override
    public void publish(String channel, String eventName, String dataJson) {
        frames.add(new PublishedFrame(channel, eventName, dataJson));
    }

    @Override
    public String wsUrl() {
        return wsUrl;
    }

    @Override
    public String appKey() {
        return appKey;
    }

    @Override
    public String appSecret() {
        return appSecret;
    }

    public List<PublishedFrame> frames() {
        return List.copyOf(frames);
    }

    /** Frames whose inner type (envelope A {@code data.type} or envelope B {@code type}) equals {@code type}. */
    public List<PublishedFrame> frames(String type) {
        List<PublishedFrame> result = new ArrayList<>();
        for (PublishedFrame frame : frames) {
            if (type.equals(VmsWire.innerType(frame.data()))) {
                result.add(frame);
            }
        }
        return result;
    }

    public void clear() {
        frames.clear();
    }
}
