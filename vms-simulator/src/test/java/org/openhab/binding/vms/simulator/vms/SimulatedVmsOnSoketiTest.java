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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.simulator.soketi.SoketiExtension;

/**
 * The simulated backend on a real soketi (skipped without Node.js unless CI=true).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatedVmsOnSoketiTest extends SimulatedVmsEndToEndContract {

    @RegisterExtension
    static final SoketiExtension SOKETI = new SoketiExtension("vms-sim", "vms-app-key", "vms-sim-secret");

    @Override
    PusherBackend newBackend() {
        return SoketiPusherBackend.sharing(SOKETI.server());
    }
}
