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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Command-line parsing of the main job: bad command lines exit 2 with the usage on stderr, before anything
 * connects.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsCliArgumentsTest {

    private static final Map<String, String> NO_ENV = Map.of();

    @ParameterizedTest
    @ValueSource(strings = { "--nope", "positional", "--base-url", "--base-url=ftp://x", "--login=a",
            "--token=t", "--password=p", "--base-url=https://v.example --login=a",
            "--base-url=https://v.example", "--base-url=https://v.example --password=p",
            "--base-url=https://v.example --login=a --password=p --token=t",
            "--duration=abc", "--duration=0", "--duration=-5", "--camera=x", "--intercom=0", "--raw --camera=5", "--raw --snapshot-dir=/tmp",
            "--help=yes", "--language=e!", "--language=de --language=en", "--base-url= ", "--socket-url=wss://x" })
    void badCommandLinesExitTwoWithUsage(String line) {
        CliRunner cli = new CliRunner();

        int exit = cli.run(line.split(" "));

        assertEquals(VmsCli.EXIT_USAGE, exit, cli.err());
        assertTrue(cli.err().startsWith("vms-cli: "), cli.err());
        assertTrue(cli.err().contains("Usage: java -jar vms-cli.jar"), cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void usageErrorNeverEchoesAPassword() {
        CliRunner cli = new CliRunner();
        int exit = cli.run("--base-url", "https://v.example", "--password", "hunter2-secret", "--token", "tok-secret");
        assertEquals(VmsCli.EXIT_USAGE, exit);
        assertFalse(cli.err().contains("hunter2-secret"));
        assertFalse(cli.err().contains("tok-secret"));
    }

    @Test
    void helpPrintsUsageOnStdoutAndExitsZero() {
        CliRunner cli = new CliRunner();
        assertEquals(VmsCli.EXIT_OK, cli.run("--help"));
        assertTrue(cli.out().contains("--base-url URL"), cli.out());
        assertTrue(cli.out().contains("--raw"), cli.out());
        assertEquals("", cli.err());
        assertEquals(VmsCli.EXIT_OK, new CliRunner().run("-h"));
    }

    @Test
    void parsesEveryOptionInBothSpellings() throws CliUsageException {
        CliOptions options = CliOptions.parse(new String[] { "--base-url", "https://vms.example.com", "--login=me",
                "--password", "pw", "--language", "de", "--socket-url=wss://push.example.com/pusher", "--app-key",
                "k1", "--duration=30", "--camera", "1001", "--camera=1002", "--intercom", "301", "--debug" }, NO_ENV);

        assertEquals("https://vms.example.com", options.baseUrl());
        assertEquals("me", options.login());
        assertEquals("pw", options.password());
        assertEquals("de", options.language());
        assertEquals("wss://push.example.com/pusher", options.socketUrl());
        assertEquals("k1", options.appKey());
        assertEquals(Duration.ofSeconds(30), options.duration());
        assertEquals(List.of(1001L, 1002L), options.cameras());
        assertEquals(List.of(301L), options.intercoms());
        assertTrue(options.debug());
        assertFalse(options.raw());
        assertFalse(options.simulator());
        assertFalse(options.toString().contains("pw"), options.toString());
    }

    @Test
    void noArgumentsMeansEmbeddedSimulator() throws CliUsageException {
        CliOptions options = CliOptions.parse(new String[0], NO_ENV);
        assertTrue(options.simulator());
        assertEquals(CliOptions.DEFAULT_LANGUAGE, options.language());
        assertNull(options.duration());
    }

    @Test
    void passwordAndTokenMayComeFromTheEnvironment() throws CliUsageException {
        CliOptions withLogin = CliOptions.parse(new String[] { "--base-url", "https://v.example", "--login", "me" },
                Map.of(CliOptions.PASSWORD_VARIABLE, "env-pw"));
        assertEquals("env-pw", withLogin.password());

        CliOptions withToken = CliOptions.parse(new String[] { "--base-url", "https://v.example" },
                Map.of(CliOptions.TOKEN_VARIABLE, "env-token"));
        assertEquals("env-token", withToken.token());
        assertNull(withToken.login());
    }
}
