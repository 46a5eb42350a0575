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
package org.openhab.core.io.console.extensions;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.io.console.Console;

/**
 * Stand-in for openHAB's {@code AbstractConsoleCommandExtension}: the command name and description, and usage lines
 * in openHAB's format ({@code <command> <syntax> - <description>}).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractConsoleCommandExtension implements ConsoleCommandExtension {

    private final String command;
    private final String description;

    protected AbstractConsoleCommandExtension(String command, String description) {
        this.command = command;
        this.description = description;
    }

    @Override
    public String getCommand() {
        return command;
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** {@code <command> - <description>}. */
    protected String buildCommandUsage(String description) {
        return getCommand() + " - " + description;
    }

    /** {@code <command> <syntax> - <description>}. */
    protected String buildCommandUsage(String syntax, String description) {
        return getCommand() + " " + syntax + " - " + description;
    }

    /** Every usage line, each through {@link Console#printUsage(String)}. */
    protected void printUsage(Console console) {
        for (String usage : getUsages()) {
            console.printUsage(usage);
        }
    }
}
