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

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.vms.internal.api.event.VmsEventKind;
import org.openhab.binding.vms.simulator.vms.SimMark;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.VmsExamples;
import org.openhab.core.test.java.JavaTest;

/**
 * Binding mode (the default) of the main job, run in-process: the binding's handlers on the stand-in, against the
 * embedded simulated VMS (scenario and every example message) and against a simulated VMS given by base URL.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsCliBindingModeTest extends JavaTest {

    private static final String ACCOUNT = "vms:account:acc";
    private static final String CAMERA = "vms:camera:acc:1001";
    private static final String INTERCOM = "vms:intercom:acc:301";

    /**
     * What each example message type leaves in the event log of the no-argument run (where it goes is the
     * "Socket Messages" table of docs/DEVELOPERS.md): the main job shows every one of the 37 types.
     */
    private static final Map<VmsEventKind, List<String>> EVIDENCE = Map.ofEntries(
            entry(VmsEventKind.LOGOUT, List.of(trigger(ACCOUNT, "account-event", "LOGOUT"),
                    "Thing '" + ACCOUNT + "' changed from ONLINE to OFFLINE (COMMUNICATION_ERROR): The server ended")),
            entry(VmsEventKind.ARCHIVE_GENERATED, List.of(trigger(ACCOUNT, "account-event", "ARCHIVE_GENERATED"),
                    trigger(ACCOUNT, "account-event", "ARCHIVE_FAILED"),
                    "Channel '" + ACCOUNT + ":archive-url' changed from NULL to https://example.com/s3/archives/")),
            entry(VmsEventKind.CAMERAS_UPDATED, List.of(trigger(ACCOUNT, "account-event", "CAMERAS_ATTACHED"))),
            entry(VmsEventKind.FAVORITE_ADDED, List.of(trigger(CAMERA, "favorite-changed", "ADDED"))),
            entry(VmsEventKind.FAVORITE_REMOVED, List.of(trigger(CAMERA, "favorite-changed", "REMOVED"))),
            entry(VmsEventKind.PERMISSIONS_UPDATED, List.of(trigger(ACCOUNT, "account-event", "PERMISSIONS_UPDATED"))),
            entry(VmsEventKind.LAYOUTS_UPDATED, List.of(trigger(ACCOUNT, "account-event", "LAYOUTS_UPDATED"))),
            entry(VmsEventKind.GROUPS_UPDATED, List.of(trigger(ACCOUNT, "account-event", "GROUPS_UPDATED"))),
            entry(VmsEventKind.GROUPS_CREATED, List.of(trigger(ACCOUNT, "account-event", "GROUPS_CREATED"))),
            entry(VmsEventKind.GROUPS_DELETED, List.of(trigger(ACCOUNT, "account-event", "GROUPS_DELETED"))),
            entry(VmsEventKind.CAMERA_GROUPS_SYNCED,
                    List.of(trigger(ACCOUNT, "account-event", "CAMERA_GROUPS_SYNCED"))),
            entry(VmsEventKind.MARK_CREATED, List.of(trigger(CAMERA, "mark", "CREATED"))),
            entry(VmsEventKind.MARK_UPDATED, List.of(trigger(CAMERA, "mark", "UPDATED"))),
            entry(VmsEventKind.MARK_DELETED, List.of(trigger(CAMERA, "mark", "DELETED"))),
            entry(VmsEventKind.ANALYTIC_MOTION_DETECT, List.of(trigger(CAMERA, "analytic-event", "MOTION_DETECT"))),
            entry(VmsEventKind.ANALYTIC_LINE_INTERSECTION,
                    List.of(trigger(CAMERA, "analytic-event", "LINE_INTERSECTION"))),
            entry(VmsEventKind.ANALYTIC_SMOKE_FIRE, List.of(trigger(CAMERA, "analytic-event", "SMOKE_FIRE"))),
            entry(VmsEventKind.ANALYTIC_LOUD_SOUND, List.of(trigger(CAMERA, "analytic-event", "LOUD_SOUND"))),
            entry(VmsEventKind.ANALYTIC_CAMERA_OBSTACLE,
                    List.of(trigger(CAMERA, "analytic-event", "CAMERA_OBSTACLE"))),
            entry(VmsEventKind.ANALYTIC_FACE, List.of(trigger(CAMERA, "analytic-event", "FACE"),
                    trigger("vms:camera:acc:1010", "analytic-event", "FACE"),
                    trigger(INTERCOM, "intercom-event", "FACE_DETECTED"))),
            entry(VmsEventKind.ANALYTIC_LICENSE_PLATE, List.of(trigger(CAMERA, "analytic-event", "LICENSE_PLATE"),
                    "Channel '" + CAMERA + ":last-license-plate' changed from NULL to AB123CD")),
            entry(VmsEventKind.ANALYTIC_PERSON_COUNTING,
                    List.of(trigger(CAMERA, "analytic-event", "PERSON_COUNTING"))),
            entry(VmsEventKind.ANALYTIC_VISITOR_COUNTING,
                    List.of(trigger(CAMERA, "analytic-event", "VISITOR_COUNTING"))),
            entry(VmsEventKind.ANALYTIC_CONTAINER_NUMBER_RECOGNITION,
                    List.of(trigger(CAMERA, "analytic-event", "CONTAINER_NUMBER_RECOGNITION"))),
            entry(VmsEventKind.INTERCOM_STORED, List.of(trigger(INTERCOM, "intercom-event", "UPDATED"))),
            entry(VmsEventKind.INTERCOM_RENAMED, List.of(trigger(INTERCOM, "intercom-event", "RENAMED"),
                    "Channel '" + INTERCOM + ":name' changed from Entrance 2 to Entrance 2 (renamed)")),
            entry(VmsEventKind.INTERCOM_UPDATED, List.of(trigger(INTERCOM, "intercom-event", "UPDATED"))),
            entry(VmsEventKind.INTERCOMS_DELETED,
                    List.of("Thing '" + INTERCOM + "' changed from ONLINE to OFFLINE (GONE)")),
            entry(VmsEventKind.INTERCOM_KEY_CONFIRMED,
                    List.of(trigger(ACCOUNT, "account-event", "INTERCOM_KEY_CONFIRMED"))),
            entry(VmsEventKind.INTERCOM_KEY_ERROR, List.of(trigger(ACCOUNT, "account-event", "INTERCOM_KEY_ERROR"))),
            entry(VmsEventKind.INTERCOM_ADD_ERROR, List.of(trigger(ACCOUNT, "account-event", "INTERCOM_ADD_ERROR"))),
            entry(VmsEventKind.INTERCOM_ADDED, List.of(trigger(ACCOUNT, "account-event", "INTERCOM_ADDED"))),
            entry(VmsEventKind.INTERCOM_CODE_STORED, List.of(trigger(INTERCOM, "intercom-event", "CODE_STORED"))),
            entry(VmsEventKind.INTERCOM_CODES_DELETED, List.of(trigger(INTERCOM, "intercom-event", "CODES_DELETED"))),
            entry(VmsEventKind.INTERCOM_CALL_STORED, List.of(trigger(INTERCOM, "call", "MISSED"),
                    "Channel '" + INTERCOM + ":last-call-status' changed from RING to MISSED")),
            entry(VmsEventKind.INTERCOM_CALLS_DELETED, List.of(trigger(INTERCOM, "intercom-event", "CALLS_DELETED"))),
            entry(VmsEventKind.INTERCOM_CALL_CANCELED, List.of(trigger(INTERCOM, "call-canceled", "CANCELED"))));

    private static CliRunner run = new CliRunner();
    private static int exit = -1;

    /** One run for the assertions on the no-argument run: it takes a few seconds. */
    @BeforeAll
    static void runWithoutArguments() {
        run = new CliRunner();
        exit = run.run();
    }

    @Test
    void noArgumentsRunsTheBindingOnTheSimulatorAndExitsZero() {
        assertEquals(VmsCli.EXIT_OK, exit, run.err());
        List<String> lines = run.outLines();
        for (String uid : List.of(ACCOUNT, CAMERA, "vms:camera:acc:1002", "vms:camera:acc:1010", INTERCOM)) {
            assertTrue(lines.contains("Thing '" + uid + "' changed from UNINITIALIZED to INITIALIZING"), uid);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Thing '" + uid + "' changed from ")
                    && l.endsWith(" to ONLINE")), uid + " never ONLINE");
            // disposed at the end, children first
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Thing '" + uid + "' changed from ")
                    && l.endsWith(" to UNINITIALIZED")), uid + " not disposed");
        }
        assertTrue(lines.get(lines.size() - 1).startsWith("Thing '" + ACCOUNT + "' changed from "));
        assertTrue(run.err().contains("adding 3 camera and 1 intercom Things"), run.err());
    }

    /** The bridge's discovery service, started by the handler factory as in openHAB, reaches the Inbox. */
    @Test
    void theAccountsCamerasAndIntercomsAreDiscovered() {
        assertTrue(run.err().contains("discovered vms:camera:acc:1001 (Front Door)"), run.err());
        assertTrue(run.err().contains("discovered vms:intercom:acc:301 (Entrance 2)"), run.err());
    }

    @Test
    void theScenarioHasItsEffects() {
        String out = run.out();
        assertContainsInOrder(out, "Channel 'vms:camera:acc:1002:favorite' received command ON",
                "Channel 'vms:camera:acc:1002:favorite' changed from OFF to ON",
                trigger("vms:camera:acc:1002", "favorite-changed", "ADDED"));
        assertContainsInOrder(out, "Channel '" + INTERCOM + ":open-door' received command ON",
                trigger(INTERCOM, "call", "RING"),
                "Channel '" + INTERCOM + ":name' changed from Entrance 2 to Entrance 2 (main door)",
                trigger(INTERCOM, "call-canceled", "CANCELED"),
                "Thing 'vms:camera:acc:1002' changed from ONLINE to OFFLINE (GONE): The camera was not found");
        SimulatedVms vms = run.simulator();
        assertTrue(vms.isFavorite(1002));
        assertEquals(List.of(301), vms.openedDoors());
    }

    /** The scenario's snapshot: the simulated preview (1080p MP4) decoded, the JPEG written where asked. */
    @Test
    void theSnapshotIsWrittenToTheSnapshotDir(@TempDir Path dir) throws Exception {
        CliRunner withDir = new CliRunner();

        assertEquals(VmsCli.EXIT_OK, withDir.run("--snapshot-dir", dir.toString()), withDir.err());

        Path file = dir.resolve("camera-1001.jpg");
        BufferedImage picture = ImageIO.read(file.toFile());
        assertNotNull(picture, "a JPEG");
        assertEquals(1920, picture.getWidth());
        assertEquals(1080, picture.getHeight());
        assertTrue(withDir.err().contains("snapshot: camera 1001: JPEG of " + Files.size(file) + " bytes written to "
                + file), withDir.err());
        assertTrue(run.err().contains("snapshot: camera 1001: JPEG of "), "without a directory: only the size");
    }

    /** A rule action called as a DSL rule calls it, through the action service openHAB registered for the Thing. */
    @Test
    void theScenarioCallsARuleActionAndPrintsItsResult() {
        String call = "rule> createMark(getActions(\"vms\", \"vms:camera:acc:1002\"), \"Parcel delivered\", "
                + "now.minusMinutes(1), now) returned true";
        String doorOpened = "Channel '" + INTERCOM + ":open-door' received command ON";
        assertContainsInOrder(run.out(), doorOpened, call, trigger(INTERCOM, "call", "RING"));
        // the server's mark_created may come through the socket before the REST answer: only after the door
        assertContainsInOrder(run.out(), doorOpened, trigger("vms:camera:acc:1002", "mark", "CREATED"),
                trigger(INTERCOM, "call", "RING"));
        assertTrue(run.err().contains("scenario: rule action createMark on camera 1002"), run.err());
        List<SimMark> marks = run.simulator().marks().stream().filter(m -> m.cameraId() == 1002).toList();
        assertEquals(1, marks.size(), marks.toString());
        assertEquals("Parcel delivered", marks.get(0).title());
        assertEquals(Duration.ofMinutes(1), Duration.between(marks.get(0).from(), marks.get(0).to()));
    }

    @Test
    void everyExampleMessageTypeShowsInTheEventLog() {
        assertEquals(EnumSet.allOf(VmsEventKind.class), EnumSet.copyOf(EVIDENCE.keySet()));
        String out = run.out();
        for (Map.Entry<VmsEventKind, List<String>> evidence : EVIDENCE.entrySet()) {
            for (String line : evidence.getValue()) {
                assertTrue(out.contains(line), evidence.getKey() + ": no '" + line + "'");
            }
        }
        // last-message shows that messages arrived, but at most every few seconds: far fewer lines than messages
        long messages = run.outLines().stream().filter(l -> l.startsWith("Channel '" + ACCOUNT + ":last-message' "))
                .count();
        assertTrue(messages >= 1 && messages < VmsExamples.APPLICATION_FRAMES.size() + 5,
                messages + " last-message lines for " + VmsExamples.APPLICATION_FRAMES.size() + " messages");
    }

    @Test
    void theLogoutIsFollowedByANewLogin() {
        assertContainsInOrder(run.out(), trigger(ACCOUNT, "account-event", "LOGOUT"),
                "Thing '" + ACCOUNT + "' changed from ONLINE to OFFLINE (COMMUNICATION_ERROR): The server ended this"
                        + " session: Your session has been closed.",
                "Thing '" + ACCOUNT + "' changed from OFFLINE (COMMUNICATION_ERROR)");
        assertTrue(run.simulator().loginCount() >= 2);
    }

    @Test
    void neverPrintsTokensPasswordsOrDoorCodes() {
        String everything = run.out() + run.err();
        SimulatedVms vms = run.simulator();
        assertFalse(vms.validTokens().isEmpty());
        for (String token : vms.validTokens()) {
            assertFalse(everything.contains(token), "token printed");
        }
        assertFalse(everything.contains(SimulatedVms.DEFAULT_PASSWORD), "password printed");
        // Only what is not a time: the nanoseconds of the times the event log prints can hold the digits by chance.
        String withoutTimes = everything.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?", "");
        assertFalse(withoutTimes.contains("482913"), "door code printed");
    }

    @Test
    void statusDescriptionsAreTranslatedLikeOpenhabDoes() {
        assertFalse(run.out().contains("@text/"), "untranslated status description");
    }

    @Test
    void theRunEndsWithTheBindingsConsoleCommandListingTheAccountAndItsLastMessages() {
        String out = run.out();
        List<String> lines = run.outLines();
        int list = lines.indexOf("openhab> vms list");
        assertTrue(list > 0, out);
        // after the scenario: camera 1002 detached, the intercom deleted
        assertEquals("vms:account:acc ONLINE, connection SUBSCRIBED, 2 cameras, 0 intercoms (VMS account)",
                lines.get(list + 1));
        int events = lines.indexOf("openhab> vms events acc 3");
        // each command prints as one block; the event log may print between two commands
        assertTrue(events > list + 1, out);
        assertTrue(lines.get(events + 3).contains(" LOGOUT logout "), "the last message of the run");
        for (String line : lines.subList(events + 1, events + 4)) {
            assertTrue(line.matches("\\S+Z [A-Z_]+ \\S+ \\{.*\\}"), line);
        }
    }

    /** openHAB's locale from --language: status texts come from vms_ru.properties as openHAB would show them. */
    @Test
    void aRunInRussianShowsRussianStatusTexts() {
        CliRunner russian = new CliRunner();
        assertEquals(VmsCli.EXIT_OK, russian.run("--language", "ru"), russian.err());
        String out = russian.out();
        assertTrue(out.contains("Thing 'vms:camera:acc:1002' changed from ONLINE to OFFLINE (GONE): Камера не "
                + "найдена в этой учётной записи"), out);
        assertFalse(out.contains("The camera was not found"), out);
        assertFalse(out.contains("@text/"), "untranslated status description");
    }

    @Test
    void realVmsWithSelectedThingsRunsUntilStopped() throws Exception {
        try (SimulatedVms vms = SimulatedVms.withLoopbackPusher()) {
            CliRunner cli = new CliRunner(Map.of(CliOptions.PASSWORD_VARIABLE, SimulatedVms.DEFAULT_PASSWORD));
            CompletableFuture<Integer> result = cli.start("--base-url", vms.baseUrl(), "--login",
                    SimulatedVms.DEFAULT_LOGIN, "--camera", "1001", "--intercom", "301");
            waitForAssert(() -> assertTrue(
                    cli.out().contains("Thing '" + INTERCOM + "' changed from INITIALIZING to ONLINE"), cli.out()));
            waitForAssert(() -> assertTrue(
                    cli.out().contains("Thing '" + CAMERA + "' changed from INITIALIZING to ONLINE"), cli.out()));

            vms.publishExample("user-push.analytic_case_license_plate_event_created");
            waitForAssert(() -> assertTrue(cli.out().contains(trigger(CAMERA, "analytic-event", "LICENSE_PLATE"))));
            cli.requestStop();

            assertEquals(VmsCli.EXIT_OK, result.get(30, TimeUnit.SECONDS), cli.err());
            Set<String> things = Set.copyOf(cli.outLines().stream().filter(l -> l.startsWith("Thing '"))
                    .map(l -> l.substring(7, l.indexOf('\'', 7))).toList());
            assertEquals(Set.of(ACCOUNT, CAMERA, INTERCOM), things);
            assertFalse((cli.out() + cli.err()).contains(SimulatedVms.DEFAULT_PASSWORD));
        }
    }

    @Test
    void refusedCredentialsExitOne() throws Exception {
        try (SimulatedVms vms = SimulatedVms.withLoopbackPusher()) {
            CliRunner cli = new CliRunner();
            int result = cli.run("--base-url", vms.baseUrl(), "--login", SimulatedVms.DEFAULT_LOGIN, "--password",
                    "not-the-password");
            assertEquals(VmsCli.EXIT_FAILURE, result, cli.err());
            assertTrue(cli.out().contains(
                    "Thing '" + ACCOUNT + "' changed from UNKNOWN to OFFLINE (CONFIGURATION_ERROR)"), cli.out());
            assertFalse((cli.out() + cli.err()).contains("not-the-password"));
        }
    }

    private static String trigger(String thing, String channel, String payload) {
        return "Channel '" + thing + ":" + channel + "' triggered " + payload;
    }

    private static void assertContainsInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, "'" + part + "' missing (in this order) in:\n" + text);
            from = at + part.length();
        }
    }
}
