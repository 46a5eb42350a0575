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
package org.openhab.binding.vms.internal.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.simulator.runtime.ThingManagerListener;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

/**
 * Everything the handlers of a test report, in order: the states, triggers and statuses (the thing manager's
 * INITIALIZING and UNINITIALIZED included) and the Things they change. For handler tests, which look at every
 * single update; the fault and fuzz tests, which make hundreds of thousands, count them in a {@link CallbackTally}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class CallbackRecorder implements ThingManagerListener {

    /** What the callback saw. */
    public sealed interface Recorded permits OnChannel, StatusChange, ThingChange {
        ThingUID thing();
    }

    /** A state update or a trigger: what concerns one channel. */
    public sealed interface OnChannel extends Recorded permits StateUpdate, Trigger {
        ChannelUID channel();

        @Override
        default ThingUID thing() {
            return channel().getThingUID();
        }
    }

    public record StateUpdate(ChannelUID channel, State state) implements OnChannel {
    }

    public record Trigger(ChannelUID channel, String payload) implements OnChannel {
    }

    public record StatusChange(ThingUID thing, ThingStatusInfo info) implements Recorded {
    }

    /** A handler changed its Thing: its label and properties then. */
    public record ThingChange(ThingUID thing, @Nullable String label, String properties) implements Recorded {
    }

    public final List<Recorded> log = new CopyOnWriteArrayList<>();

    @Override
    public void statusUpdated(Thing thing, ThingStatusInfo previous, ThingStatusInfo current) {
        log.add(new StatusChange(thing.getUID(), current));
    }

    @Override
    public void stateUpdated(ChannelUID channel, State state) {
        log.add(new StateUpdate(channel, state));
    }

    @Override
    public void channelTriggered(Thing thing, ChannelUID channel, String event) {
        log.add(new Trigger(channel, event));
    }

    @Override
    public void thingUpdated(Thing thing) {
        log.add(new ThingChange(thing.getUID(), thing.getLabel(), String.valueOf(thing.getProperties())));
    }

    /** The states of one channel, oldest first. */
    public List<State> states(ThingUID thing, String channelId) {
        return onChannel(StateUpdate.class, new ChannelUID(thing, channelId)).stream().map(StateUpdate::state).toList();
    }

    public @Nullable State lastState(ThingUID thing, String channelId) {
        List<State> states = states(thing, channelId);
        return states.isEmpty() ? null : states.get(states.size() - 1);
    }

    /** The payloads of one trigger channel, oldest first. */
    public List<String> triggers(ThingUID thing, String channelId) {
        return onChannel(Trigger.class, new ChannelUID(thing, channelId)).stream().map(Trigger::payload).toList();
    }

    private <R extends OnChannel> List<R> onChannel(Class<R> type, ChannelUID channel) {
        List<R> found = new ArrayList<>();
        for (Recorded recorded : log) {
            if (type.isInstance(recorded) && type.cast(recorded).channel().equals(channel)) {
                found.add(type.cast(recorded));
            }
        }
        return found;
    }

    /** Every trigger of every Thing, as "thing-id/channel=payload". */
    public List<String> allTriggers() {
        List<String> all = new ArrayList<>();
        for (Recorded recorded : log) {
            if (recorded instanceof Trigger trigger) {
                all.add(trigger.channel().getThingUID().getId() + "/" + trigger.channel().getId() + "="
                        + trigger.payload());
            }
        }
        return all;
    }

    /** The statuses one Thing was given, oldest first. */
    public List<ThingStatusInfo> statusChanges(ThingUID thing) {
        List<ThingStatusInfo> changes = new ArrayList<>();
        for (Recorded recorded : log) {
            if (recorded instanceof StatusChange change && change.thing().equals(thing)) {
                changes.add(change.info());
            }
        }
        return changes;
    }

    /** Position in the log of the first state update of the channel, or -1. */
    public int firstStateIndex(ThingUID thing, String channelId) {
        return firstIndex(StateUpdate.class, new ChannelUID(thing, channelId));
    }

    /** Position in the log of the first trigger of the channel, or -1. */
    public int firstTriggerIndex(ThingUID thing, String channelId) {
        return firstIndex(Trigger.class, new ChannelUID(thing, channelId));
    }

    private int firstIndex(Class<? extends OnChannel> type, ChannelUID channel) {
        for (int i = 0; i < log.size(); i++) {
            if (type.isInstance(log.get(i)) && type.cast(log.get(i)).channel().equals(channel)) {
                return i;
            }
        }
        return -1;
    }

    public void clear() {
        log.clear();
    }
}
