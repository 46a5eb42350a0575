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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The Pusher-protocol server a {@link SimulatedVms} hands out in {@code GET wsurl}, signs channel authorisations for,
 * and publishes its application events through. Implemented by the in-JVM Pusher server, by soketi, and by
 * {@link RecordingPusherBackend} for tests that only look at what would have been sent.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface PusherBackend extends AutoCloseable {

    /**
     * Sends one event frame {@code {"event": eventName, "channel": channel, "data": dataJson}} to every socket
     * subscribed to {@code channel}. {@code dataJson} is the inner JSON and goes on the wire as a string.
     */
    void publish(String channel, String eventName, String dataJson);

    /** What {@code GET /api/v1/wsurl} answers as {@code ws_url}, e.g. {@code ws://127.0.0.1:6001/pusher}. */
    String wsUrl();

    String appKey();

    /** The application secret channel authorisations are signed with. */
    String appSecret();

    /** Stops the server if this backend owns it; the default owns nothing. */
    @Override
    default void close() {
    }
}
