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
package org.openhab.core.types;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in for openHAB's {@code TimeSeries}: states with their timestamps (history or forecast), kept in time order,
 * with the policy persistence applies them with. Here only because {@code ThingHandlerCallback.sendTimeSeries} takes
 * one; the binding sends no time series.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class TimeSeries {

    /** How persistence stores a series: add its entries, or first remove what it holds between begin and end. */
    public enum Policy {
        ADD,
        REPLACE
    }

    private final Policy policy;
    /** One state per timestamp; as in openHAB, a second state for a timestamp already present is not taken. */
    private final TreeMap<Instant, State> states = new TreeMap<>();

    public TimeSeries(Policy policy) {
        this.policy = policy;
    }

    public Policy getPolicy() {
        return policy;
    }

    /**
     * @return the earliest timestamp, or {@link Instant#MAX} for an empty series
     */
    public Instant getBegin() {
        Map.Entry<Instant, State> first = states.firstEntry();
        return first == null ? Instant.MAX : first.getKey();
    }

    /**
     * @return the latest timestamp, or {@link Instant#MIN} for an empty series
     */
    public Instant getEnd() {
        Map.Entry<Instant, State> last = states.lastEntry();
        return last == null ? Instant.MIN : last.getKey();
    }

    public int size() {
        return states.size();
    }

    /**
     * Adds a state; entries may come in any order.
     */
    public void add(Instant timestamp, State state) {
        states.putIfAbsent(timestamp, state);
    }
}
