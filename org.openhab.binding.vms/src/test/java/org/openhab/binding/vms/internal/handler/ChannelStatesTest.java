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

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.VmsBindingConstants;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

/**
 * Every channel id of the binding has a place in a handler's {@link ChannelStates}, so that REFRESH can always answer;
 * ids that are not the binding's never take one.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ChannelStatesTest {

    private final List<ChannelUID> sent = new ArrayList<>();
    private final ChannelStates states = new ChannelStates(() -> new ThingUID("vms", "camera", "home", "cam1"),
            channel -> true, (channel, state) -> sent.add(channel));

    @Test
    void everyChannelIdOfTheBindingHasAPlace() throws IllegalAccessException {
        Set<String> ids = new HashSet<>();
        for (Field field : VmsBindingConstants.class.getFields()) {
            if (field.getName().startsWith("CHANNEL_") && Modifier.isStatic(field.getModifiers())
                    && field.get(null) instanceof String id) {
                ids.add(id);
            }
        }
        assertTrue(ids.size() > 20, "found the channel ids: " + ids);
        assertTrue(ids.size() <= ChannelStates.CAPACITY,
                ids.size() + " channel ids, " + ChannelStates.CAPACITY + " places: raise ChannelStates.CAPACITY");

        for (String id : ids) {
            states.sent(id, new StringType(id));
        }
        for (String id : ids) {
            assertEquals(new StringType(id), states.last(id), id);
        }
    }

    @Test
    void anIdOfNoChannelIsNeitherKeptNorGivenAPlace() {
        assertNull(states.last("no-such-channel"));
        ChannelUID uid = states.uid(VmsBindingConstants.CHANNEL_LAST_EVENT_TYPE);
        assertSame(uid, states.uid(VmsBindingConstants.CHANNEL_LAST_EVENT_TYPE), "made once");
        assertEquals("vms:camera:home:cam1:last-event-type", uid.getAsString());
    }

    @Test
    void aStateMadeOnRefreshIsMadeOnce() {
        List<String> made = new ArrayList<>();
        ChannelStates unlinked = new ChannelStates(() -> new ThingUID("vms", "camera", "home", "cam2"),
                channel -> false, (channel, state) -> sent.add(channel));
        unlinked.update(VmsBindingConstants.CHANNEL_LAST_EVENT_TITLE, () -> {
            made.add("title");
            return new StringType("Parcel");
        });
        assertEquals(List.of(), made, "not linked: not made");

        State first = unlinked.last(VmsBindingConstants.CHANNEL_LAST_EVENT_TITLE);
        State second = unlinked.last(VmsBindingConstants.CHANNEL_LAST_EVENT_TITLE);

        assertEquals(new StringType("Parcel"), first);
        assertSame(first, second);
        assertEquals(List.of("title"), made);
        assertEquals(List.of(), sent);
        unlinked.clear();
        assertNull(unlinked.last(VmsBindingConstants.CHANNEL_LAST_EVENT_TITLE));
    }
}
