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

import java.util.Arrays;
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
 * <p>
 * Why arrays per handler: with thousands of Things each message meets a handler whose data is no longer in the
 * processor's caches. Maps of their own (a table and a node per channel) cost several cache misses per channel; two
 * arrays, where every channel id of the binding has its fixed place (at most {@link #CAPACITY}), cost a few per
 * message. It grows to the places a handler uses, so an idle Thing keeps little.
 * <p>
 * Thread-safe: messages, commands and REFRESH come on different threads. Nothing is made or sent holding the lock.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ChannelStates {

    /** Places for channel ids: the binding has 40 (VmsBindingConstants.CHANNEL_*), with room for more. */
    static final int CAPACITY = 48;
    /** Every channel id a handler kept something for, numbered in the order they came. */
    private static final Map<String, Integer> PLACES = new ConcurrentHashMap<>();
    private static final @Nullable Object[] NOTHING = new Object[0];
    private static final @Nullable ChannelUID[] NO_UIDS = new ChannelUID[0];

    private final Supplier<ThingUID> thing;
    private final Predicate<ChannelUID> linked;
    private final BiConsumer<ChannelUID, State> send;
    /**
     * At each place the channel's UID (openHAB checks every segment of a new one against a pattern). A typed array:
     * a UID read from it is handed on without a type check, which would load the UID's header, a cache miss per
     * channel when the Thing's data is cold (the UIDs lie wherever they were made). Guarded by this.
     */
    private @Nullable ChannelUID[] uids = NO_UIDS;
    /** At each place the channel's last {@link State} or the {@link Supplier} of one not made yet. Guarded by this. */
    private @Nullable Object[] states = NOTHING;

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
        int place = place(channelId, true);
        if (place < 0) {
            return new ChannelUID(thing.get(), channelId); // not one of the binding's: nothing kept
        }
        synchronized (this) {
            room(place);
            ChannelUID uid = uids[place];
            if (uid == null) {
                uid = new ChannelUID(thing.get(), channelId);
                uids[place] = uid;
            }
            return uid;
        }
    }

    /** A state that was sent: kept for REFRESH. */
    void sent(String channelId, State state) {
        keep(channelId, state);
    }

    /** A message's state: made and sent if an item is linked to the channel, else kept to be made on REFRESH. */
    void update(String channelId, Supplier<State> state) {
        ChannelUID uid = uid(channelId);
        if (linked.test(uid)) {
            State now = state.get();
            keep(channelId, now);
            send.accept(uid, now);
        } else {
            keep(channelId, state);
        }
    }

    /** A message's JSON without door codes, as {@link #update}: only the text is kept, redacted on REFRESH. */
    void updateJson(String channelId, VmsMessageJson json) {
        ChannelUID uid = uid(channelId);
        if (linked.test(uid)) {
            State now = new StringType(json.redacted());
            keep(channelId, now);
            send.accept(uid, now);
        } else {
            VmsMessageJson kept = json.detached();
            keep(channelId, (Supplier<State>) () -> new StringType(kept.redacted()));
        }
    }

    /** The channel's last state, made now if it was not yet; null when there has been none. */
    @Nullable
    State last(String channelId) {
        int place = place(channelId, false);
        if (place < 0) {
            return null;
        }
        Object value;
        synchronized (this) {
            value = place < states.length ? states[place] : null;
        }
        if (value instanceof Supplier<?> deferred && deferred.get() instanceof State state) {
            synchronized (this) {
                if (states[place] == value) { // unless a newer one came meanwhile
                    states[place] = state;
                }
            }
            return state;
        }
        return value instanceof State state ? state : null;
    }

    /** The Thing now stands for another camera or intercom: what was sent for the earlier one is no answer. */
    synchronized void clear() {
        Arrays.fill(states, null);
    }

    private void keep(String channelId, Object stateOrSupplier) {
        int place = place(channelId, true);
        if (place >= 0) {
            synchronized (this) {
                room(place);
                states[place] = stateOrSupplier;
            }
        }
    }

    /** Grows both arrays to hold {@code place} and the places known so far. Guarded by this. */
    private void room(int place) {
        if (place >= states.length) {
            int length = Math.max(place + 1, PLACES.size());
            states = Arrays.copyOf(states, length);
            uids = Arrays.copyOf(uids, length);
        }
    }

    /**
     * The channel id's place, the same in every handler; -1 when all places are taken.
     *
     * @param add whether to give an id without a place one (only ids the handlers update, so that REFRESH of some
     *            other id cannot take the binding's places)
     */
    private static int place(String channelId, boolean add) {
        Integer place = PLACES.get(channelId);
        if (place == null) {
            if (!add) {
                return -1;
            }
            synchronized (PLACES) {
                place = PLACES.get(channelId);
                if (place == null) {
                    if (PLACES.size() >= CAPACITY) {
                        return -1;
                    }
                    place = PLACES.size();
                    PLACES.put(channelId, place);
                }
            }
        }
        return place;
    }
}
