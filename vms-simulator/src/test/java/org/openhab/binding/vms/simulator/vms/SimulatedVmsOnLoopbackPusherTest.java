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

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.simulator.pusher.LoopbackPusherServer;
import org.openhab.binding.vms.simulator.pusher.PusherServerSettings;
import org.openhab.binding.vms.simulator.pusher.RawPusherClient;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;

/**
 * The simulated backend on the in-JVM Pusher server, in push1st mode (which closes the socket on a bad signature,
 * so a wrong signature from {@code broadcasting/auth} would fail these tests).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatedVmsOnLoopbackPusherTest extends SimulatedVmsEndToEndContract {

    @RegisterExtension
    static final TestResources SHARED = TestResources.perClass();
    private static final Opened<LoopbackPusherServer> SERVER = SHARED
            .opened(() -> new LoopbackPusherServer(PusherServerSettings.push1st("loopback-key", "loopback-secret")));

    @Override
    PusherBackend newBackend() {
        return LoopbackPusherBackend.sharing(SERVER.get());
    }

    @Test
    void ownStandaloneSetupServesTheExampleKeyAndThePusherPath() throws Exception {
        try (SimulatedVms vms = SimulatedVms.withLoopbackPusher()) {
            VmsTestClient rest = new VmsTestClient(vms);
            var wsurl = VmsTestClient.object(rest.get("wsurl", rest.login()));
            assertEquals("vms-app-key", wsurl.get("app_key").getAsString());
            assertTrue(wsurl.get("ws_url").getAsString().matches("ws://127\\.0\\.0\\.1:\\d+/pusher"),
                    wsurl.toString());
            RawPusherClient socket = RawPusherClient.connect(wsurl.get("ws_url").getAsString(), "vms-app-key");
            try {
                waitForAssert(() -> assertNotNull(socket.socketId()));
            } finally {
                socket.close();
            }
        }
    }
}
