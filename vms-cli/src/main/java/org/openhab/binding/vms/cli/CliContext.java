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
package org.openhab.binding.vms.cli;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;

/**
 * Everything a mode of the main job runs with.
 *
 * @param simulatorStarted told about the embedded simulated VMS once it runs (tests use it to look at the
 *            simulator's requests and tokens)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record CliContext(CliOptions options, CliConsole console, RunControl control,
        Consumer<SimulatedVms> simulatorStarted) {

    /** Opens the VMS of this run (see {@link VmsTarget#open}). */
    public VmsTarget openTarget() throws IOException {
        VmsTarget target = VmsTarget.open(options, console);
        SimulatedVms simulator = target.simulator();
        if (simulator != null) {
            simulatorStarted.accept(simulator);
        }
        return target;
    }
}
