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

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A simulated VMS on a recording Pusher backend per test, with a REST client already logged in.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class LoggedInTestBase {

    protected final RecordingPusherBackend backend = new RecordingPusherBackend();
    protected String token = "";
    private @Nullable SimulatedVms vmsOrNull;
    private @Nullable VmsTestClient clientOrNull;

    @BeforeEach
    void startLoggedIn() throws Exception {
        SimulatedVms vms = new SimulatedVms(backend);
        vmsOrNull = vms;
        VmsTestClient client = new VmsTestClient(vms);
        clientOrNull = client;
        token = client.login();
    }

    @AfterEach
    void stopVms() {
        SimulatedVms vms = vmsOrNull;
        if (vms != null) {
            vms.close();
        }
    }

    protected SimulatedVms vms() {
        SimulatedVms vms = vmsOrNull;
        assertNotNull(vms);
        return vms;
    }

    protected VmsTestClient client() {
        VmsTestClient client = clientOrNull;
        assertNotNull(client);
        return client;
    }
}
