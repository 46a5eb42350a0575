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
package org.openhab.binding.vms.cli.binding;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.cli.CliConsole;
import org.openhab.binding.vms.cli.RunControl;
import org.openhab.binding.vms.simulator.runtime.LocalBundleContext;
import org.openhab.binding.vms.simulator.runtime.LocalComponentContext;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.test.java.JavaTest;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;

/**
 * The headless thing manager with small handlers of its own: lifecycle order, bridge/child propagation, callback
 * output, commands, failing handlers.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class HeadlessThingManagerTest extends JavaTest {

    private static final ThingTypeUID BRIDGE_TYPE = new ThingTypeUID("demo", "hub");
    private static final ThingTypeUID LAMP_TYPE = new ThingTypeUID("demo", "lamp");
    private static final ThingUID HUB = new ThingUID(BRIDGE_TYPE, "hub1");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CliConsole console = new CliConsole(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    private final EventLog log = new EventLog(console, new RunControl());
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final DemoFactory factory = new DemoFactory();
    private final HeadlessThingManager manager = new HeadlessThingManager(factory, log, executor);

    @AfterEach
    void tearDown() {
        executor.shutdownNow();
    }

    @Test
    void childWaitsForItsBridgeAndFollowsItsStatus() {
        Bridge hub = BridgeBuilder.create(BRIDGE_TYPE, HUB).build();
        Thing lamp = lamp("l1");
        manager.add(lamp); // before its bridge: must wait for it
        manager.add(hub);

        waitForAssert(() -> assertEquals(ThingStatus.ONLINE, lamp.getStatus()));
        assertEquals(ThingStatus.ONLINE, hub.getStatus());
        assertTrue(factory.hub().children.contains(lamp.getUID()), "bridge told about its child");
        List<String> lines = lines();
        // as in openHAB, the child is initialised once its bridge handler has reported a status (any status)
        int bridgeReported = lines.indexOf("Thing 'demo:hub:hub1' changed from INITIALIZING to UNKNOWN");
        int childInitialising = lines.indexOf("Thing 'demo:lamp:hub1:l1' changed from UNINITIALIZED to INITIALIZING");
        assertTrue(bridgeReported >= 0 && bridgeReported < childInitialising, lines.toString());

        factory.hub().goOffline();
        waitForAssert(() -> assertEquals(ThingStatusDetail.BRIDGE_OFFLINE, lamp.getStatusInfo().getStatusDetail()));
        assertTrue(lines().contains("Thing 'demo:lamp:hub1:l1' changed from ONLINE to OFFLINE (BRIDGE_OFFLINE)"),
                lines().toString());
    }

    @Test
    void commandsStatesAndTriggersArePrintedLikeTheEventLog() {
        manager.add(BridgeBuilder.create(BRIDGE_TYPE, HUB).build());
        Thing lamp = lamp("l1");
        manager.add(lamp);
        waitForAssert(() -> assertEquals(ThingStatus.ONLINE, lamp.getStatus()));
        ChannelUID power = new ChannelUID(lamp.getUID(), "power");

        manager.sendCommand(power, OnOffType.ON);
        waitForAssert(() -> assertTrue(lines().contains("Channel 'demo:lamp:hub1:l1:power' triggered PRESSED")));
        manager.sendCommand(power, OnOffType.ON);

        waitForAssert(() -> assertEquals(List.of("Channel 'demo:lamp:hub1:l1:power' received command ON",
                "Channel 'demo:lamp:hub1:l1:power' changed from NULL to ON",
                "Channel 'demo:lamp:hub1:l1:power' triggered PRESSED",
                "Channel 'demo:lamp:hub1:l1:power' received command ON",
                "Channel 'demo:lamp:hub1:l1:power' updated to ON",
                "Channel 'demo:lamp:hub1:l1:power' triggered PRESSED"),
                lines().stream().filter(l -> l.startsWith("Channel")).toList()));
        assertEquals(2, log.count(e -> e.type() == EventLog.Type.TRIGGER));
    }

    @Test
    void doorCodesInJsonStatesAreMasked() {
        manager.add(BridgeBuilder.create(BRIDGE_TYPE, HUB).build());
        Thing lamp = lamp("l1");
        manager.add(lamp);
        waitForAssert(() -> assertEquals(ThingStatus.ONLINE, lamp.getStatus()));

        manager.sendCommand(new ChannelUID(lamp.getUID(), "json"), new StringType("x"));

        waitForAssert(() -> assertTrue(
                lines().contains("Channel 'demo:lamp:hub1:l1:json' changed from NULL to {\"code\":\"***\",\"id\":7}"),
                lines().toString()));
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("123456"));
    }

    @Test
    void aThrowingInitializeLeavesTheThingUninitializedAndTheRunGoesOn() {
        manager.add(BridgeBuilder.create(BRIDGE_TYPE, HUB).build());
        Thing broken = lamp("broken");
        manager.add(broken);
        Thing fine = lamp("fine");
        manager.add(fine);

        waitForAssert(() -> assertEquals(ThingStatusDetail.HANDLER_INITIALIZING_ERROR,
                broken.getStatusInfo().getStatusDetail()));
        waitForAssert(() -> assertEquals(ThingStatus.ONLINE, fine.getStatus()));
        assertEquals(ThingStatus.UNINITIALIZED, broken.getStatus());
    }

    @Test
    void disposeAllDisposesChildrenBeforeTheBridge() {
        manager.add(BridgeBuilder.create(BRIDGE_TYPE, HUB).build());
        Thing lamp = lamp("l1");
        manager.add(lamp);
        waitForAssert(() -> assertEquals(ThingStatus.ONLINE, lamp.getStatus()));

        manager.disposeAll();

        assertEquals(List.of("demo:lamp:hub1:l1", "demo:hub:hub1"), factory.disposed);
        assertEquals(ThingStatus.UNINITIALIZED, lamp.getStatus());
        assertTrue(factory.hub().children.isEmpty(), "bridge told its child went away");
        assertTrue(lines().contains("Thing 'demo:hub:hub1' changed from ONLINE to UNINITIALIZED"), lines().toString());
    }

    @Test
    void refusesThingsTheBindingDoesNotSupport() {
        assertThrows(IllegalArgumentException.class,
                () -> manager.add(ThingBuilder.create(new ThingTypeUID("other", "x"), "x1").build()));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static Thing lamp(String id) {
        ThingUID uid = new ThingUID(LAMP_TYPE, HUB, id);
        return ThingBuilder.create(LAMP_TYPE, uid).withBridge(HUB)
                .withChannel(ChannelBuilder.create(new ChannelUID(uid, "power"), "Switch").build())
                .withChannel(ChannelBuilder.create(new ChannelUID(uid, "json"), "String").build()).build();
    }

    /** A factory for a hub bridge and lamps, activated as SCR activates one. */
    private static class DemoFactory extends BaseThingHandlerFactory {
        final List<String> disposed = new CopyOnWriteArrayList<>();
        private volatile @Nullable HubHandler hub;

        DemoFactory() {
            activate(new LocalComponentContext(new LocalBundleContext(), Map.of()));
        }

        HubHandler hub() {
            HubHandler h = hub;
            assertNotNull(h);
            return h;
        }

        @Override
        public boolean supportsThingType(ThingTypeUID thingTypeUID) {
            return Set.of(BRIDGE_TYPE, LAMP_TYPE).contains(thingTypeUID);
        }

        @Override
        protected @Nullable ThingHandler createHandler(Thing thing) {
            if (thing instanceof Bridge bridge) {
                HubHandler handler = new HubHandler(bridge, disposed);
                hub = handler;
                return handler;
            }
            return new LampHandler(thing, disposed);
        }
    }

    private static class HubHandler extends BaseBridgeHandler {
        final Set<ThingUID> children = ConcurrentHashMap.newKeySet();
        private final List<String> disposed;

        HubHandler(Bridge bridge, List<String> disposed) {
            super(bridge);
            this.disposed = disposed;
        }

        @Override
        public void initialize() {
            updateStatus(ThingStatus.UNKNOWN);
            scheduler.execute(() -> updateStatus(ThingStatus.ONLINE));
        }

        void goOffline() {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, "gone");
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }

        @Override
        public void childHandlerInitialized(ThingHandler childHandler, Thing childThing) {
            children.add(childThing.getUID());
        }

        @Override
        public void childHandlerDisposed(ThingHandler childHandler, Thing childThing) {
            children.remove(childThing.getUID());
        }

        @Override
        public void dispose() {
            disposed.add(getThing().getUID().getAsString());
        }
    }

    private static class LampHandler extends BaseThingHandler {
        private final List<String> disposed;

        LampHandler(Thing thing, List<String> disposed) {
            super(thing);
            this.disposed = disposed;
        }

        @Override
        public void initialize() {
            if (getThing().getUID().getId().equals("broken")) {
                throw new IllegalStateException("broken on purpose");
            }
            Bridge bridge = getBridge();
            updateStatus(bridge != null && bridge.getStatus() == ThingStatus.ONLINE ? ThingStatus.ONLINE
                    : ThingStatus.OFFLINE, bridge != null && bridge.getStatus() == ThingStatus.ONLINE
                            ? ThingStatusDetail.NONE : ThingStatusDetail.BRIDGE_OFFLINE);
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
            if ("json".equals(channelUID.getId())) {
                updateState(channelUID, new StringType("{\"code\":\"123456\",\"id\":7}"));
                return;
            }
            updateState(channelUID, (OnOffType) command);
            triggerChannel(channelUID, "PRESSED");
        }

        @Override
        public void dispose() {
            disposed.add(getThing().getUID().getAsString());
        }
    }
}
