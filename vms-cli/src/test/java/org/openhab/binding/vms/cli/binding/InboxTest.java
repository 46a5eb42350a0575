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
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.cli.CliConsole;
import org.openhab.binding.vms.cli.RunControl;
import org.openhab.binding.vms.simulator.runtime.LocalBundleContext;
import org.openhab.core.config.discovery.AbstractThingHandlerDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.types.Command;
import org.osgi.framework.ServiceRegistration;

/**
 * The main job's inbox: a discovery service registered in the bundle context (as the handler factory registers a
 * bridge's) is listened to, its results reach the main job, and nothing does once it is unregistered.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class InboxTest {

    private static final ThingTypeUID HUB_TYPE = new ThingTypeUID("demo", "hub");
    private static final ThingTypeUID LAMP_TYPE = new ThingTypeUID("demo", "lamp");
    private static final ThingUID HUB = new ThingUID(HUB_TYPE, "hub1");
    private static final ThingUID FOUND = new ThingUID(LAMP_TYPE, HUB, "found");

    /** Where the console's information lines (EventLog.note) go. */
    private final ByteArrayOutputStream info = new ByteArrayOutputStream();
    private final EventLog log = new EventLog(new CliConsole(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(info, true, StandardCharsets.UTF_8)), new RunControl());

    @Test
    void discoveryResultsAndRemovalsOfRegisteredServicesReachTheMainJob() {
        LocalBundleContext context = new LocalBundleContext();
        try (Inbox inbox = new Inbox(log, context)) {
            Hub hub = new Hub(BridgeBuilder.create(HUB_TYPE, HUB).build());
            LampDiscovery lamps = new LampDiscovery();
            lamps.setThingHandler(hub);
            ServiceRegistration<DiscoveryService> registration = context.registerService(DiscoveryService.class,
                    lamps, null);

            lamps.startScan(null);
            List<DiscoveryResult> found = inbox.discovered();
            assertEquals(List.of(FOUND), found.stream().map(DiscoveryResult::getThingUID).toList());
            String printed = info.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("discovered " + FOUND + " (Found lamp)"), printed);

            lamps.lose();
            assertEquals(List.of(), inbox.discovered());

            registration.unregister();
            lamps.startScan(null);
            assertEquals(List.of(), inbox.discovered(), "no results once the service is unregistered");
        }
    }

    /** A bridge handler with one handler service. */
    static final class Hub extends BaseBridgeHandler {
        Hub(Bridge bridge) {
            super(bridge);
        }

        @Override
        public void initialize() {
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }

        @Override
        public Collection<Class<? extends ThingHandlerService>> getServices() {
            return Set.of(LampDiscovery.class);
        }
    }

    /** Finds one lamp under the hub on each scan. */
    public static final class LampDiscovery extends AbstractThingHandlerDiscoveryService<Hub> {
        public LampDiscovery() {
            super(Hub.class, Set.of(LAMP_TYPE), 1);
        }

        @Override
        protected void startScan() {
            thingDiscovered(DiscoveryResultBuilder.create(FOUND).withBridge(HUB).withLabel("Found lamp").build());
        }

        void lose() {
            thingRemoved(FOUND);
        }
    }
}
