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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.event.VmsMessageJson;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

/**
 * The channels of one handler: their {@link ChannelUID}s, made once, and the last state of each, for REFRESH.
 * <p>
 * States that come from messages are not replayed by openHAB: an item linked later (openHAB then sends REFRESH)
 * would stay NULL until the next message without what is kept here. A message's state is only made and sent when
 * an item is linked to its channel ({@link #update}); otherwise only how to make it is kept, and REFRESH makes it.
 * Most messages reach no linked JSON channel, and writing their JSON without door codes is the dearest part.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ChannelStates {

    private final Supplier<ThingUID> thing;
    private final Predicate<ChannelUID> linked;
    private final BiConsumer<ChannelUID, State> send;
    /** openHAB checks every segment of a new ChannelUID against a pattern: the handler's are made once. */
    private final Map<String, ChannelUID> uids = new ConcurrentHashMap<>();
    /** Per channel id, its last {@link State}, or the {@link Supplier} of one not made yet. */
    private final Map<String, Object> last = new ConcurrentHashMap<>();

    /**
     * @param thing the handler's Thing's UID
     * @param linked {@code BaseThingHandler.isLinked}: whether an item is linked, as openHAB's callback knows
     * @param send {@code BaseThingHandler.updateState}
     */
    ChannelStates(Supplier<ThingUID> thing, Predicate<ChannelUID> linked, BiConsumer<ChannelUID, State> send) {
        this.thing = thing;
        this.linked = linked;
        this.send = send;
    }

    ChannelUID uid(String channelId) {
        ChannelUID uid = uids.get(channelId);
        if (uid == null) {
            uid = new ChannelUID(thing.get(), channelId);
            uids.put(channelId, uid);
        }
        return uid;
    }

    /** A state that was sent: kept for REFRESH. */
    void sent(String channelId, State state) {
        last.put(channelId, state);
    }

    /** A message's state: made and sent if an item is linked to the channel, else kept to be made on REFRESH. */
    void update(String channelId, Supplier<State> state) {
        ChannelUID uid = uid(channelId);
        if (linked.test(uid)) {
            State now = state.get();
            last.put(channelId, now);
            send.accept(uid, now);
        } else {
            last.put(channelId, state);
        }
    }

    /** A message's JSON without door codes, as {@link #update}: only the text is kept, redacted on REFRESH. */
    void updateJson(String channelId, VmsMessageJson json) {
        ChannelUID uid = uid(channelId);
        if (linked.test(uid)) {
            State now = new StringType(json.redacted());
            last.put(channelId, now);
            send.accept(uid, now);
        } else {
            VmsMessageJson kept = json.detached();
            last.put(channelId, (Supplier<State>) () -> new StringType(kept.redacted()));
        }
    }

    /** The channel's last state, made now if it was not yet; null when there has been none. */
    @Nullable
    State last(String channelId) {
        Object value = last.get(channelId);
        if (value instanceof Supplier<?> deferred && deferred.get() instanceof State state) {
            last.replace(channelId, value, state); // unless a newer one came meanwhile
            return state;
        }
        return value instanceof State state ? state : null;
    }

    /** The Thing now stands for another camera or intercom: what was sent for the earlier one is no answer. */
    void clear() {
        last.clear();
    }
}
