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
package org.openhab.core.library.types;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * Stand-in for openHAB's {@code DecimalType}: a number held as a {@link BigDecimal}. Values of any {@link Number}
 * type (int, long, double, BigDecimal ...) are accepted by {@link #DecimalType(Number)}. Two values are equal when
 * they are numerically equal, whatever their scale.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class DecimalType extends Number implements PrimitiveType, State, Command, Comparable<DecimalType> {

    private static final long serialVersionUID = 4226845847123464690L;

    protected static final BigDecimal BIG_DECIMAL_HUNDRED = BigDecimal.valueOf(100);

    public static final DecimalType ZERO = new DecimalType();

    protected BigDecimal value;

    public DecimalType() {
        this.value = BigDecimal.ZERO;
    }

    /**
     * @param value the number; its decimal string representation is kept exactly
     * @throws NumberFormatException for NaN or infinite values
     */
    public DecimalType(Number value) {
        if (value instanceof DecimalType decimal) {
            this.value = decimal.toBigDecimal();
        } else if (value instanceof BigDecimal bigDecimal) {
            this.value = bigDecimal;
        } else {
            this.value = new BigDecimal(value.toString());
        }
    }

    /**
     * @param value a number in plain or scientific notation, with '.' as decimal separator
     * @throws NumberFormatException if the value is not a number
     */
    public DecimalType(String value) {
        this.value = new BigDecimal(value.trim());
    }

    /**
     * @param value a number written for the given locale (its decimal and grouping separators)
     * @param locale the locale the number is written for
     * @throws NumberFormatException if the value is not a number in that locale
     */
    public DecimalType(String value, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        String trimmed = value.trim();
        Object parsed = format.parse(trimmed, position);
        if (!(parsed instanceof BigDecimal bigDecimal) || position.getIndex() != trimmed.length()) {
            throw new NumberFormatException("Invalid BigDecimal value: " + value);
        }
        this.value = bigDecimal;
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return value.toPlainString();
    }

    public static DecimalType valueOf(String value) {
        return new DecimalType(value);
    }

    @Override
    public String format(String pattern) {
        // %d needs an integral argument; every other conversion gets the BigDecimal
        if (pattern.contains("%d")) {
            return String.format(pattern, value.toBigInteger());
        }
        return String.format(pattern, value);
    }

    public BigDecimal toBigDecimal() {
        return value;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof DecimalType other)) {
            return false;
        }
        return value.compareTo(other.value) == 0;
    }

    @Override
    public int compareTo(DecimalType o) {
        return value.compareTo(o.toBigDecimal());
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    protected <T extends State> @Nullable T defaultConversion(@Nullable Class<T> target) {
        if (target != null && target.isInstance(this)) {
            return target.cast(this);
        }
        return null;
    }

    @Override
    public <T extends State> @Nullable T as(@Nullable Class<T> target) {
        if (target == OnOffType.class) {
            return target.cast(value.signum() == 0 ? OnOffType.OFF : OnOffType.ON);
        }
        return defaultConversion(target);
    }
}
