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
package org.openhab.binding.vms.benchmarks.soak;

import java.util.BitSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Which of the soak's numbered messages reached their Thing, and which were published while a fault was in
 * progress: message {@code k} carries the id {@link #FIRST_ID} {@code + k}, which the Thing shows on
 * {@code last-event-json} (cameras) or {@code last-call-id} (intercoms) before it triggers. Two bit sets of one bit per
 * message, made up front, so the tally itself does not grow during the run.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class SoakTally {

    static final long FIRST_ID = 100_000_000L;

    private final long messages;
    private final BitSet delivered;
    private final BitSet duringFault;

    SoakTally(long messages) {
        this.messages = messages;
        this.delivered = new BitSet((int) messages);
        this.duringFault = new BitSet((int) messages);
    }

    /** A Thing showed this message id. */
    synchronized void delivered(long id) {
        long k = id - FIRST_ID;
        if (k >= 0 && k < messages) {
            delivered.set((int) k);
        }
    }

    /** Messages {@code [from, to)} were published while a fault was in progress. */
    synchronized void publishedDuringFault(long from, long to) {
        duringFault.set((int) from, (int) to);
    }

    synchronized int deliveredCount() {
        return delivered.cardinality();
    }

    synchronized int duringFaultCount() {
        return duringFault.cardinality();
    }

    /** Of the first {@code published} messages: those published while connected that never arrived. */
    synchronized int lostWhileConnected(long published) {
        BitSet lost = new BitSet((int) published);
        lost.set(0, (int) published);
        lost.andNot(delivered);
        lost.andNot(duringFault);
        return lost.cardinality();
    }

    /** Of the first {@code published} messages: those published during a fault that never arrived. */
    synchronized int lostDuringFaults(long published) {
        BitSet lost = (BitSet) duringFault.clone();
        lost.andNot(delivered);
        lost.clear((int) published, (int) Math.max(published, messages));
        return lost.cardinality();
    }

    /** The event id in a camera's {@code last-event-json} (the UserPush envelope), or -1. */
    static long eventId(@Nullable String lastEventJson) {
        if (lastEventJson == null) {
            return -1;
        }
        try {
            JsonElement id = JsonParser.parseString(lastEventJson).getAsJsonObject().getAsJsonObject("data")
                    .getAsJsonObject("data").get("id");
            return id == null || !id.isJsonPrimitive() ? -1 : id.getAsLong();
        } catch (JsonParseException | IllegalStateException | ClassCastException | NullPointerException
                | NumberFormatException e) {
            return -1; // not one of the soak's messages (e.g. an intercom's notification)
        }
    }
}
