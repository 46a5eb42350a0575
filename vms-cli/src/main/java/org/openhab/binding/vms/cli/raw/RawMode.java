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
package org.openhab.binding.vms.cli.raw;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.cli.CliConsole;
import org.openhab.binding.vms.cli.CliContext;
import org.openhab.binding.vms.cli.CliOptions;
import org.openhab.binding.vms.cli.CliThreads;
import org.openhab.binding.vms.cli.HttpClients;
import org.openhab.binding.vms.cli.RunControl;
import org.openhab.binding.vms.cli.VmsTarget;
import org.openhab.binding.vms.cli.account.MemoryTokenStore;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConnection;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.VmsExamples;

/**
 * Protocol mode ({@code --raw}, stage 1 of the main job): connect to the VMS with the binding's account connection
 * (login, socket settings, both private channels, reconnects, de-duplication) and print every decoded socket event
 * as one JSON line. Against the embedded simulator: wait until the account is online, replay all example messages,
 * exit 0 once all of them were printed (with the summary on stderr), 1 if they do not all arrive in time. Against
 * a real VMS: run until {@code --duration} passes or Ctrl-C (exit 0, or 1 if the account never came online), or
 * until the connection fails for good (exit 1, e.g. credentials refused).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class RawMode {

    public static final Duration SIMULATOR_TIME_LIMIT = Duration.ofSeconds(60);

    private RawMode() {
    }

    public static int run(CliContext context) throws Exception {
        CliOptions options = context.options();
        CliConsole console = context.console();
        RunControl control = context.control();
        try (VmsTarget target = context.openTarget()) {
            HttpClient http = HttpClients.start();
            ScheduledExecutorService scheduler = CliThreads.scheduler("vms-cli-connection", 2);
            try {
                RawEventPrinter printer = new RawEventPrinter(console, control);
                VmsAccountConnection session = new VmsAccountConnection(target.config(), http,
                        new MemoryTokenStore(), scheduler, printer);
                session.start();
                try {
                    SimulatedVms simulator = target.simulator();
                    return simulator != null ? replay(simulator, target, options, console, control, printer)
                            : listen(options, console, control, printer);
                } finally {
                    session.stop();
                }
            } finally {
                scheduler.shutdownNow();
                HttpClients.stop(http, console);
            }
        }
    }

    private static int replay(SimulatedVms simulator, VmsTarget target, CliOptions options, CliConsole console,
            RunControl control, RawEventPrinter printer) throws InterruptedException {
        Duration limit = options.duration() != null ? options.duration() : SIMULATOR_TIME_LIMIT;
        Instant deadline = Instant.now().plus(limit);
        if (!control.await(printer::isOnline, deadline)) {
            return failed(console, control, "the account did not come online within " + limit.toSeconds() + " s");
        }
        target.maskSimulatorTokens(console);
        int expected = VmsExamples.APPLICATION_FRAMES.size();
        console.info("replaying " + expected + " example messages");
        simulator.replayAllExamples();
        boolean complete = control.await(() -> printer.received() >= expected, deadline);
        console.info(printer.summary());
        if (!complete) {
            return failed(console, control, "received " + printer.received() + " of " + expected + " messages");
        }
        return 0;
    }

    /**
     * Until the duration passes, Ctrl-C, or the connection fails for good. Transient problems (network, server
     * errors) are retried by the connection meanwhile; a run that never got online counts as failed.
     */
    private static int listen(CliOptions options, CliConsole console, RunControl control,
            RawEventPrinter printer) throws InterruptedException {
        Duration duration = options.duration();
        @Nullable
        Instant deadline = duration == null ? null : Instant.now().plus(duration);
        control.await(() -> false, deadline);
        console.info(printer.summary());
        String failure = control.failure();
        if (failure != null) {
            console.info("failed: " + failure);
            return 1;
        }
        if (!printer.wasOnline()) {
            console.info("failed: the account never came online");
            return 1;
        }
        return 0;
    }

    private static int failed(CliConsole console, RunControl control, String what) {
        String failure = control.failure();
        console.info("failed: " + (failure != null ? failure : what));
        return 1;
    }
}
