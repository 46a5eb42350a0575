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
package org.openhab.binding.vms.internal.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.io.console.Console;

/**
 * openHAB's {@link Console} for tests of console commands: keeps what was printed, one entry per line; usage lines
 * are kept as {@code "usage: ..."}. Only the members that openHAB 4.3 and 5.x share.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class RecordingConsole implements Console {

    private final StringBuilder pending = new StringBuilder();
    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void print(String s) {
        pending.append(s);
    }

    @Override
    public synchronized void println(String s) {
        pending.append(s);
        lines.add(pending.toString());
        pending.setLength(0);
    }

    @Override
    public synchronized void printUsage(String s) {
        lines.add("usage: " + s);
    }

    /** The lines printed so far, and a started line if there is one. */
    public synchronized List<String> lines() {
        List<String> all = new ArrayList<>(lines);
        if (!pending.isEmpty()) {
            all.add(pending.toString());
        }
        return all;
    }

    /** Everything printed, lines joined with newlines. */
    public String text() {
        return String.join("\n", lines());
    }
}
