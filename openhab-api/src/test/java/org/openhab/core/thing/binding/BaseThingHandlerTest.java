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
package org.openhab.core.thing.binding;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.standin.LogCapture;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.CommonTriggerEvents;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.test.java.JavaTest;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;

/**
 * {@link BaseThingHandler} and {@link BaseBridgeHandler}: everything a handler reports reaches the callback, and
 * nothing breaks without one.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class BaseThingHandlerTest extends JavaTest {

    private static final ThingTypeUID ACCOUNT = new ThingTypeUID("vms", "account");
    private static final ThingTypeUID CAMERA = new ThingTypeUID("vms", "camera");
    private static final ThingUID BRIDGE_UID = new ThingUID(ACCOUNT, "acc1");

    /** Records the commands it gets, and the configuration each initialize() saw. */
    static class RecordingHandler extends BaseThingHandler {
        final List<Command> commands = new CopyOnWriteArrayList<>();
        final List<CameraConfig> initialisedWith = new CopyOnWriteArrayList<>();
        int disposals;

        RecordingHandler(Thing thing) {
            super(thing);
        }

        @Override
        public void initialize() {
            initialisedWith.add(getConfigAs(CameraConfig.class));
            updateStatus(ThingStatus.UNKNOWN);
        }

        @Override
        public void dispose() {
            disposals++;
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
            commands.add(command);
        }
    }

    static class RecordingBridgeHandler extends BaseBridgeHandler {
        RecordingBridgeHandler(Bridge bridge) {
            super(bridge);
        }

        @Override
        public void initialize() {
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }
    }

    /** A configuration class with defaults. */
    public static class CameraConfig {
        public String cameraId = "";
        public int refreshInterval = 60;
        public boolean snapshots;
    }

    private final ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
    private Thing thing = ThingBuilder.create(CAMERA, "cam7").build();
    private RecordingHandler handler = new RecordingHandler(thing);

    @BeforeEach
    void setUp() {
        thing = ThingBuilder.create(CAMERA, new ThingUID(CAMERA, BRIDGE_UID, "cam7")).withBridge(BRIDGE_UID)
                .withLabel("Front door")
                .withConfiguration(new Configuration(Map.of("cameraId", "c-7", "refreshInterval", 15))).build();
        handler = new RecordingHandler(thing);
        handler.setCallback(callback);
    }

    private ChannelUID channel(String id) {
        return new ChannelUID(thing.getUID(), id);
    }

    @Test
    void statesAndTriggersGoToTheCallback() {
        handler.updateState("motion", OnOffType.ON);
        handler.triggerChannel("event", CommonTriggerEvents.PRESSED);
        handler.triggerChannel(channel("ring"));
        handler.postCommand("light", OnOffType.OFF);

        verify(callback).stateUpdated(channel("motion"), OnOffType.ON);
        verify(callback).channelTriggered(thing, channel("event"), CommonTriggerEvents.PRESSED);
        verify(callback).channelTriggered(thing, channel("ring"), "");
        verify(callback).postCommand(channel("light"), OnOffType.OFF);
    }

    @Test
    void statusGoesToTheCallbackAndLeavesTheThingAlone() {
        handler.updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.down");

        ArgumentCaptor<ThingStatusInfo> info = ArgumentCaptor.forClass(ThingStatusInfo.class);
        verify(callback).statusUpdated(eq(thing), info.capture());
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.down"), info.getValue());
        assertEquals(ThingStatus.UNINITIALIZED, thing.getStatus());
    }

    @Test
    void propertiesAreReportedOnlyWhenTheyChange() {
        handler.updateProperty(Thing.PROPERTY_FIRMWARE_VERSION, "1.0");
        handler.updateProperty(Thing.PROPERTY_FIRMWARE_VERSION, "1.0");
        assertEquals("1.0", thing.getProperties().get(Thing.PROPERTY_FIRMWARE_VERSION));
        verify(callback, times(1)).thingUpdated(thing);

        handler.updateProperties(Map.of(Thing.PROPERTY_FIRMWARE_VERSION, "1.0", Thing.PROPERTY_MODEL_ID, "X1"));
        verify(callback, times(2)).thingUpdated(thing);

        handler.updateProperty(Thing.PROPERTY_MODEL_ID, null);
        assertFalse(thing.getProperties().containsKey(Thing.PROPERTY_MODEL_ID));
        verify(callback, times(3)).thingUpdated(thing);
    }

    @Test
    void configurationChangesArePersistedThroughTheCallback() {
        Configuration configuration = handler.editConfiguration();
        configuration.put("refreshInterval", 30);
        assertEquals(new BigDecimal(15), thing.getConfiguration().get("refreshInterval"), "edit works on a copy");

        handler.updateConfiguration(configuration);

        assertEquals(new BigDecimal(30), thing.getConfiguration().get("refreshInterval"));
        verify(callback).thingUpdated(thing);
    }

    @Test
    void updateThingNeedsACopy() {
        Thing changed = handler.editThing().withLabel("Back door").build();

        handler.updateThing(changed);

        assertSame(changed, handler.getThing());
        assertEquals("Back door", changed.getLabel());
        assertEquals(BRIDGE_UID, changed.getBridgeUID());
        verify(callback).thingUpdated(changed);
        assertThrows(IllegalArgumentException.class, () -> handler.updateThing(changed));
    }

    @Test
    void configIsMappedOntoAConfigurationClass() {
        CameraConfig config = handler.getConfigAs(CameraConfig.class);

        assertEquals("c-7", config.cameraId);
        assertEquals(15, config.refreshInterval);
        assertFalse(config.snapshots);
        assertEquals(thing.getConfiguration(), handler.getConfig());
    }

    @Test
    void getConfigIsACopyKeptUntilTheConfigurationReachesTheHandler() {
        Configuration config = handler.getConfig();
        assertNotSame(thing.getConfiguration(), config);
        assertSame(config, handler.getConfig(), "kept");

        // openHAB 5.x: editing the Thing's configuration in place is not seen, as the handler resolved it already
        thing.getConfiguration().put("refreshInterval", 99);
        assertEquals(15, handler.getConfigAs(CameraConfig.class).refreshInterval);
        // and changing the copy does not change the Thing
        config.put("cameraId", "other");
        assertEquals("c-7", thing.getConfiguration().get("cameraId"));
    }

    @Test
    void thingUpdatedReinitialisesWithTheNewThingsConfiguration() {
        handler.initialize();
        Thing changed = ThingBuilder.create(CAMERA, thing.getUID()).withBridge(BRIDGE_UID)
                .withConfiguration(new Configuration(Map.of("cameraId", "c-7", "refreshInterval", 30))).build();

        handler.thingUpdated(changed);

        assertEquals(1, handler.disposals);
        assertSame(changed, handler.getThing());
        assertEquals(List.of(15, 30), handler.initialisedWith.stream().map(c -> c.refreshInterval).toList());
    }

    @Test
    void aConfigurationUpdateDisposesStoresAndInitialisesAgain() {
        handler.initialize();
        thing.setStatusInfo(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null));

        // what openHAB's ThingRegistry does with a configuration the user changed in the UI or over REST
        handler.handleConfigurationUpdate(Map.of("refreshInterval", 45));

        verify(callback).validateConfigurationParameters(thing, Map.of("refreshInterval", 45));
        verify(callback).thingUpdated(thing);
        assertEquals(new BigDecimal(45), thing.getConfiguration().get("refreshInterval"));
        assertEquals(1, handler.disposals);
        assertEquals(List.of(15, 45), handler.initialisedWith.stream().map(c -> c.refreshInterval).toList());
        assertEquals(45, handler.getConfigAs(CameraConfig.class).refreshInterval);
    }

    @Test
    void aConfigurationUpdateOfAnUninitialisedHandlerIsStoredAndReported() {
        handler.getConfig();

        handler.handleConfigurationUpdate(Map.of("refreshInterval", 45));

        assertEquals(0, handler.disposals);
        verify(callback).configurationUpdated(thing);
        assertEquals(45, handler.getConfigAs(CameraConfig.class).refreshInterval);
        handler.handleConfigurationUpdate(Map.of("refreshInterval", new BigDecimal(45)));
        verify(callback, times(1)).configurationUpdated(thing);
    }

    @Test
    void bridgeAndLinksComeFromTheCallback() {
        Bridge bridge = BridgeBuilder.create(ACCOUNT, BRIDGE_UID).build();
        when(callback.getBridge(BRIDGE_UID)).thenReturn(bridge);
        when(callback.isChannelLinked(channel("motion"))).thenReturn(true);

        assertSame(bridge, handler.getBridge());
        assertTrue(handler.isLinked("motion"));
        assertFalse(handler.isLinked("ring"));
    }

    @Test
    void withoutCallbackReportsAreDropped() {
        handler.setCallback(null);

        handler.updateState("motion", OnOffType.ON);
        handler.updateStatus(ThingStatus.ONLINE);
        handler.triggerChannel("event", "x");
        handler.updateProperty("a", "b");

        assertNull(handler.getBridge());
        assertFalse(handler.isLinked("motion"));
        assertNull(handler.getCallback());
        verifyNoInteractions(callback);
    }

    @Test
    void aDisposedHandlerIsRefusedWithOpenhabsWarnings() {
        // openHAB's ThingManager takes the callback away once dispose() has returned
        handler.setCallback(null);
        Thing copy = handler.editThing().withLabel("Back door").build();

        List<String> lines;
        try (LogCapture log = new LogCapture()) {
            handler.updateState("name", OnOffType.ON);
            handler.triggerChannel("call", "RING");
            handler.updateStatus(ThingStatus.ONLINE);
            handler.updateThing(copy);
            lines = log.lines();
        }

        String prefix = "WARN " + BaseThingHandler.class.getName() + " - Handler RecordingHandler ";
        assertEquals(List.of(
                prefix + "of thing vms:camera:acc1:cam7 tried updating channel name although the handler was already "
                        + "disposed.",
                prefix + "of thing vms:camera:acc1:cam7 tried triggering channel call although the handler was already "
                        + "disposed.",
                prefix + "tried updating the thing status although the handler was already disposed.",
                prefix + "tried updating thing vms:camera:acc1:cam7 although the handler was already disposed."),
                lines);
        assertSame(thing, handler.getThing(), "a refused updateThing keeps the old Thing");
    }

    @Test
    void linkingAChannelAsksForARefresh() {
        handler.channelLinked(channel("motion"));

        assertEquals(List.of(RefreshType.REFRESH), handler.commands);
    }

    @Test
    void bridgeGoingOfflineTakesTheThingOffline() {
        handler.bridgeStatusChanged(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.NONE, null));

        verify(callback).statusUpdated(thing,
                new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE, null));
    }

    @Test
    void isInitializedFollowsTheThingStatus() {
        assertFalse(handler.isInitialized());
        thing.setStatusInfo(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null));
        assertTrue(handler.isInitialized());
    }

    @Test
    void schedulerRunsTasksOnSharedDaemonThreads() {
        AtomicReference<Thread> ran = new AtomicReference<>();

        handler.scheduler.schedule(() -> ran.set(Thread.currentThread()), 10, TimeUnit.MILLISECONDS);

        waitForAssert(() -> assertNotNull(ran.get()));
        assertTrue(ran.get().isDaemon());
        assertTrue(ran.get().getName().startsWith("OH-thingHandler-"), ran.get().getName());
        assertSame(handler.scheduler, new RecordingHandler(thing).scheduler);
    }

    @Test
    void bridgeHandlerSeesItsBridge() {
        Bridge bridge = BridgeBuilder.create(ACCOUNT, BRIDGE_UID).withLabel("Account").build();
        RecordingBridgeHandler bridgeHandler = new RecordingBridgeHandler(bridge);
        bridgeHandler.setCallback(callback);

        assertSame(bridge, bridgeHandler.getThing());
        assertEquals("Account", bridgeHandler.editThing().build().getLabel());
        assertInstanceOf(Bridge.class, bridgeHandler.editThing().build());
        bridgeHandler.childHandlerInitialized(handler, thing);
        bridgeHandler.childHandlerDisposed(handler, thing);
        verify(callback, never()).statusUpdated(any(), any());
    }
}
