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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The help text of the main job.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class CliUsage {

    public static final String TEXT = """
            Usage: java -jar vms-cli.jar [options]

            Runs the openHAB VMS binding headless and prints what openHAB would show. Without --base-url it
            starts an embedded simulated VMS on 127.0.0.1, connects to it like to a real one, plays every example
            message of the protocol (plus, in binding mode, a short scripted scenario), prints everything and
            exits 0. No account and no network needed.

            Modes:
              (default)            binding mode: the account bridge, camera and intercom Things run through the
                                   binding's handler factory; Thing status changes, channel updates and triggers
                                   are printed on stdout like openHAB's event log
              --raw                protocol mode: every decoded socket event as one JSON line on stdout

            Connecting to a real VMS:
              --base-url URL       REST base URL, e.g. https://vms.example.com
              --login NAME         account login (with --password)
              --password SECRET    account password (or set VMS_PASSWORD)
              --token TOKEN        an access token instead of login and password (or set VMS_TOKEN)
              --language TAG       language (default en): sent to the server as the UI language, and openHAB's
                                   locale in binding mode: status texts and labels in that language (de, ru)
              --socket-url URL     override the server's socket URL (advanced)
              --app-key KEY        override the server's Pusher app key (advanced)
              --camera ID          create a camera Thing for this camera (repeatable; default: all discovered)
              --intercom ID        create an intercom Thing for this intercom (repeatable; default: all discovered)
              --duration SECONDS   exit 0 after this long (default: run until interrupted; with the simulator:
                                   time limit of the run, default 60)

            Pictures:
              --snapshot-dir DIR   write the snapshots the run takes as JPEG files into DIR (created if needed):
                                   with the simulator the scenario's snapshot of camera 1001, with a real VMS
                                   one snapshot of each camera Thing once it is online

            Other:
              --debug              log the binding's debug messages on stderr
              -h, --help           show this text

            Output: events on stdout, connection state changes, errors and the summary on stderr. Tokens,
            passwords and door codes are never printed.
            Exit codes: 0 success, 1 failure (e.g. login refused, not all simulated messages received), 2 usage.
            """;

    private CliUsage() {
    }
}
