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
package org.openhab.binding.vms.internal.console;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.binding.vms.internal.testsupport.BindingComponents;
import org.openhab.binding.vms.internal.testsupport.BindingOnVms;
import org.openhab.binding.vms.internal.testsupport.OpenhabSide;
import org.openhab.binding.vms.internal.testsupport.RecordingConsole;
import org.openhab.binding.vms.internal.testsupport.VmsTestThings;
import org.openhab.binding.vms.simulator.runtime.LocalComponentRuntime;
import org.openhab.binding.vms.simulator.runtime.LocalThingRegistry;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.VmsExamples;
import org.openhab.core.io.console.extensions.ConsoleCommandExtension;
import org.openhab.core.test.java.JavaTest;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;

/**
 * The console command {@code openhab:vms} as openHAB runs it: the component made by SCR from its OSGI-INF
 * description ({@link LocalComponentRuntime}) with openHAB's {@link ThingRegistry} (the local thing manager's
 * Things), found as a {@link ConsoleCommandExtension} service, on a real account bridge (handler factory, production
 * connection) against the simulated VMS with its in-JVM Pusher server. Each subcommand's output is checked line by
 * line where it is fixed, by content where it holds times.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsConsoleCommandExtensionTest extends JavaTest {

    private static final ThingUID BRIDGE_UID = new ThingUID(THING_TYPE_ACCOUNT, "home");
    private static final long TIMEOUT_MS = 20_000;
    private static final long POLL_MS = 50;

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<BindingOnVms> binding = resources
            .opened(() -> new BindingOnVms(SimulatedVms.withLoopbackPusher()));
    private final Opened<ConsoleCommandExtension> command = resources.opened(this::enableConsoleCommand);

    /** Enables the command's component with openHAB's Thing registry, as SCR does once the registry is there. */
    private ConsoleCommandExtension enableConsoleCommand() {
        BindingComponents components = binding.get().components;
        components.runtime.register(ThingRegistry.class, LocalThingRegistry.of(openhab().manager));
        LocalComponentRuntime.Component console = components.runtime.enable(VmsConsoleCommandExtension.class);
        assertTrue(console.isSatisfied(), "missing: " + console.missingReferences());
        return components.runtime.service(ConsoleCommandExtension.class);
    }

    @Test
    void itIsTheVmsCommandAndPrintsItsUsageWithoutOrWithWrongArguments() {
        assertEquals("vms", command().getCommand());
        List<String> usage = run();
        assertEquals(8, usage.size(), usage.toString());
        assertTrue(usage.get(0).startsWith("usage: vms list - lists the VMS accounts"), usage.get(0));
        assertTrue(usage.stream().anyMatch(line -> line.startsWith("usage: vms events <account> [n] - ")));
        assertEquals(usage, run("list", "extra"));
        assertEquals(usage, run("nonsense"));
        assertEquals(usage, run("decode"));
        assertEquals(usage, command().getUsages().stream().map(line -> "usage: " + line).toList());
    }

    @Test
    void listShowsEachAccountWithStatusConnectionAndWhatItKnows() {
        assertEquals(List.of("No VMS account Things."), run("list"));
        startOnline();
        waitForAssert(() -> assertEquals(List.of("vms:account:home ONLINE, connection SUBSCRIBED, 3 cameras, "
                + "1 intercoms"), run("list")), TIMEOUT_MS, POLL_MS);
    }

    @Test
    void camerasAndIntercomsShowTheAccountsListsWithTheirThings() {
        startOnline();
        waitForAssert(() -> assertEquals(List.of(
                "1001 \"Front Door\" status active, favourite yes, Thing vms:camera:home:cam1001",
                "1002 \"Backyard\" status active, favourite no, Thing -",
                "1010 \"Entrance 2 camera\" status active, favourite no, Thing -"), run("cameras", "home")),
                TIMEOUT_MS, POLL_MS);
        assertEquals(List.of("301 \"Entrance 2\" address \"1 Example Street, entrance 2\", online yes, camera 1010, "
                + "Thing vms:intercom:home:door301"), run("intercoms", "vms:account:home"), "by full UID too");
        assertEquals(List.of("No VMS account 'nowhere'. Accounts: vms:account:home"), run("cameras", "nowhere"));
    }

    @Test
    void sessionsListsTheOpenSessionsMarkingTheBindingsOwn() {
        String phone = vms().issueToken();
        startOnline();
        List<String> lines = run("sessions", "home");
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("2 open sessions of vms:account:home:", lines.get(0));
        assertTrue(lines.get(1).startsWith("sim-session-1 client android, online yes"), lines.get(1));
        assertTrue(lines.get(2).startsWith("sim-session-2 (this binding) client android"), lines.get(2));
        assertFalse(String.join("\n", lines).contains(phone), "no token shown");
    }

    @Test
    void atTheSessionLimitSessionsShowsTheRefusedLoginsListAndReconnectTriesAgain() {
        vms().setSessionLimit(1);
        String phone = vms().issueToken();
        addThings();
        waitForAssert(() -> assertEquals(ThingStatusDetail.CONFIGURATION_ERROR,
                openhab().status(BRIDGE_UID).getStatusDetail()), TIMEOUT_MS, POLL_MS);
        List<String> lines = run("sessions", "home");
        assertEquals(2, lines.size(), lines.toString());
        assertEquals("The login of vms:account:home was refused: the account has the maximum number of sessions (1)."
                + " End one in the VMS app or web interface, then run 'vms reconnect home'. Sessions:", lines.get(0));
        assertTrue(lines.get(1).startsWith("sim-session-1 client android"), lines.get(1));

        vms().revoke(phone); // ended in the app
        assertEquals(List.of("Reconnecting vms:account:home"), run("reconnect", "home"));
        waitForAssert(() -> assertEquals(ThingStatus.ONLINE, openhab().status(BRIDGE_UID).getStatus()), TIMEOUT_MS,
                POLL_MS);
    }

    @Test
    void reconnectDropsTheSocketAndConnectsAgainWithoutANewLogin() {
        startOnline();
        int logins = vms().loginCount();
        assertEquals(List.of("Reconnecting vms:account:home"), run("reconnect", "home"));
        waitForAssert(() -> assertTrue(openhab().states(BRIDGE_UID, CHANNEL_CONNECTION_STATE).stream()
                .filter(state -> state.toString().equals("SUBSCRIBED")).count() >= 2), TIMEOUT_MS, POLL_MS);
        waitForAssert(() -> assertEquals(ThingStatus.ONLINE, openhab().status(BRIDGE_UID).getStatus()), TIMEOUT_MS,
                POLL_MS);
        assertEquals(logins, vms().loginCount(), "the stored token is used again");
    }

    @Test
    void eventsShowsTheLastMessagesWithoutDoorCodes() {
        startOnline();
        assertEquals(List.of("No messages received by vms:account:home yet."), run("events", "home"));
        vms().publishExample("user-push.camera.store_favorite");
        vms().publishExample("notification.intercom.code.store");
        vms().publish(vms().userChannel(), VmsEventDecoder.USER_PUSH,
                "{\"data\":{\"type\":\"camera.future_feature\",\"data\":{\"code\":\"4711\"}}}");
        waitForAssert(() -> assertEquals(3, run("events", "home").size(), run("events", "home").toString()),
                TIMEOUT_MS, POLL_MS);

        List<String> two = run("events", "home", "2");
        assertEquals(2, two.size(), two.toString());
        assertTrue(two.get(0).matches("\\S+Z INTERCOM_CODE_STORED intercom.code.store \\{.*\"title\":\"Courier\".*"),
                two.get(0));
        assertTrue(two.get(1).matches("\\S+Z UNKNOWN camera.future_feature "
                + "\\{\"data\":\\{\"type\":\"camera.future_feature\",\"data\":\\{\\}\\}\\}"), two.get(1));
        String all = String.join("\n", run("events", "home", "50"));
        assertTrue(all.contains(" FAVORITE_ADDED camera.store_favorite "), all);
        // Only what follows each line's receive time: its nanoseconds can contain the code's digits by chance.
        String withoutTimes = all.replaceAll("(?m)^\\S+Z ", "");
        assertFalse(withoutTimes.contains("482913") || withoutTimes.contains("4711"),
                "door codes are removed: " + all);
        assertEquals(List.of("The number of messages must be a whole number of at least 1, not 'x'."),
                run("events", "home", "x"));
    }

    @Test
    void decodeShowsWhatTheDecoderMakesOfAFrameOrItsData() {
        String frame = VmsExamples.text("notification.intercom.code.store");
        List<String> decoded = run(("decode " + frame).split(" "));
        assertEquals(3, decoded.size(), decoded.toString());
        assertEquals("Decoded: INTERCOM_CODE_STORED (wire type intercom.code.store, Pusher event "
                + VmsEventDecoder.NOTIFICATION + ")", decoded.get(0));
        assertTrue(decoded.get(1).startsWith("Record: IntercomCodeStored["), decoded.get(1));
        assertFalse(String.join("\n", decoded).contains("482913"), "no door code: " + decoded);

        assertEquals(List.of("Unknown type 'camera.future_feature': counted as dropped; the account fires "
                + "account-event UNKNOWN_MESSAGE with this on account-event-data:",
                "{\"type\":\"camera.future_feature\",\"camera_id\":7}"),
                run("decode", "{\"type\":\"camera.future_feature\",", "\"camera_id\":7}"));
        assertEquals(List.of("Dropped (MALFORMED): no type in either envelope"), run("decode", "{\"x\":1}"));
    }

    // ---------------------------------------------------------------- helpers

    private List<String> run(String... args) {
        RecordingConsole console = new RecordingConsole();
        command().execute(args, console);
        return console.lines();
    }

    private void addThings() {
        openhab().add(VmsTestThings.account(BRIDGE_UID, binding.get().credentials()));
        openhab().add(VmsTestThings.camera(BRIDGE_UID, "cam1001", 1001));
        openhab().add(VmsTestThings.intercom(BRIDGE_UID, "door301", 301));
    }

    private void startOnline() {
        addThings();
        waitForAssert(() -> {
            assertEquals(ThingStatus.ONLINE, openhab().status(BRIDGE_UID).getStatus());
            VmsAccountHandler account = openhab().handler(BRIDGE_UID, VmsAccountHandler.class);
            assertEquals(3, account.knownCameras().size());
            assertEquals(1, account.knownIntercoms().size());
        }, TIMEOUT_MS, POLL_MS);
    }

    private SimulatedVms vms() {
        return binding.get().vms;
    }

    private OpenhabSide openhab() {
        return binding.get().openhab;
    }

    private ConsoleCommandExtension command() {
        return command.get();
    }
}
