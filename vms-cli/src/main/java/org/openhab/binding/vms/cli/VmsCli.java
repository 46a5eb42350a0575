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

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.cli.binding.BindingMode;
import org.openhab.binding.vms.cli.raw.RawMode;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;

/**
 * The main job: runs the VMS binding from the command line, against the embedded simulated VMS (no arguments) or a
 * real one ({@code --base-url} and credentials). See {@link CliUsage} for the options.
 * <p>
 * Exit codes: {@value #EXIT_OK} success, {@value #EXIT_FAILURE} failure, {@value #EXIT_USAGE} bad command line.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsCli {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    private static final long SHUTDOWN_WAIT_MILLIS = 5_000;

    private final CliConsole console;
    private final RunControl control = new RunControl();
    private final Consumer<SimulatedVms> simulatorStarted;

    public VmsCli(PrintStream out, PrintStream err) {
        this(out, err, simulator -> {
        });
    }

    /** @param simulatorStarted told about the embedded simulated VMS once it runs (for tests) */
    public VmsCli(PrintStream out, PrintStream err, Consumer<SimulatedVms> simulatorStarted) {
        this.console = new CliConsole(out, err);
        this.simulatorStarted = simulatorStarted;
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--debug")) {
            // before the first logger exists; slf4j-simple reads it once
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        VmsCli cli = new VmsCli(System.out, System.err);
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            // Ctrl-C: let the run stop its connection and print its summary before the JVM goes
            cli.control.requestStop();
            try {
                main.join(SHUTDOWN_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "vms-cli-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int code = cli.run(args, System.getenv());
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is waiting for us, which is what it is for
        }
        System.exit(code);
    }

    /** Runs the main job in this thread; returns the exit code. */
    public int run(String[] args, Map<String, String> environment) {
        CliOptions options;
        try {
            options = CliOptions.parse(args, environment);
        } catch (CliUsageException e) {
            console.plainError("vms-cli: " + e.getMessage() + "\n\n" + CliUsage.TEXT);
            return EXIT_USAGE;
        }
        if (options.help()) {
            console.plainResult(CliUsage.TEXT);
            return EXIT_OK;
        }
        try {
            CliContext context = new CliContext(options, console, control, simulatorStarted);
            return options.raw() ? RawMode.run(context) : BindingMode.run(context);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            console.info("interrupted");
            return EXIT_FAILURE;
        } catch (Exception e) {
            // unexpected: say what, not where; --debug has the details in the log
            console.info("failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return EXIT_FAILURE;
        }
    }

    /** Asks a running {@link #run} to end as after Ctrl-C. */
    public void requestStop() {
        control.requestStop();
    }
}
