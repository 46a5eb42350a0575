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

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * Times for channels and messages.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ServerTimes {

    /** 2001-09-09 in epoch seconds: smaller values cannot be a plausible epoch time. */
    private static final long EPOCH_SECONDS_FLOOR = 1_000_000_000L;
    /** The same day in epoch milliseconds. */
    private static final long EPOCH_MILLIS_FLOOR = 1_000_000_000_000L;

    private ServerTimes() {
    }

    static State state(@Nullable Instant instant) {
        return instant == null ? UnDefType.UNDEF : new DateTimeType(instant);
    }

    /**
     * The {@code last} value of a session (docs/protocol.md, "Too many sessions": its unit is not documented): shown as
     * a UTC time when it looks like epoch seconds or milliseconds, else as the bare number.
     */
    static String describeActivity(long value) {
        if (value >= EPOCH_MILLIS_FLOOR) {
            return Instant.ofEpochMilli(value).truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (value >= EPOCH_SECONDS_FLOOR) {
            return Instant.ofEpochSecond(value).toString();
        }
        return String.valueOf(value);
    }
}
