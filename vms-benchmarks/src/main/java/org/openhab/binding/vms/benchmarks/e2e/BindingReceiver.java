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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.benchmarks.binding.ConnectedBridge;
import org.openhab.binding.vms.internal.VmsBindingConstants;
import org.openhab.binding.vms.simulator.soketi.SoketiServer;

/**
 * The whole binding: an account bridge connected to a simulated VMS whose events go through soketi, with a camera
 * Thing for the measured camera. The time is taken when the camera's {@code analytic-event} trigger reaches the
 * {@code ThingHandlerCallback}; the message number comes from the {@code last-event-json} state the handler sets
 * just before, on the same thread.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class BindingReceiver implements LatencyReceiver {

    private final ConnectedBridge bridge;
    private final long cameraId;
    private volatile int lastMessage = -1;

    BindingReceiver(SoketiServer soketi, long cameraId, ArrivalBoard board, int index) throws Exception {
        this.bridge = ConnectedBridge.onSoketi(soketi, 0);
        this.cameraId = cameraId;
        bridge.manager().onStateUpdate((channel, state) -> {
            if (channel.getId().equals(VmsBindingConstants.CHANNEL_LAST_EVENT_JSON)) {
                lastMessage = BarePusherReceiver.messageNumber(state.toString());
            }
        });
        bridge.manager().onTrigger((thing, channelId, payload) -> {
            if (channelId.equals(VmsBindingConstants.CHANNEL_ANALYTIC_EVENT)) {
                board.arrived(index, lastMessage, System.nanoTime());
            }
        });
    }

    /** {@code private-user.<id>} of the simulated account. */
    String userChannel() {
        return bridge.vms().userChannel();
    }

    @Override
    public String name() {
        return "binding (camera Thing's analytic-event trigger)";
    }

    @Override
    public void start(Duration timeout) throws Exception {
        bridge.connect(cameraId, 1, timeout);
    }

    @Override
    public void close() {
        bridge.close();
    }
}
