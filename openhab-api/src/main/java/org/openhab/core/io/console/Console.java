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
package org.openhab.core.io.console;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in for openHAB's {@code Console}: where a console command writes its output. Only the members that are the
 * same in openHAB 4.3 and 5.x ({@code readLine} and {@code getUser} exist in 5.x only).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface Console {

    /** Formats with {@link String#format(String, Object...)} and prints the result without a line end. */
    default void printf(String format, Object... args) {
        print(String.format(format, args));
    }

    void print(String s);

    void println(String s);

    /** Prints one usage line of a command. */
    void printUsage(String s);
}
