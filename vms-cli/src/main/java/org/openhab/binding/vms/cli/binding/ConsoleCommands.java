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
package org.openhab.binding.vms.cli.binding;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.cli.CliConsole;
import org.openhab.binding.vms.internal.console.VmsConsoleCommandExtension;
import org.openhab.binding.vms.simulator.runtime.LocalOpenhabRuntime;
import org.openhab.binding.vms.simulator.runtime.LocalThingManager;
import org.openhab.binding.vms.simulator.runtime.LocalThingRegistry;
import org.openhab.core.io.console.Console;
import org.openhab.core.io.console.extensions.ConsoleCommandExtension;
import org.openhab.core.thing.ThingRegistry;

/**
 * The binding's console command ({@code openhab:vms}) in the main job, as openHAB's console runs it: the component
 * enabled from its description with openHAB's {@link ThingRegistry} (the manager's Things), found as a
 * {@link ConsoleCommandExtension} service. {@link #run} prints the command and its output on stdout, as a user would
 * see it in the console.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ConsoleCommands {

    private final ConsoleCommandExtension command;

    private ConsoleCommands(ConsoleCommandExtension command) {
        this.command = command;
    }

    static ConsoleCommands start(LocalOpenhabRuntime openhab, LocalThingManager manager) {
        openhab.register(ThingRegistry.class, LocalThingRegistry.of(manager));
        openhab.enable(VmsConsoleCommandExtension.class);
        return new ConsoleCommands(openhab.service(ConsoleCommandExtension.class));
    }

    /**
     * Prints {@code openhab> vms <args>} and what the command printed, as one block: the event log prints from the
     * binding's threads meanwhile, and its lines must not land between the command's.
     */
    void run(CliConsole console, String... args) {
        StringBuilder block = new StringBuilder();
        String newline = System.lineSeparator();
        block.append("openhab> ").append(command.getCommand()).append(' ').append(String.join(" ", args))
                .append(newline);
        command.execute(args, new Console() {
            @Override
            public void print(String s) {
                block.append(s);
            }

            @Override
            public void println(String s) {
                block.append(s).append(newline);
            }

            @Override
            public void printUsage(String s) {
                block.append("Usage: ").append(s).append(newline);
            }
        });
        console.plainResult(block.toString());
    }
}
