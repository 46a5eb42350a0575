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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;

/**
 * What a {@link LocalThingManager} shows of its Things, where openHAB would put it on its event bus, into items or a
 * log: for the main job's event log, the benchmarks' counters and the tests' records. Each method runs on the thread
 * that caused it (a handler's, or the manager's own) and sees every call of the handlers' callback, whether or not
 * the channel is linked, so that tests see what a handler sends; an exception thrown here reaches the handler, as
 * one from a failing part of openHAB would.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface ThingManagerListener {

    /**
     * A Thing's status was set, by its handler or by the manager (INITIALIZING, UNINITIALIZED, REMOVING, ...); as
     * openHAB's status event, also when nothing changed.
     */
    default void statusUpdated(Thing thing, ThingStatusInfo previous, ThingStatusInfo current) {
    }

    /** A handler updated a channel's state. */
    default void stateUpdated(ChannelUID channel, State state) {
    }

    /** A handler fired a trigger channel. */
    default void channelTriggered(Thing thing, ChannelUID channel, String event) {
    }

    /** A command for a channel, from the manager's user or a handler's postCommand, before a handler gets it. */
    default void commandSent(ChannelUID channel, Command command) {
    }

    /** A handler sent a time series (openHAB hands it to persistence). */
    default void timeSeriesSent(ChannelUID channel, TimeSeries timeSeries) {
    }

    /** A handler changed its Thing (properties, configuration, or a new Thing through updateThing). */
    default void thingUpdated(Thing thing) {
    }
}
