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

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.event.VmsEventKind;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.VmsExamples;
import org.openhab.core.test.java.JavaTest;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Protocol mode ({@code --raw}) of the main job, run in-process: against the embedded simulated VMS and against a
 * simulated VMS given as a "real" one by base URL and credentials.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsCliRawModeTest extends JavaTest {

    private static final String DOOR_CODE = "482913"; // notification.intercom.code.store

    @Test
    void embeddedSimulatorPrintsEveryExampleMessageAsOneJsonLineAndExitsZero() {
        CliRunner cli = new CliRunner();

        int exit = cli.run("--raw");

        assertEquals(VmsCli.EXIT_OK, exit, cli.err());
        List<JsonObject> lines = cli.outLines().stream().map(l -> JsonParser.parseString(l).getAsJsonObject())
                .toList();
        assertEquals(VmsExamples.APPLICATION_FRAMES.size(), lines.size(), cli.out());
        Set<VmsEventKind> kinds = lines.stream().map(l -> VmsEventKind.valueOf(l.get("kind").getAsString()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(VmsEventKind.class)));
        Set<VmsEventKind> all = EnumSet.allOf(VmsEventKind.class);
        assertEquals(37, all.size());
        assertEquals(all, kinds);
        for (JsonObject line : lines) {
            VmsEventKind kind = VmsEventKind.valueOf(line.get("kind").getAsString());
            assertEquals(kind.wireType(), line.get("wireType").getAsString(), line.toString());
            assertTrue(line.get("channel").getAsString().startsWith("private-"), line.toString());
            assertTrue(line.get("pusherEvent").getAsString().contains("\\Events\\"), line.toString());
            assertTrue(line.get("fields").isJsonObject(), line.toString());
            assertTrue(line.get("raw").isJsonObject(), line.toString());
            if (kind.group() == VmsEventKind.Group.INTERCOM) {
                // envelope B carries the notification UUID
                assertFalse(line.get("notificationId").isJsonNull(), line.toString());
            }
        }
        assertTrue(cli.err().contains("account ONLINE"), cli.err());
        assertTrue(cli.err().contains("received 39 events, 37 kinds: LOGOUT=1, ARCHIVE_GENERATED=2, "), cli.err());
        assertTrue(cli.err().contains("ANALYTIC_FACE=2"), cli.err());
    }

    @Test
    void decodedFieldsArePrinted() {
        CliRunner cli = new CliRunner();
        assertEquals(VmsCli.EXIT_OK, cli.run("--raw"), cli.err());

        JsonObject favorite = line(cli, "FAVORITE_ADDED");
        assertEquals(1001, favorite.getAsJsonObject("fields").getAsJsonObject("favorite").get("cameraId").getAsLong());
        JsonObject cancel = line(cli, "INTERCOM_CALL_CANCELED");
        assertEquals("IntercomCallCanceled", cancel.get("event").getAsString());
        assertTrue(cancel.getAsJsonObject("fields").getAsJsonObject("call").has("callId"), cancel.toString());
        JsonObject plate = line(cli, "ANALYTIC_LICENSE_PLATE");
        assertTrue(plate.getAsJsonObject("fields").getAsJsonObject("event").has("licensePlate"), plate.toString());
    }

    @Test
    void embeddedSimulatorIsConnectedToLikeARealVms() {
        CliRunner cli = new CliRunner();
        assertEquals(VmsCli.EXIT_OK, cli.run("--raw"), cli.err());

        SimulatedVms vms = cli.simulator();
        // the replay's last message is a logout, after which the connection may log in again before the run ends
        assertTrue(vms.loginCount() >= 1);
        assertFalse(vms.requests("POST", "token").isEmpty());
        assertFalse(vms.requests("GET", "wsurl").isEmpty());
        // both private channels authorised
        assertTrue(vms.requests("POST", "broadcasting/auth").size() >= 2);
    }

    @Test
    void neverPrintsTokensPasswordsOrDoorCodes() {
        CliRunner cli = new CliRunner();
        assertEquals(VmsCli.EXIT_OK, cli.run("--raw"), cli.err());

        String everything = cli.out() + cli.err();
        SimulatedVms vms = cli.simulator();
        assertFalse(vms.validTokens().isEmpty());
        for (String token : vms.validTokens()) {
            assertFalse(everything.contains(token), "token printed");
        }
        assertFalse(everything.contains(SimulatedVms.DEFAULT_PASSWORD), "password printed");
        assertFalse(everything.contains(DOOR_CODE), "door code printed");
        // channel-auth values are "<app key>:<signature>"
        assertFalse(everything.contains("\"auth\""), "channel auth printed");

        JsonObject code = line(cli, "INTERCOM_CODE_STORED");
        assertEquals("***", code.getAsJsonObject("fields").getAsJsonObject("code").get("code").getAsString());
        assertEquals("***", code.getAsJsonObject("raw").getAsJsonObject("intercom_code").get("code").getAsString());
        // the rest of the code's record is still there
        assertEquals("Courier", code.getAsJsonObject("fields").getAsJsonObject("code").get("title").getAsString());
    }

    @Test
    void realVmsByBaseUrlAndLoginPrintsWhatArrivesUntilStopped() throws Exception {
        try (SimulatedVms vms = SimulatedVms.withLoopbackPusher()) {
            CliRunner cli = new CliRunner();
            CompletableFuture<Integer> exit = startRawOnline(cli, vms);

            vms.publishExample("user-push.analytic_case_license_plate_event_created");
            vms.setFavorite(1002, true);
            waitForAssert(() -> assertEquals(2, cli.outLines().size(), cli.out()));
            cli.requestStop();

            assertEquals(VmsCli.EXIT_OK, exit.get(30, TimeUnit.SECONDS), cli.err());
            assertEquals("ANALYTIC_LICENSE_PLATE", kindOf(cli.outLines().get(0)));
            assertEquals("FAVORITE_ADDED", kindOf(cli.outLines().get(1)));
            assertTrue(cli.err().contains("received 2 events, 2 kinds"), cli.err());
            assertFalse((cli.out() + cli.err()).contains(SimulatedVms.DEFAULT_PASSWORD));
            for (String token : vms.validTokens()) {
                assertFalse((cli.out() + cli.err()).contains(token), "token printed");
            }
        }
    }

    @Test
    void aMessageOfAnUnknownTypeIsALineOfKindUnknownWithItsWireTypeAndNoDoorCode() throws Exception {
        try (SimulatedVms vms = SimulatedVms.withLoopbackPusher()) {
            CliRunner cli = new CliRunner();
            CompletableFuture<Integer> exit = startRawOnline(cli, vms);

            vms.publish(vms.userChannel(), "App\\Events\\UserPush",
                    "{\"data\":{\"type\":\"camera.future_feature\",\"data\":{\"code\":\"4711\",\"x\":1}}}");
            waitForAssert(() -> assertEquals(1, cli.outLines().size(), cli.out()));
            cli.requestStop();

            assertEquals(VmsCli.EXIT_OK, exit.get(30, TimeUnit.SECONDS), cli.err());
            JsonObject line = JsonParser.parseString(cli.outLines().get(0)).getAsJsonObject();
            assertEquals("UNKNOWN", line.get("kind").getAsString());
            assertEquals("camera.future_feature", line.get("wireType").getAsString());
            assertEquals("***", line.getAsJsonObject("raw").getAsJsonObject("data").getAsJsonObject("data")
                    .get("code").getAsString());
            assertEquals(1, line.getAsJsonObject("raw").getAsJsonObject("data").getAsJsonObject("data").get("x")
                    .getAsInt());
            assertFalse(cli.out().contains("4711"));
            assertTrue(cli.err().contains("received 0 events, 0 kinds; 1 of unknown types"), cli.err());
        }
    }

    @Test
    void realVmsByTokenConnectsWithoutLogin() throws Exception {
        try (SimulatedVms vms = SimulatedVms.withLoopbackPusher()) {
            String token = vms.issueToken();
            CliRunner cli = new CliRunner();
            CompletableFuture<Integer> exit = cli.start("--raw", "--base-url", vms.baseUrl(), "--token", token);
            waitForAssert(() -> assertTrue(cli.err().contains("account ONLINE"), cli.err()));
            cli.requestStop();

            assertEquals(VmsCli.EXIT_OK, exit.get(30, TimeUnit.SECONDS), cli.err());
            assertEquals(0, vms.loginCount());
            assertFalse((cli.out() + cli.err()).contains(token));
        }
    }

    @Test
    void durationEndsTheRunWithZero() throws Exception {
        try (SimulatedVms vms = SimulatedVms.withLoopbackPusher()) {
            CliRunner cli = new CliRunner();
            int exit = cli.run("--raw", "--base-url", vms.baseUrl(), "--login", SimulatedVms.DEFAULT_LOGIN,
                    "--password", SimulatedVms.DEFAULT_PASSWORD, "--duration", "1");
            assertEquals(VmsCli.EXIT_OK, exit, cli.err());
            assertTrue(cli.err().contains("received 0 events"), cli.err());
        }
    }

    @Test
    void refusedLoginExitsOneWithoutEchoingThePassword() throws Exception {
        try (SimulatedVms vms = SimulatedVms.withLoopbackPusher()) {
            CliRunner cli = new CliRunner();
            int exit = cli.run("--raw", "--base-url", vms.baseUrl(), "--login", SimulatedVms.DEFAULT_LOGIN,
                    "--password", "wrong-password-123");
            assertEquals(VmsCli.EXIT_FAILURE, exit, cli.err());
            assertTrue(cli.err().contains("INVALID_CREDENTIALS"), cli.err());
            assertFalse(cli.err().contains("wrong-password-123"), cli.err());
            assertEquals("", cli.out());
        }
    }

    @Test
    void unreachableVmsIsRetriedAndExitsOneIfNeverOnline() throws Exception {
        String baseUrl;
        try (SimulatedVms vms = SimulatedVms.withLoopbackPusher()) {
            baseUrl = vms.baseUrl();
        }
        CliRunner cli = new CliRunner();
        int exit = cli.run("--raw", "--base-url", baseUrl, "--token", "some-token-value", "--duration", "2");
        assertEquals(VmsCli.EXIT_FAILURE, exit, cli.err());
        assertTrue(cli.err().contains("account RECONNECTING"), cli.err());
        assertTrue(cli.err().contains("failed: the account never came online"), cli.err());
        assertFalse(cli.err().contains("some-token-value"), cli.err());
    }

    private static JsonObject line(CliRunner cli, String kind) {
        return cli.outLines().stream().map(l -> JsonParser.parseString(l).getAsJsonObject())
                .filter(l -> kind.equals(l.get("kind").getAsString())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " line in " + cli.out()));
    }

    private static String kindOf(String line) {
        return JsonParser.parseString(line).getAsJsonObject().get("kind").getAsString();
    }

    /** Starts {@code --raw} against the simulated VMS by base URL and login, as against a real one; once online. */
    private CompletableFuture<Integer> startRawOnline(CliRunner cli, SimulatedVms vms) {
        CompletableFuture<Integer> exit = cli.start("--raw", "--base-url", vms.baseUrl(), "--login",
                SimulatedVms.DEFAULT_LOGIN, "--password", SimulatedVms.DEFAULT_PASSWORD);
        waitForAssert(() -> assertTrue(cli.err().contains("account ONLINE"), cli.err()));
        return exit;
    }
}
