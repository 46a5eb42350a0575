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
package org.openhab.binding.vms.internal.config;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Reads a camera or intercom id from the raw configuration value, strictly. openHAB's own conversion of a
 * configuration value to a {@code long} field truncates a fraction and keeps only the low 64 bits of a huge number,
 * so {@code 301.5} would become intercom 301, and {@code 18446744073709551917} (2^64 + 301) too. Here only whole
 * numbers from 1 to {@link Long#MAX_VALUE} count, given as a number or as a string of digits.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsThingIds {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

    private VmsThingIds() {
    }

    /** @return the id, or 0 when the value is missing or not a positive whole number that fits a long */
    public static long positiveId(@Nullable Object raw) {
        try {
            long id;
            if (raw instanceof BigDecimal decimal) {
                id = decimal.stripTrailingZeros().longValueExact();
            } else if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
                id = ((Number) raw).longValue();
            } else if (raw instanceof Number number) {
                // Double, Float and the like: through their decimal text, so that 301.5 stays 301.5
                id = new BigDecimal(number.toString()).stripTrailingZeros().longValueExact();
            } else if (raw instanceof String text && DIGITS.matcher(text.trim()).matches()) {
                id = Long.parseLong(text.trim());
            } else {
                return 0;
            }
            return id > 0 ? id : 0;
        } catch (ArithmeticException | NumberFormatException e) {
            // a fraction, out of the long range, NaN or infinite
            return 0;
        }
    }
}
