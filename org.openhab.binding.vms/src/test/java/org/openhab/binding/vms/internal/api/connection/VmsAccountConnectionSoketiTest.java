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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.api.event.VmsEventKind;
import org.openhab.binding.vms.simulator.soketi.SoketiExtension;
import org.openhab.binding.vms.simulator.soketi.SoketiServer;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.SoketiPusherBackend;
import org.openhab.core.test.java.JavaTest;

/**
 * The account connection against a real Pusher server (soketi, started by the extension; skipped without Node.js
 * unless CI=true): online, events arrive, and after a server restart it is back online and asks for a resync.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsAccountConnectionSoketiTest extends JavaTest {

    @RegisterExtension
    static final SoketiExtension SOKETI = new SoketiExtension("vms-connection", "vms-connection-key",
            "vms-connection-secret");

    private static final Duration RESTART_TIMEOUT = Duration.ofSeconds(90);

    @Test
    void connectsReceivesEventsAndSurvivesARestartOfTheServer() throws Exception {
        SoketiServer soketi = SOKETI.server();
        try (ConnectionTestBed b = new ConnectionTestBed(new SimulatedVms(SoketiPusherBackend.sharing(soketi)))) {
            VmsAccountConnection connection = b.online(b.credentials());
            waitForAssert(() -> assertEquals(1, b.listener.resyncs.get()));

            b.vms.setFavorite(1002, true);
            b.vms.renameIntercom(301, "Gate");
            waitForAssert(() -> assertEquals(List.of(VmsEventKind.FAVORITE_ADDED, VmsEventKind.INTERCOM_RENAMED),
                    b.listener.eventKinds()));

            soketi.restart(); // soketi sends pusher:error 4200 and closes with 4200, then is gone for a moment

            waitForAssert(() -> assertEquals(2, b.listener.resyncs.get()), RESTART_TIMEOUT.toMillis(), DFL_SLEEP_TIME);
            assertEquals(VmsAccountStatus.ONLINE, connection.getStatus());
            List<VmsAccountStatus> statuses = b.listener.statusList();
            assertEquals(List.of(VmsAccountStatus.STARTING, VmsAccountStatus.ONLINE, VmsAccountStatus.RECONNECTING),
                    statuses.subList(0, 3));
            assertEquals(VmsAccountStatus.ONLINE, statuses.get(statuses.size() - 1));
            assertEquals(1, b.vms.loginCount(), "a server restart costs no login");

            b.vms.setFavorite(1002, false); // both channels are subscribed again
            b.vms.renameIntercom(301, "Back gate");
            waitForAssert(() -> assertEquals(4, b.listener.events.size()));
            assertEquals(1, connection.getStatistics().reconnects());
        }
    }
}
