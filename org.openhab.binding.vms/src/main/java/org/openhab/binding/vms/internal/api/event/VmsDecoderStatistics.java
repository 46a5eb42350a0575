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
package org.openhab.binding.vms.internal.api.event;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What {@link VmsEventDecoder} did with the messages it was given; thread-safe, never reset. Every call of
 * {@code decode} increments exactly one counter.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsDecoderStatistics {

    private final AtomicLong decoded = new AtomicLong();
    private final AtomicLong unknown = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();

    /** Messages decoded into a typed event. */
    public long decoded() {
        return decoded.get();
    }

    /** Well-formed messages dropped because their type or Pusher event name is not known. */
    public long unknown() {
        return unknown.get();
    }

    /** Messages dropped because they were missing, unparseable, too large/deep or in neither envelope. */
    public long malformed() {
        return malformed.get();
    }

    /** All messages seen. */
    public long total() {
        return decoded() + unknown() + malformed();
    }

    void countDecoded() {
        decoded.incrementAndGet();
    }

    void countUnknown() {
        unknown.incrementAndGet();
    }

    void countMalformed() {
        malformed.incrementAndGet();
    }

    @Override
    public String toString() {
        return "decoded=" + decoded() + ", unknown=" + unknown() + ", malformed=" + malformed();
    }
}
