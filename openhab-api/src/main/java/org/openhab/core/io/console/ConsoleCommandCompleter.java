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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in for openHAB's {@code ConsoleCommandCompleter}: tab completion of a console command's arguments.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface ConsoleCommandCompleter {

    /**
     * @param args the arguments typed so far
     * @param cursorArgumentIndex the argument the cursor is in
     * @param cursorPosition the cursor's position in that argument
     * @param candidates where to add the completions
     * @return whether completions were added
     */
    boolean complete(String[] args, int cursorArgumentIndex, int cursorPosition, List<String> candidates);
}
