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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.State;

/**
 * The last state a handler sent on each of its channels. States that come from messages are not replayed by
 * openHAB: an item linked later (openHAB then sends REFRESH) would stay NULL until the next message without this.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class VmsLastStates {

    private final Map<String, State> states = new ConcurrentHashMap<>();

    void remember(String channelId, State state) {
        states.put(channelId, state);
    }

    @Nullable
    State last(String channelId) {
        return states.get(channelId);
    }

    void clear() {
        states.clear();
    }
}
