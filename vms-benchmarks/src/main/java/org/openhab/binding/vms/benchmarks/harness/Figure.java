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
package org.openhab.binding.vms.benchmarks.harness;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One measured figure as it appears in a row of RESULTS.md.
 *
 * @param part which benchmark it comes from (decode, dispatch, end-to-end, footprint)
 * @param name what was measured
 * @param measured the figure with its unit, as text
 * @param target the target, as text ("-" when the brief sets none)
 * @param met whether the target was met; null when there is no target
 * @param detail how it was measured / the raw figures behind a ratio
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record Figure(String part, String name, String measured, String target, @Nullable Boolean met,
        String detail) {

    /** A figure without a target. */
    public static Figure info(String part, String name, String measured, String detail) {
        return new Figure(part, name, measured, "-", null, detail);
    }

    /** A figure that meets its target when {@code value <= limit} (ratios and costs). */
    public static Figure atMost(String part, String name, double value, String unit, double limit, String detail) {
        return new Figure(part, name, Format.number(value) + unit, "≤ " + Format.number(limit) + unit,
                value <= limit, detail);
    }
}
