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
package org.openhab.binding.vms.internal.api.model;

import static org.openhab.binding.vms.internal.api.model.VmsJsonFields.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/**
 * When an intercom delivers calls (docs/protocol.md, "Intercom payload"): either per-day windows or explicit intervals.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsTimetable(List<Day> days, List<Interval> intervals) {

    /**
     * @param type {@code monday} … {@code sunday} or {@code same_every_day}, kept open
     *            (docs/protocol.md, "Reading payloads")
     * @param from {@code HH:mm:ss}
     * @param to {@code HH:mm:ss}
     */
    public record Day(@Nullable String type, @Nullable String from, @Nullable String to) {
    }

    public record Interval(@Nullable String from, @Nullable String to) {
    }

    public VmsTimetable {
        days = List.copyOf(days);
        intervals = List.copyOf(intervals);
    }

    public static VmsTimetable fromJson(JsonObject json) {
        return new VmsTimetable(
                optObjectList(json, "days",
                        day -> new Day(optString(day, "type"), optString(day, "from"), optString(day, "to"))),
                optObjectList(json, "intervals",
                        interval -> new Interval(optString(interval, "from"), optString(interval, "to"))));
    }
}
