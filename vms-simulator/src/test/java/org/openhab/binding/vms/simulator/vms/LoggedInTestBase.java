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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;

/**
 * A simulated VMS on a recording Pusher backend per test, with a REST client already logged in.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class LoggedInTestBase {

    @RegisterExtension
    final TestResources resources = new TestResources();
    protected final RecordingPusherBackend backend = new RecordingPusherBackend();
    protected String token = "";
    private final Opened<SimulatedVms> vms = resources.opened(() -> new SimulatedVms(backend));
    private final Opened<VmsTestClient> client = resources.opened(() -> new VmsTestClient(vms.get()));

    @BeforeEach
    void logIn() throws Exception {
        token = client.get().login();
    }

    protected SimulatedVms vms() {
        return vms.get();
    }

    protected VmsTestClient client() {
        return client.get();
    }
}
