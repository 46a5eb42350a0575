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
package org.openhab.binding.vms.simulator.runtime;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.vms.simulator.runtime.DemoThings.*;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.simulator.runtime.DemoThings.Calls;
import org.openhab.binding.vms.simulator.runtime.DemoThings.Factory;
import org.openhab.binding.vms.simulator.runtime.DemoThings.LampHandler;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.test.java.JavaTest;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.State;

/**
 * {@link LocalThingManager} follows openHAB's thing manager: when handlers are made and initialised, what bridges and
 * children are told and on which thread, what a disposed handler may still do, configuration changes, removal,
 * disabling, commands and linked channels.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class LocalThingManagerTest extends JavaTest {

    private static final String CALLER = Thread.currentThread().getName();

    private final Calls calls = new Calls();
    private final Factory factory = new Factory(calls);
    private final LocalThingManager manager = new LocalThingManager(factory);
    private final List<String> seen = new CopyOnWriteArrayList<>();

    LocalThingManagerTest() {
        manager.addListener(new ThingManagerListener() {
            @Override
            public void statusUpdated(Thing thing, ThingStatusInfo previous, ThingStatusInfo current) {
                seen.add(thing.getUID().getId() + " " + current);
            }

            @Override
            public void stateUpdated(ChannelUID channel, State state) {
                seen.add(channel.getId() + "=" + state);
            }

            @Override
            public void channelTriggered(Thing thing, ChannelUID channel, String event) {
                seen.add(channel.getId() + " triggered " + event);
            }
        });
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void aChildAddedBeforeItsBridgeWaitsAndIsStartedOnTheManagersThreadOnceTheBridgeIsInitialised() {
        Thing lamp = lamp("l1");
        manager.add(lamp);
        assertEquals(status(ThingStatus.UNINITIALIZED, ThingStatusDetail.BRIDGE_UNINITIALIZED), lamp.getStatusInfo());
        assertNull(lamp.getHandler(), "openHAB makes no handler for a child of a missing bridge");

        manager.add(hub());
        waitForAssert(() -> assertEquals(ThingStatus.ONLINE, lamp.getStatus()));
        List<String> initialised = calls.of("initialize white");
        assertEquals(1, initialised.size());
        assertFalse(initialised.get(0).endsWith(" " + Thread.currentThread().getName()), initialised.toString());
        assertTrue(seen.indexOf("hub1 UNKNOWN") < seen.indexOf("l1 INITIALIZING"), seen.toString());
        waitForAssert(() -> assertEquals(1, calls.of("childHandlerInitialized").size()));
        assertOnTheManagersThread(calls.of("childHandlerInitialized"));
    }

    @Test
    void aChildOfAnInitialisedBridgeIsStartedInTheCallersThread() {
        Bridge hub = hub();
        manager.add(hub);
        assertEquals(List.of("initialize hub1 " + CALLER), calls.of("initialize"), "in the caller's thread");
        assertNotEquals(ThingStatus.INITIALIZING, hub.getStatus());
        Thing lamp = lamp("l1");
        manager.add(lamp);

        assertEquals(List.of("initialize white l1 " + CALLER), calls.of("initialize white"));
        assertNotEquals(ThingStatus.INITIALIZING, lamp.getStatus(), "initialised when add() returned");
        // the bridge goes ONLINE a moment later
        waitForAssert(() -> assertEquals(ThingStatus.ONLINE, lamp.getStatus()));
    }

    @Test
    void initialisedChildrenHearOfEveryChangeOfTheBridgesStatusOnTheManagersThread() {
        manager.add(hub());
        Thing lamp = lamp("l1");
        manager.add(lamp);
        Thing broken = lamp("broken");
        manager.add(broken);
        waitForAssert(() -> assertEquals(ThingStatus.ONLINE, lamp.getStatus()));
        manager.awaitIdle();
        calls.lines.clear();

        factory.hub().report(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, "gone");
        factory.hub().report(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, "gone"); // no change
        factory.hub().report(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, "still gone");
        manager.awaitIdle();

        assertEquals(List.of("bridgeStatusChanged OFFLINE l1", "bridgeStatusChanged OFFLINE l1"),
                calls.of("bridgeStatusChanged OFFLINE").stream().map(line -> line.substring(0, line.lastIndexOf(' ')))
                        .toList(),
                "every change, the description's too; not to the child whose initialize() failed");
        assertOnTheManagersThread(calls.of("bridgeStatusChanged"));
        assertEquals(status(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE), lamp.getStatusInfo());
        assertEquals(ThingStatusDetail.HANDLER_INITIALIZING_ERROR, broken.getStatusInfo().getStatusDetail());
    }

    @Test
    void aHandlerMaySetOnlyUnknownOnlineOrOffline() {
        manager.add(hub());
        LampHandler handler = addLamp("l1");

        assertThrows(IllegalArgumentException.class, () -> handler.report(ThingStatus.INITIALIZING));
        assertThrows(IllegalArgumentException.class, () -> handler.report(ThingStatus.UNINITIALIZED));
        assertThrows(IllegalArgumentException.class, () -> handler.report(ThingStatus.REMOVED),
                "REMOVED only while REMOVING");
    }

    @Test
    void removingABridgeDisposesItsChildrenFirstAndTheBridgeHearsNothingOfThem() {
        Bridge hub = hub();
        manager.add(hub);
        LampHandler handler = addLamp("l1");
        Thing lamp = handler.getThing();
        manager.awaitIdle();

        manager.forceRemove(HUB);
        manager.awaitIdle();

        assertEquals(List.of("dispose l1 " + CALLER, "dispose hub1 " + CALLER), calls.of("dispose"));
        assertEquals(List.of(), calls.of("childHandlerDisposed"), "the bridge's handler was gone before the notice");
        assertNull(manager.thing(HUB));
        assertEquals(status(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_MISSING_ERROR), lamp.getStatusInfo());
        assertNull(lamp.getHandler());
        assertEquals(status(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_MISSING_ERROR), hub.getStatusInfo());

        int before = seen.size();
        handler.lateUpdate(); // refused by BaseThingHandler (it logs openHAB's warning): the callback is gone
        assertEquals(before, seen.size());
    }

    @Test
    void aRemovedChildIsDisposedAndItsBridgeToldOnTheManagersThread() {
        manager.add(hub());
        Thing lamp = lamp("l1");
        manager.add(lamp);
        manager.awaitIdle();

        manager.remove(lamp.getUID());
        waitForAssert(() -> assertNull(manager.thing(lamp.getUID())));
        manager.awaitIdle();

        assertTrue(seen.contains("l1 REMOVING"), seen.toString());
        assertTrue(seen.contains("l1 REMOVED"), "BaseThingHandler's handleRemoval: " + seen);
        assertEquals(1, calls.of("childHandlerDisposed").size());
        assertOnTheManagersThread(calls.of("childHandlerDisposed"));
    }

    @Test
    void disablingABridgeStopsItsChildrenAndEnablingStartsThemWithNewHandlers() {
        Bridge hub = hub();
        manager.add(hub);
        Thing lamp = lamp("l1");
        manager.add(lamp);
        ThingHandler first = lamp.getHandler();
        waitForAssert(() -> assertEquals(ThingStatus.ONLINE, lamp.getStatus()));

        manager.setEnabled(HUB, false);
        assertEquals(status(ThingStatus.UNINITIALIZED, ThingStatusDetail.DISABLED), hub.getStatusInfo());
        assertEquals(status(ThingStatus.UNINITIALIZED, ThingStatusDetail.BRIDGE_UNINITIALIZED), lamp.getStatusInfo());
        assertFalse(hub.isEnabled());

        manager.setEnabled(HUB, true);
        waitForAssert(() -> assertEquals(ThingStatus.ONLINE, lamp.getStatus()));
        assertNotSame(first, lamp.getHandler());
    }

    @Test
    void aConfigurationChangeReachesTheHandlerThroughHandleConfigurationUpdate() {
        manager.add(hub());
        Thing lamp = lamp("l1");
        manager.add(lamp);

        manager.updateConfiguration(lamp.getUID(), Map.of("colour", "red"));

        assertEquals(List.of("dispose l1 " + CALLER), calls.of("dispose"), "initialised: disposed and initialised");
        assertEquals(1, calls.of("initialize red").size(), "getConfig() has the new value: " + calls.lines);
        assertEquals("red", lamp.getConfiguration().get("colour"));
    }

    /**
     * openHAB's ThingManagerImpl: a Thing the handler changes ({@code updateThing}) replaces the registry's, with the
     * handler and status of the old one (ThingRegistryImpl's preserveDynamicState), and the handler is not
     * initialised again (the thingUpdatedLock); after dispose() the change is refused.
     */
    @Test
    void aThingTheHandlerChangesReplacesTheRegistrysWithoutAnotherInitialisation() {
        manager.add(hub());
        Thing lamp = lamp("l1");
        manager.add(lamp);
        LampHandler handler = (LampHandler) Objects.requireNonNull(lamp.getHandler());
        // the hub goes ONLINE on its scheduler, the lamp follows when the manager tells it
        waitForAssert(() -> assertEquals(ThingStatus.ONLINE, lamp.getStatus()));
        manager.awaitIdle();
        int initialisations = calls.of("initialize").size();

        handler.addChannel("extra");

        Thing updated = Objects.requireNonNull(manager.thing(lamp.getUID()));
        assertNotSame(lamp, updated);
        assertSame(handler.getThing(), updated);
        assertNotNull(updated.getChannel("extra"));
        assertSame(handler, updated.getHandler());
        assertEquals(ThingStatus.ONLINE, updated.getStatus());
        assertEquals(initialisations, calls.of("initialize").size(), calls.lines.toString());
        assertEquals(List.of(), calls.of("dispose"));

        manager.forceRemove(lamp.getUID());
        handler.addChannel("late");
        assertNull(handler.getThing().getChannel("late"), "refused after dispose");
    }

    @Test
    void commandsReachInitialisedHandlersOnTheManagersThread() {
        manager.add(hub());
        Thing lamp = lamp("l1");
        manager.add(lamp);
        Thing broken = lamp("broken");
        manager.add(broken);

        manager.sendCommand(new ChannelUID(lamp.getUID(), "power"), OnOffType.ON);
        manager.sendCommand(new ChannelUID(broken.getUID(), "power"), OnOffType.ON);
        manager.awaitIdle();

        assertEquals(1, calls.of("handleCommand ON").size(), calls.lines.toString());
        assertOnTheManagersThread(calls.of("handleCommand"));
        assertTrue(seen.containsAll(List.of("power=ON", "power triggered PRESSED")), seen.toString());
    }

    @Test
    void theUserChoosesWhichChannelsAreLinked() {
        manager.add(hub());
        LampHandler handler = addLamp("l1");
        assertTrue(handler.linked("power"), "every channel, unless told otherwise");

        manager.linkChannels(channel -> channel.getId().equals("power"));

        assertTrue(handler.linked("power"));
        assertFalse(handler.linked("colour"));
    }

    @Test
    void aPausedManagerHoldsItsNoticesUntilThePauseEnds() {
        manager.add(hub());
        manager.awaitIdle();
        Thing lamp = lamp("l1");

        try (LocalThingManager.Pause busy = manager.pause()) {
            manager.add(lamp);
            assertNotNull(lamp.getHandler(), "made and initialised in this thread");
            assertEquals(List.of(), calls.of("childHandlerInitialized"), "the notice waits for the busy thread");
        }
        manager.awaitIdle();

        assertEquals(1, calls.of("childHandlerInitialized").size());
    }

    @Test
    void aThingNoFactorySupportsHasNoHandler() {
        Thing other = ThingBuilder.create(new ThingTypeUID("other", "x"), "x1").build();
        manager.add(other);
        assertEquals(ThingStatus.UNINITIALIZED, other.getStatus());
        assertEquals(ThingStatusDetail.HANDLER_MISSING_ERROR, other.getStatusInfo().getStatusDetail());
        assertThrows(IllegalArgumentException.class, () -> manager.add(other), "the UID exists already");
    }

    @Test
    void closingDisposesChildrenBeforeTheirBridge() {
        manager.add(lamp("l1"));
        manager.add(hub());
        manager.add(lamp("l2"));
        manager.awaitIdle();

        manager.close();

        assertEquals(List.of("dispose l1", "dispose l2", "dispose hub1"),
                calls.of("dispose").stream().map(line -> line.substring(0, line.lastIndexOf(' '))).toList());
        assertTrue(manager.things().stream().allMatch(thing -> thing.getStatus() == ThingStatus.UNINITIALIZED));
    }

    @Test
    void handlersMadeByTheTestAreUsedAsTheFactorysWouldBe() {
        try (LocalThingManager own = new LocalThingManager(
                thing -> thing instanceof Bridge bridge ? new DemoThings.HubHandler(bridge, calls)
                        : new LampHandler(thing, calls))) {
            own.add(hub());
            Thing lamp = lamp("l1");
            own.add(lamp);
            waitForAssert(() -> assertEquals(ThingStatus.ONLINE, lamp.getStatus()));
            assertInstanceOf(LampHandler.class, own.handler(lamp.getUID()));
        }
    }

    /** Adds a lamp under the initialised hub; its handler is made at once. */
    private LampHandler addLamp(String id) {
        Thing lamp = lamp(id);
        manager.add(lamp);
        return assertInstanceOf(LampHandler.class, lamp.getHandler());
    }

    private void assertOnTheManagersThread(List<String> lines) {
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertTrue(line.substring(line.lastIndexOf(' ') + 1).startsWith("local-thingManager-"), line);
        }
    }

    private static ThingStatusInfo status(ThingStatus status, ThingStatusDetail detail) {
        return new ThingStatusInfo(status, detail, null);
    }
}
