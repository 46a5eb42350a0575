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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.cli.CliConsole;
import org.openhab.binding.vms.cli.RunControl;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * What the main job prints of its Things, as openHAB's event log shows it: status changes (not repeated statuses),
 * channel states (changed or only updated), triggers and commands, door codes masked in JSON.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class EventLogTest {

    private static final Thing LAMP = ThingBuilder.create(new ThingTypeUID("demo", "lamp"), "l1").build();
    private static final ChannelUID POWER = new ChannelUID(LAMP.getUID(), "power");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CliConsole console = new CliConsole(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    private final EventLog log = new EventLog(console, new RunControl());

    @Test
    void commandsStatesAndTriggersArePrintedLikeTheEventLog() {
        log.commandSent(POWER, OnOffType.ON);
        log.stateUpdated(POWER, OnOffType.ON);
        log.channelTriggered(LAMP, POWER, "PRESSED");
        log.stateUpdated(POWER, OnOffType.ON);

        assertEquals(List.of("Channel 'demo:lamp:l1:power' received command ON",
                "Channel 'demo:lamp:l1:power' changed from NULL to ON", "Channel 'demo:lamp:l1:power' triggered PRESSED",
                "Channel 'demo:lamp:l1:power' updated to ON"), lines());
        assertEquals(1, log.count(e -> e.type() == EventLog.Type.TRIGGER));
        assertEquals("ON", log.state(POWER));
    }

    @Test
    void aStatusIsPrintedWhenItChanged() {
        ThingStatusInfo initializing = new ThingStatusInfo(ThingStatus.INITIALIZING, ThingStatusDetail.NONE, null);
        ThingStatusInfo offline = new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE, null);
        log.statusUpdated(LAMP, initializing, offline);
        log.statusUpdated(LAMP, offline, offline);

        assertEquals(List.of("Thing 'demo:lamp:l1' changed from INITIALIZING to OFFLINE (BRIDGE_OFFLINE)"), lines());
        assertEquals(1, log.count(e -> e.type() == EventLog.Type.STATUS));
    }

    @Test
    void doorCodesInJsonStatesAreMasked() {
        log.stateUpdated(new ChannelUID(LAMP.getUID(), "json"), new StringType("{\"code\":\"123456\",\"id\":7}"));

        assertEquals(List.of("Channel 'demo:lamp:l1:json' changed from NULL to {\"code\":\"***\",\"id\":7}"), lines());
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("123456"));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
