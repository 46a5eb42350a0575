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
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Where the main job writes: results on stdout, diagnostics on stderr, one whole line at a time (events arrive on
 * several threads). Every line passes through the secret mask first: passwords and tokens the run knows about are
 * replaced by {@code ***}, whatever a server or a library put into a message.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class CliConsole {

    public static final String MASK = "***";
    private static final String PREFIX = "vms-cli: ";

    private final PrintStream out;
    private final PrintStream err;
    private final List<String> secrets = new CopyOnWriteArrayList<>();

    public CliConsole(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Adds secrets to mask from now on (empty and null values are ignored). */
    public void addSecrets(Collection<? extends @Nullable String> values) {
        for (String value : values) {
            if (value != null && !value.isEmpty() && !secrets.contains(value)) {
                secrets.add(value);
            }
        }
    }

    public void addSecret(@Nullable String value) {
        addSecrets(Collections.singletonList(value));
    }

    /** One result line on stdout. */
    public void result(String line) {
        String masked = mask(line);
        synchronized (out) {
            out.println(masked);
            out.flush();
        }
    }

    /** One diagnostic line on stderr, prefixed with {@code vms-cli: }. */
    public void info(String line) {
        String masked = mask(PREFIX + line);
        synchronized (err) {
            err.println(masked);
            err.flush();
        }
    }

    /** Text verbatim on stderr (the usage). */
    public void plainError(String text) {
        synchronized (err) {
            err.print(mask(text));
            err.flush();
        }
    }

    /** Text verbatim on stdout, in one piece (the help, a console command with its output). */
    public void plainResult(String text) {
        synchronized (out) {
            out.print(mask(text));
            out.flush();
        }
    }

    String mask(String text) {
        String result = text;
        // longest first, so that a secret containing another one is masked whole
        List<String> ordered = secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String secret : ordered) {
            result = result.replace(secret, MASK);
        }
        return result;
    }
}
