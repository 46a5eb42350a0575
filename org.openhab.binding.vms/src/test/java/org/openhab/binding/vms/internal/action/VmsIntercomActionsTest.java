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
package org.openhab.binding.vms.internal.action;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;
import static org.openhab.binding.vms.internal.action.ActionsBed.*;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.handler.VmsIntercomHandler;
import org.openhab.binding.vms.internal.testlog.LogRecorder;
import org.openhab.binding.vms.internal.testlog.LogSecretScanner;
import org.openhab.binding.vms.internal.testsupport.CallbackRecorder.StateUpdate;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.http.RecordedRequest;
import org.openhab.binding.vms.simulator.vms.SimCall;
import org.openhab.binding.vms.simulator.vms.SimVisitorCode;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.ThingActions;

/**
 * The intercom's rule actions as rules call them (see {@link VmsCameraActionsTest}): opening the door, rejecting
 * the ringing call, and visitor codes, whose door code reaches the rule and nothing else: no log line at any level,
 * no channel, no status.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsIntercomActionsTest extends ActionsTestBase {

    /**
     * The door code the simulated server gives the next visitor code; registered as a secret for the log scan of
     * every test in this JVM, so shaped to occur nowhere else (six digits alone turn up in other loggers' lines).
     */
    private static final String DOOR_CODE = "door-739164-code";

    @BeforeEach
    void registerTheDoorCode() {
        LogSecretScanner.registerSecret(DOOR_CODE);
    }

    private VmsIntercomActions actions() {
        return assertInstanceOf(VmsIntercomActions.class, bed().intercomActions());
    }

    private static ZonedDateTime tomorrow() {
        return ZonedDateTime.now().plusDays(1);
    }

    // ---------------------------------------------------------------- openDoor

    @Test
    void openDoorOpensTheDoor() {
        bed().startOnline();
        assertSame(bed().intercomHandler(), actions().getThingHandler());
        assertTrue(bed().components.intercomActions.instances().contains(actions()), "made by SCR (a prototype)");
        assertTrue(actions().openDoor());
        assertEquals(List.of(301), bed().vms.openedDoors());
    }

    @Test
    void aRefusedDoorOpeningIsFalseAndKeepsTheIntercomOnline() {
        bed().startOnline();
        bed().vms.fail("POST", "intercom/301/open-door", HttpReply.json(500, "{\"message\":\"Server Error\"}"));
        try (LogRecorder warnings = LogRecorder.warnings(VmsIntercomHandler.class)) {
            assertFalse(actions().openDoor());
            assertEquals(1, warnings.lines().size(), () -> String.valueOf(warnings.lines()));
        }
        assertEquals(List.of(), bed().vms.openedDoors());
        assertEquals(ThingStatus.ONLINE, bed().openhab.status(INTERCOM_UID).getStatus());
    }

    @Test
    void openingTheDoorOfAnIntercomTheServerNoLongerHasMakesItGone() {
        bed().startOnline();
        bed().vms.fail("POST", "intercom/301/open-door", HttpReply.json(404, "{\"message\":\"Not Found\"}"));
        assertFalse(actions().openDoor());
        bed().awaitStatus(INTERCOM_UID, ThingStatus.OFFLINE, ThingStatusDetail.GONE);
    }

    // ---------------------------------------------------------------- rejectCall

    @Test
    void rejectCallEndsTheRingingCall() {
        bed().startOnline();
        SimCall call = ringAndWait();
        assertTrue(actions().rejectCall());
        assertEquals(List.of(call.id()), bed().vms.rejectedCalls());
        waitForAssert(() -> assertEquals(OnOffType.OFF, bed().openhab.lastState(INTERCOM_UID, CHANNEL_RINGING)),
                TIMEOUT_MS, 50);
    }

    @Test
    void withoutARingingCallRejectCallIsFalseAndSendsNothing() {
        bed().startOnline();
        bed().vms.clearRequests();
        assertFalse(actions().rejectCall());
        SimCall call = ringAndWait();
        bed().vms.answerCall(call.id());
        waitForAssert(() -> assertEquals(OnOffType.OFF, bed().openhab.lastState(INTERCOM_UID, CHANNEL_RINGING)),
                TIMEOUT_MS, 50);
        assertFalse(actions().rejectCall(), "an answered call rings no more");
        assertEquals(List.of(), bed().vms.rejectedCalls());
        assertEquals(List.of(), cancelRequests());
    }

    @Test
    void aRejectTheServerRefusesIsFalse() {
        bed().startOnline();
        SimCall call = ringAndWait();
        bed().vms.fail("POST", "intercom/calls/" + call.id() + "/cancel",
                HttpReply.json(500, "{\"message\":\"Server Error\"}"));
        try (LogRecorder warnings = LogRecorder.warnings(VmsIntercomHandler.class)) {
            assertFalse(actions().rejectCall());
            assertEquals(1, warnings.lines().size(), () -> String.valueOf(warnings.lines()));
        }
        assertEquals(List.of(), bed().vms.rejectedCalls());
        assertEquals(OnOffType.ON, bed().openhab.lastState(INTERCOM_UID, CHANNEL_RINGING), "still ringing");
        assertEquals(ThingStatus.ONLINE, bed().openhab.status(INTERCOM_UID).getStatus());
    }

    private SimCall ringAndWait() {
        SimCall call = bed().vms.ring(301);
        waitForAssert(() -> assertEquals(OnOffType.ON, bed().openhab.lastState(INTERCOM_UID, CHANNEL_RINGING)),
                TIMEOUT_MS, 50);
        return call;
    }

    private List<RecordedRequest> cancelRequests() {
        return bed().vms.requests().stream().filter(r -> "POST".equals(r.method()) && r.path().endsWith("/cancel"))
                .toList();
    }

    // ---------------------------------------------------------------- visitor codes

    @Test
    void createVisitorCodeGivesTheCodeAndItsIdWhichDeletesIt() {
        bed().startOnline();
        bed().vms.presetNextVisitorCode(DOOR_CODE);
        ZonedDateTime validUntil = tomorrow();
        Map<String, Object> created = actions().createVisitorCode(" Courier ", validUntil);
        assertEquals(DOOR_CODE, created.get(VmsIntercomActions.CODE));
        List<SimVisitorCode> codes = bed().vms.visitorCodes();
        assertEquals(1, codes.size());
        SimVisitorCode stored = codes.get(0);
        assertEquals((long) stored.id(), created.get(VmsIntercomActions.CODE_ID));
        assertEquals("Courier", stored.title());
        assertEquals(validUntil.toInstant().getEpochSecond(), stored.expiredAt().getEpochSecond());

        assertTrue(actions().deleteVisitorCode((Long) created.get(VmsIntercomActions.CODE_ID)));
        assertEquals(List.of(), bed().vms.visitorCodes());
    }

    @Test
    void aCreatedCodeIsNeverLoggedNorPutIntoAChannelOrStatus() {
        bed().startOnline();
        bed().vms.presetNextVisitorCode(DOOR_CODE);
        bed().openhab.clearLog();
        try (LogRecorder everything = LogRecorder.everything("org.openhab.binding.vms.")) {
            Map<String, Object> created = actions().createVisitorCode("Courier", tomorrow());
            assertEquals(DOOR_CODE, created.get(VmsIntercomActions.CODE));
            // the server broadcasts the new code (intercom.code.store, with the code): it reaches the intercom
            waitForAssert(() -> assertTrue(bed().openhab.triggers(INTERCOM_UID, CHANNEL_INTERCOM_EVENT)
                    .contains(INTERCOM_CODE_STORED)), TIMEOUT_MS, 50);
            waitForAssert(() -> assertNotNull(bed().openhab.lastState(INTERCOM_UID, CHANNEL_LAST_EVENT_JSON)),
                    TIMEOUT_MS, 50);
            assertTrue(actions().deleteVisitorCode((Long) created.get(VmsIntercomActions.CODE_ID)));
            waitForAssert(() -> assertTrue(bed().openhab.triggers(INTERCOM_UID, CHANNEL_INTERCOM_EVENT)
                    .contains(INTERCOM_CODES_DELETED)), TIMEOUT_MS, 50);

            assertFalse(everything.lines().isEmpty(), "the binding logged while the code was made and used");
            // counted, not printed: the report must not carry the code either
            assertEquals(0, everything.lines().stream().filter(line -> line.contains(DOOR_CODE)).count(),
                    "log lines with the code");
        }
        assertTrue(bed().openhab.log.stream().anyMatch(StateUpdate.class::isInstance), "states were sent");
        bed().openhab.log.forEach(recorded -> {
            // states, triggers, statuses with their descriptions, Thing labels and properties: all in the records' text
            String text = recorded.toString();
            assertFalse(text.contains(DOOR_CODE), () -> "the code in a " + recorded.getClass().getSimpleName());
        });
    }

    @Test
    void aCodeTheServerRefusesGivesAnEmptyResult() {
        bed().startOnline();
        // the server's rule: a code must be valid until a time in the future
        try (LogRecorder warnings = LogRecorder.warnings(VmsIntercomHandler.class)) {
            assertEquals(Map.of(), actions().createVisitorCode("Yesterday", ZonedDateTime.now().minusDays(1)));
            assertEquals(1, warnings.lines().size(), () -> String.valueOf(warnings.lines()));
            assertTrue(warnings.lines().get(0).contains("rejected"), warnings.lines().get(0));
        }
        bed().vms.fail("POST", "intercom/301/codes", HttpReply.json(500, "{\"message\":\"Server Error\"}"));
        assertEquals(Map.of(), actions().createVisitorCode("Failing", tomorrow()));
        assertEquals(List.of(), bed().vms.visitorCodes());
    }

    @Test
    void anAnswerWithoutTheCodeOrItsIdGivesAnEmptyResult() {
        bed().startOnline();
        bed().vms.fail("POST", "intercom/301/codes", HttpReply.json(200, "{\"id\": 90, \"title\": \"Courier\"}"), 1);
        assertEquals(Map.of(), actions().createVisitorCode("Courier", tomorrow()));
        // a code without its id could never be deleted early: not given out either, and not logged
        bed().vms.fail("POST", "intercom/301/codes",
                HttpReply.json(200, "{\"title\": \"Courier\", \"code\": \"" + DOOR_CODE + "\"}"), 1);
        try (LogRecorder warnings = LogRecorder.warnings(VmsIntercomHandler.class)) {
            assertEquals(Map.of(), actions().createVisitorCode("Courier", tomorrow()));
            assertEquals(1, warnings.lines().size());
            assertTrue(warnings.lines().get(0).contains("no code or no code id"));
            assertFalse(warnings.lines().get(0).contains(DOOR_CODE));
        }
    }

    @Test
    void aCodeWithoutTitleOrEndIsRefusedWithoutARequest() {
        bed().startOnline();
        bed().vms.clearRequests();
        assertEquals(Map.of(), actions().createVisitorCode("  ", tomorrow()));
        assertEquals(Map.of(), actions().createVisitorCode(null, tomorrow()));
        assertEquals(Map.of(), actions().createVisitorCode("Courier", null));
        assertEquals(List.of(), bed().vms.requests("POST", "intercom/301/codes"));
    }

    @Test
    void deletingACodeTheServerDoesNotHaveIsFalse() {
        bed().startOnline();
        assertFalse(actions().deleteVisitorCode(4711L));
        bed().vms.clearRequests();
        assertFalse(actions().deleteVisitorCode(0L));
        assertFalse(actions().deleteVisitorCode(null));
        assertEquals(List.of(), bed().vms.requests("DELETE", "intercom/codes"), "invalid ids are not sent");
    }

    // ---------------------------------------------------------------- account offline, handler disposed

    @Test
    void whileTheAccountIsOfflineEveryActionIsFalseAndNothingIsSent() {
        bed().vms.fail("POST", "token", HttpReply.json(503, "{\"message\":\"Maintenance\"}"));
        bed().start();
        bed().awaitStatus(INTERCOM_UID, ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        VmsIntercomActions actions = actions();
        assertFalse(actions.openDoor());
        assertFalse(actions.rejectCall());
        assertEquals(Map.of(), actions.createVisitorCode("Courier", tomorrow()));
        assertFalse(actions.deleteVisitorCode(78L));
        assertEquals(List.of(), bed().vms.requests("POST", "intercom/301/open-door"));
        assertEquals(List.of(), cancelRequests());
        assertEquals(List.of(), bed().vms.requests("POST", "intercom/301/codes"));
        assertEquals(List.of(), bed().vms.requests("DELETE", "intercom/codes"));
    }

    @Test
    void afterTheThingIsDisabledItsActionsAreFalseAndSendNothing() {
        bed().startOnline();
        VmsIntercomActions actions = actions();
        VmsIntercomHandler disposed = bed().intercomHandler();
        bed().disable(INTERCOM_UID);
        assertNull(bed().components.thingActions("vms", INTERCOM_UID.getAsString()), "unregistered with the handler");
        bed().vms.clearRequests();
        assertFalse(actions.openDoor());
        assertFalse(actions.rejectCall());
        assertEquals(Map.of(), actions.createVisitorCode("Courier", tomorrow()));
        assertFalse(actions.deleteVisitorCode(78L));
        VmsIntercomActions late = new VmsIntercomActions();
        late.setThingHandler(disposed);
        assertFalse(late.openDoor());
        assertFalse(late.rejectCall());
        assertEquals(Map.of(), late.createVisitorCode("Courier", tomorrow()));
        assertFalse(late.deleteVisitorCode(78L));
        assertEquals(List.of(), bed().vms.requests());
        assertEquals(List.of(), bed().vms.openedDoors());
    }

    // ---------------------------------------------------------------- static methods of DSL rules

    @Test
    void dslRulesCallTheStaticMethodsWithTheActionsTheyGot() {
        bed().startOnline();
        ThingActions actions = bed().intercomActions();
        assertTrue(VmsIntercomActions.openDoor(actions));
        assertEquals(List.of(301), bed().vms.openedDoors());
        SimCall call = ringAndWait();
        assertTrue(VmsIntercomActions.rejectCall(actions));
        assertEquals(List.of(call.id()), bed().vms.rejectedCalls());
        bed().vms.presetNextVisitorCode(DOOR_CODE);
        Map<String, Object> created = VmsIntercomActions.createVisitorCode(actions, "From DSL", tomorrow());
        assertEquals(DOOR_CODE, created.get("code"));
        assertTrue(VmsIntercomActions.deleteVisitorCode(actions, (Long) created.get("id")));
        assertEquals(List.of(), bed().vms.visitorCodes());
    }

    @Test
    void theStaticMethodsRefuseOtherActionsWithoutThrowing() {
        bed().startOnline();
        bed().vms.clearRequests();
        assertFalse(VmsIntercomActions.openDoor(bed().cameraActions()));
        assertFalse(VmsIntercomActions.rejectCall(null));
        assertEquals(Map.of(), VmsIntercomActions.createVisitorCode(null, "Courier", tomorrow()));
        assertFalse(VmsIntercomActions.deleteVisitorCode(bed().cameraActions(), 78L));
        assertEquals(List.of(), bed().vms.requests());
    }
}
