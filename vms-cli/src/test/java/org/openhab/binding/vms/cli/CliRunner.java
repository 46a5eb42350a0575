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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;

/**
 * Runs the main class in this JVM with captured stdout and stderr, in the calling thread ({@link #run}) or in the
 * background ({@link #start}) for runs that only end when asked to.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class CliRunner {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final AtomicReference<@Nullable SimulatedVms> simulator = new AtomicReference<>();
    private final VmsCli cli = new VmsCli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8), simulator::set);
    private final Map<String, String> environment;

    CliRunner() {
        this(Map.of());
    }

    CliRunner(Map<String, String> environment) {
        this.environment = environment;
    }

    int run(String... args) {
        return cli.run(args, environment);
    }

    CompletableFuture<Integer> start(String... args) {
        return CompletableFuture.supplyAsync(() -> cli.run(args, environment));
    }

    void requestStop() {
        cli.requestStop();
    }

    String out() {
        synchronized (outBytes) {
            return outBytes.toString(StandardCharsets.UTF_8);
        }
    }

    String err() {
        synchronized (errBytes) {
            return errBytes.toString(StandardCharsets.UTF_8);
        }
    }

    List<String> outLines() {
        return out().lines().toList();
    }

    /** The embedded simulator of the last run (still readable after it was closed). */
    SimulatedVms simulator() {
        SimulatedVms vms = simulator.get();
        if (vms == null) {
            throw new AssertionError("the run started no simulator");
        }
        return vms;
    }
}
