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
package org.openhab.binding.vms.internal.e2e;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;
import static org.openhab.binding.vms.internal.e2e.BindingOnSoketi.*;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.action.VmsCameraActions;
import org.openhab.binding.vms.internal.action.VmsIntercomActions;
import org.openhab.binding.vms.internal.testlog.LogSecretScanner;
import org.openhab.binding.vms.simulator.soketi.SoketiExtension;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.binding.vms.simulator.vms.SimCall;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.test.java.JavaTest;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.types.State;

/**
 * Rule actions end to end: called as a rule calls them on the Things the factory made, their requests reach the
 * simulated VMS, and the server's asynchronous answers come back through a real soketi: the archive clip's link on
 * the account's {@code archive-url}, the new visitor code's {@code intercom.code.store} on the intercom, without its
 * door code; a rejected call's end turns the intercom's {@code ringing} off (skipped without Node.js unless CI=true,
 * like the other soketi tests).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsRuleActionsEndToEndTest extends JavaTest {

    @RegisterExtension
    static final SoketiExtension SOKETI = new SoketiExtension("vms-actions", "vms-actions-key", "vms-actions-secret");

    private static final long TIMEOUT_MS = 20_000;
    private static final long POLL_MS = 50;
    private static final String DOOR_CODE = "door-513802-code";

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<BindingOnSoketi> bed = resources.opened(() -> new BindingOnSoketi(SOKETI.server()));

    @BeforeEach
    void startOnline() {
        LogSecretScanner.registerSecret(DOOR_CODE);
        BindingOnSoketi bed = bed();
        bed.start(bed.credentials());
        for (ThingUID uid : List.of(BRIDGE_UID, bed.camera().getThing().getUID(), bed.intercom().getThing().getUID())) {
            waitForAssert(() -> assertEquals(ThingStatus.ONLINE, bed.openhab.status(uid).getStatus()), TIMEOUT_MS,
                    POLL_MS);
        }
    }

    private BindingOnSoketi bed() {
        return bed.get();
    }

    private ThingActions actionsOf(ThingUID thing) {
        ThingActions actions = bed().components.thingActions("vms", thing.getAsString());
        assertNotNull(actions, "the actions of " + thing);
        return actions;
    }

    @Test
    void theLinkOfARequestedClipArrivesOnTheAccount() {
        ThingActions camera = actionsOf(bed().camera().getThing().getUID());
        ZonedDateTime now = ZonedDateTime.now();
        assertTrue(VmsCameraActions.requestArchiveClip(camera, now.minusMinutes(2), now));
        assertEquals(1, bed().vms.archiveClips().size());
        String link = bed().vms.archiveClips().get(0).url();
        waitForAssert(() -> assertEquals(new StringType(link), bed().openhab.lastState(BRIDGE_UID, CHANNEL_ARCHIVE_URL)),
                TIMEOUT_MS, POLL_MS);
        assertEquals(List.of(EVENT_ARCHIVE_GENERATED), bed().openhab.triggers(BRIDGE_UID, CHANNEL_ACCOUNT_EVENT));
    }

    @Test
    void aCreatedVisitorCodeComesBackFromTheServerWithoutItsDoorCode() {
        ThingUID intercom = bed().intercom().getThing().getUID();
        ThingActions actions = actionsOf(intercom);
        bed().vms.presetNextVisitorCode(DOOR_CODE);
        Map<String, Object> created = VmsIntercomActions.createVisitorCode(actions, "Courier",
                ZonedDateTime.now().plusHours(1));
        assertEquals(DOOR_CODE, created.get(VmsIntercomActions.CODE));

        waitForAssert(() -> assertTrue(
                bed().openhab.triggers(intercom, CHANNEL_INTERCOM_EVENT).contains(INTERCOM_CODE_STORED)), TIMEOUT_MS,
                POLL_MS);
        State json = bed().openhab.lastState(intercom, CHANNEL_LAST_EVENT_JSON);
        assertNotNull(json);
        assertTrue(json.toString().contains("Courier"), "the code's message, title and all");
        assertFalse(json.toString().contains(DOOR_CODE), "but not its door code");

        assertTrue(VmsIntercomActions.deleteVisitorCode(actions, (Long) created.get(VmsIntercomActions.CODE_ID)));
        waitForAssert(() -> assertTrue(
                bed().openhab.triggers(intercom, CHANNEL_INTERCOM_EVENT).contains(INTERCOM_CODES_DELETED)), TIMEOUT_MS,
                POLL_MS);
        assertEquals(List.of(), bed().vms.visitorCodes());
    }

    @Test
    void rejectCallEndsTheCallThatRingsAndTheServersAnswerTurnsRingingOff() {
        ThingUID intercom = bed().intercom().getThing().getUID();
        ThingActions actions = actionsOf(intercom);
        assertFalse(VmsIntercomActions.rejectCall(actions), "nothing rings yet");

        SimCall call = bed().vms.ring(INTERCOM_ID);
        waitForAssert(() -> assertEquals(OnOffType.ON, bed().openhab.lastState(intercom, CHANNEL_RINGING)),
                TIMEOUT_MS, POLL_MS);
        assertTrue(VmsIntercomActions.rejectCall(actions));
        assertEquals(List.of(call.id()), bed().vms.rejectedCalls());
        waitForAssert(() -> assertEquals(OnOffType.OFF, bed().openhab.lastState(intercom, CHANNEL_RINGING)),
                TIMEOUT_MS, POLL_MS);
        assertFalse(VmsIntercomActions.rejectCall(actions), "the rejected call rings no more");
        assertEquals(1, bed().vms.rejectedCalls().size());
    }
}
