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
package org.openhab.binding.vms.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.testlog.LogRecorder;
import org.openhab.binding.vms.simulator.runtime.LocalThingManager;
import org.openhab.binding.vms.internal.testsupport.CallbackRecorder.Recorded;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * Nothing the bridge started reaches a child handler after the child's or the bridge's {@code dispose()}, whichever
 * comes first. openHAB (here its thing manager's rules, run by the local thing manager) removes a Thing by calling
 * {@code dispose()}, then {@code setCallback(null)}; it tells the bridge with {@code childHandlerDisposed} on another
 * thread, whenever that thread gets to it (a paused thread holds the notice back), and not at all once the bridge's
 * handler is gone (as when the bridge itself is removed: its children go first). A handler that updates anything
 * without a callback makes {@code BaseThingHandler} log a WARN, which is what openHAB logged when a bridge was removed
 * during a re-read.
 * <p>
 * The re-read is held in flight by the simulated VMS answering the intercom list late.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsChildAfterDisposeTest extends AccountTestBase {

    private static final int INTERCOM = 301;
    /** Long enough that a busy machine still disposes or removes before the answer comes (some tests need that). */
    private static final Duration SLOW_ANSWER = Duration.ofSeconds(3);

    private final LogRecorder disposedWarnings = LogRecorder.warnings(BaseThingHandler.class);

    @BeforeEach
    void bridgeOnlineWithItsIntercom() {
        onlineAndResynced();
    }

    @AfterEach
    void stopRecording() {
        disposedWarnings.close();
    }

    @Test
    void aChildRemovedDuringAReReadIsNotUpdatedByIt() {
        VmsIntercomHandler intercom = fixture().intercom(INTERCOM);
        sim().renameIntercom(INTERCOM, "Gate");
        startSlowReRead();

        try (LocalThingManager.Pause busy = fixture().manager.pause()) { // childHandlerDisposed has not arrived
            int removedAt = removeAsOpenHabDoes(intercom);
            awaitResync();
            assertNothingReached(intercom, removedAt);
        }
        assertEquals(List.of(), disposedWarnings.lines());
    }

    @Test
    void theBridgeRemovedDuringAReReadUpdatesNoChild() {
        VmsIntercomHandler intercom = fixture().intercom(INTERCOM);
        VmsCameraHandler camera = fixture().camera(1010);
        sim().renameIntercom(INTERCOM, "Gate");
        startSlowReRead();

        // openHAB removes a bridge's children first; their childHandlerDisposed never reaches the removed bridge
        int removedAt = removeAsOpenHabDoes(fixture().account);
        awaitResync();

        assertNothingReached(intercom, removedAt);
        assertNothingReached(camera, removedAt);
        assertEquals(List.of(), disposedWarnings.lines());
    }

    @Test
    void aBridgeDisposedDuringAReReadNoLongerUpdatesItsLiveChildren() {
        // the bridge goes first (e.g. it is disabled): the child lives on, but what the bridge started must stop
        VmsIntercomHandler intercom = fixture().intercom(INTERCOM);
        sim().renameIntercom(INTERCOM, "Gate");
        startSlowReRead();

        int disposedAt = fixture().log.size();
        fixture().account.dispose();
        awaitResync();

        assertNothingReached(intercom, disposedAt);
        assertEquals(new StringType("Entrance 2"), fixture().lastState(intercom, CHANNEL_NAME),
                "the name read before the bridge was disposed");
        removeAsOpenHabDoes(intercom);
        assertEquals(List.of(), disposedWarnings.lines());
    }

    @Test
    void aBridgeInitialisedAgainIsNotUpdatedByTheReReadOfItsEarlierSession() {
        VmsIntercomHandler intercom = fixture().intercom(INTERCOM);
        sim().renameIntercom(INTERCOM, "Gate");
        startSlowReRead();

        fixture().account.dispose();
        fixture().account.initialize(); // a configuration change: same handler, new session, child still there
        awaitResync();

        assertFalse(fixture().states(intercom, CHANNEL_NAME).contains(new StringType("Gate")),
                "the earlier session's re-read reached the intercom");
    }

    @Test
    void aMessageForAChildRemovedBeforeTheBridgeHeardOfItReachesNoHandler() {
        VmsIntercomHandler intercom = fixture().intercom(INTERCOM);
        try (LocalThingManager.Pause busy = fixture().manager.pause()) { // childHandlerDisposed has not arrived
            int removedAt = removeAsOpenHabDoes(intercom);

            fixture().deliver("notification.intercom.rename.json");
            fixture().deliver("notification.intercom.call.store.json");

            assertNothingReached(intercom, removedAt);
        }
        assertEquals(List.of(), disposedWarnings.lines());
    }

    @Test
    void theDisposalNoticeArrivingLateChangesNothing() {
        VmsIntercomHandler intercom = fixture().intercom(INTERCOM);
        int removedAt;
        try (LocalThingManager.Pause busy = fixture().manager.pause()) {
            removedAt = removeAsOpenHabDoes(intercom);
            resync();
        } // openHAB's notice arrives now, late
        fixture().awaitIdle();

        resync();

        assertNothingReached(intercom, removedAt);
        assertEquals(List.of(), disposedWarnings.lines());
    }

    /** A re-read (as after a reconnect) whose intercom list is on its way while the test goes on. */
    private void startSlowReRead() {
        sim().clearRequests();
        sim().delay("GET", "intercom", SLOW_ANSWER);
        fixture().account.resyncNeeded();
        waitForAssert(() -> assertFalse(sim().requests("GET", "intercom").isEmpty(), "the intercom list requested"));
    }

    /**
     * Removes the handler's Thing from openHAB: {@code dispose()}, then {@code setCallback(null)} (a bridge's
     * children first); the bridge hears of it on openHAB's thread.
     *
     * @return the position in the log from which nothing may concern the Thing (the removal's own statuses before)
     */
    private int removeAsOpenHabDoes(ThingHandler handler) {
        fixture().manager.forceRemove(handler.getThing().getUID());
        return fixture().log.size();
    }

    private void assertNothingReached(ThingHandler handler, int from) {
        ThingUID uid = handler.getThing().getUID();
        List<Recorded> after = fixture().log.subList(from, fixture().log.size()).stream()
                .filter(entry -> entry.thing().equals(uid)).toList();
        assertEquals(List.of(), after, uid + " was updated after dispose()");
    }
}
