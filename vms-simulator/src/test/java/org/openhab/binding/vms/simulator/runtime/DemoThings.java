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

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;

/**
 * A small binding for {@link LocalThingManagerTest}: a hub bridge and lamps under it, whose handlers write down what
 * openHAB's side made them do, and on which thread.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class DemoThings {

    static final ThingTypeUID HUB_TYPE = new ThingTypeUID("demo", "hub");
    static final ThingTypeUID LAMP_TYPE = new ThingTypeUID("demo", "lamp");
    static final ThingUID HUB = new ThingUID(HUB_TYPE, "hub1");

    private DemoThings() {
    }

    static Bridge hub() {
        return BridgeBuilder.create(HUB_TYPE, HUB).build();
    }

    static Thing lamp(String id) {
        return ThingBuilder.create(LAMP_TYPE, new ThingUID(LAMP_TYPE, HUB, id)).withBridge(HUB)
                .withConfiguration(new Configuration(Map.of("colour", "white"))).build();
    }

    /** "method uid thread" lines, in order. */
    static final class Calls {
        final List<String> lines = new CopyOnWriteArrayList<>();

        void add(String method, Thing thing) {
            lines.add(method + " " + thing.getUID().getId() + " " + Thread.currentThread().getName());
        }

        List<String> of(String method) {
            return lines.stream().filter(line -> line.startsWith(method + " ")).toList();
        }
    }

    /** The binding's factory, activated as SCR activates one. */
    static final class Factory extends BaseThingHandlerFactory {
        final Calls calls;
        private volatile @Nullable HubHandler hub;

        Factory(Calls calls) {
            this.calls = calls;
            activate(new LocalComponentContext(new LocalBundleContext(), Map.of()));
        }

        HubHandler hub() {
            HubHandler current = hub;
            if (current == null) {
                throw new IllegalStateException("no hub handler yet");
            }
            return current;
        }

        @Override
        public boolean supportsThingType(ThingTypeUID thingTypeUID) {
            return Set.of(HUB_TYPE, LAMP_TYPE).contains(thingTypeUID);
        }

        @Override
        protected @Nullable ThingHandler createHandler(Thing thing) {
            if (thing instanceof Bridge bridge) {
                HubHandler handler = new HubHandler(bridge, calls);
                hub = handler;
                return handler;
            }
            return new LampHandler(thing, calls);
        }
    }

    /** UNKNOWN in initialize(), ONLINE a moment later on the scheduler; goes offline when told. */
    static final class HubHandler extends BaseBridgeHandler {
        private final Calls calls;

        HubHandler(Bridge bridge, Calls calls) {
            super(bridge);
            this.calls = calls;
        }

        @Override
        public void initialize() {
            calls.add("initialize", getThing());
            updateStatus(ThingStatus.UNKNOWN);
            scheduler.execute(() -> updateStatus(ThingStatus.ONLINE));
        }

        void report(ThingStatus status, ThingStatusDetail detail, @Nullable String description) {
            updateStatus(status, detail, description);
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }

        @Override
        public void childHandlerInitialized(ThingHandler childHandler, Thing childThing) {
            calls.add("childHandlerInitialized", childThing);
        }

        @Override
        public void childHandlerDisposed(ThingHandler childHandler, Thing childThing) {
            calls.add("childHandlerDisposed", childThing);
        }

        @Override
        public void dispose() {
            calls.add("dispose", getThing());
        }
    }

    /**
     * ONLINE when its bridge is, else OFFLINE/BRIDGE_OFFLINE (openHAB's own bridgeStatusChanged follows the bridge);
     * a command switches its power channel and fires a trigger. A lamp with the id "broken" throws in initialize().
     */
    static final class LampHandler extends BaseThingHandler {
        private final Calls calls;

        LampHandler(Thing thing, Calls calls) {
            super(thing);
            this.calls = calls;
        }

        @Override
        public void initialize() {
            calls.add("initialize " + getConfig().get("colour"), getThing());
            if (getThing().getUID().getId().equals("broken")) {
                throw new IllegalStateException("broken on purpose");
            }
            Bridge bridge = getBridge();
            if (bridge != null && bridge.getStatus() == ThingStatus.ONLINE) {
                updateStatus(ThingStatus.ONLINE);
            } else {
                updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
            }
        }

        @Override
        public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
            calls.add("bridgeStatusChanged " + bridgeStatusInfo.getStatus(), getThing());
            super.bridgeStatusChanged(bridgeStatusInfo);
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
            calls.add("handleCommand " + command, getThing());
            updateState(channelUID, command instanceof OnOffType onOff ? onOff : new StringType(command.toString()));
            triggerChannel(channelUID, "PRESSED");
        }

        /** What a background job of the handler would do after dispose(). */
        void lateUpdate() {
            updateState("power", OnOffType.OFF);
        }

        void report(ThingStatus status) {
            updateStatus(status);
        }

        /** What a handler does that adds a channel once it knows its device has it (e.g. a PTZ camera). */
        void addChannel(String channelId) {
            updateThing(editThing().withChannel(ChannelBuilder.create(new ChannelUID(getThing().getUID(), channelId),
                    "String").build()).build());
        }

        boolean linked(String channelId) {
            return isLinked(channelId);
        }

        @Override
        public void dispose() {
            calls.add("dispose", getThing());
        }
    }
}
