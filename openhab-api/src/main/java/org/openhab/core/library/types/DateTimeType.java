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

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * Stand-in for openHAB's {@code DateTimeType}: a moment in time and the zone it is shown in. Create values with
 * {@link #DateTimeType(Instant)} or {@link #DateTimeType(ZonedDateTime)}, read them with {@link #getInstant()} or
 * {@link #getZonedDateTime(ZoneId)}: these exist with the same meaning in openHAB 4.3 and 5.x.
 * <p>
 * Left out on purpose (see README): the deprecated {@code getZonedDateTime()}, {@code toLocaleZone()} and
 * {@code toZone(...)}, which are gone or deprecated in openHAB 5.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class DateTimeType implements PrimitiveType, State, Command, Comparable<DateTimeType> {

    public static final String DATE_PATTERN = "yyyy-MM-dd'T'HH:mm:ss";
    public static final String DATE_PATTERN_WITH_TZ = "yyyy-MM-dd'T'HH:mm:ssz";
    // this pattern returns the time zone in RFC822 format
    public static final String DATE_PATTERN_WITH_TZ_AND_MS = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_GENERAL = "yyyy-MM-dd'T'HH:mm:ss.SSSz";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_ISO = "yyyy-MM-dd'T'HH:mm:ss.SSSX";
    public static final String DATE_PATTERN_JSON_COMPAT = "MMM d, yyyy, h:mm:ss aaa";

    private static final DateTimeFormatter FULL_FORMATTER = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSZ");
    private static final DateTimeFormatter LOCAL_PARSER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss[.SSS]]");
    private static final DateTimeFormatter RFC_ZONE_PARSER = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm[:ss[.SSS]]Z");

    private final Instant instant;
    private final ZoneId zoneId;

    /**
     * The current moment, in the system's zone.
     */
    public DateTimeType() {
        this(Instant.now());
    }

    /**
     * @param instant the moment, shown in the system's zone
     */
    public DateTimeType(Instant instant) {
        this.instant = instant;
        this.zoneId = ZoneId.systemDefault();
    }

    /**
     * @param zoned the moment and the zone to show it in
     */
    public DateTimeType(ZonedDateTime zoned) {
        this.instant = zoned.toInstant();
        this.zoneId = zoned.getZone();
    }

    /**
     * Parses an ISO-8601 date-time with offset or zone, one with an RFC-822 offset ("+0100"), a local date-time or
     * date (system zone), a time of day (on 1970-01-01), or epoch seconds / milliseconds.
     *
     * @param zonedValue the text to parse
     * @throws IllegalArgumentException if the text is in none of these formats
     */
    public DateTimeType(String zonedValue) {
        ZonedDateTime parsed = parse(zonedValue.trim());
        this.instant = parsed.toInstant();
        this.zoneId = parsed.getZone();
    }

    private static ZonedDateTime parse(String value) {
        try {
            return ZonedDateTime.parse(value);
        } catch (DateTimeParseException e) {
            // try the next format
        }
        try {
            return OffsetDateTime.parse(value, RFC_ZONE_PARSER).toZonedDateTime();
        } catch (DateTimeParseException e) {
            // try the next format
        }
        try {
            return LocalDateTime.parse(value, LOCAL_PARSER).atZone(ZoneId.systemDefault());
        } catch (DateTimeParseException e) {
            // try the next format
        }
        try {
            return LocalDate.parse(value).atStartOfDay(ZoneId.systemDefault());
        } catch (DateTimeParseException e) {
            // try the next format
        }
        try {
            return LocalDateTime.of(LocalDate.EPOCH, LocalTime.parse(value)).atZone(ZoneId.systemDefault());
        } catch (DateTimeParseException e) {
            // try the next format
        }
        try {
            long epoch = Long.parseLong(value);
            // below 12 digits the number is taken as seconds, as openHAB does
            Instant instant = Math.abs(epoch) < 100_000_000_000L ? Instant.ofEpochSecond(epoch)
                    : Instant.ofEpochMilli(epoch);
            return instant.atZone(ZoneId.systemDefault());
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalArgumentException(value + " is not in a valid format.", e);
        }
    }

    /**
     * @param zoneId the zone to show the moment in
     * @return the moment in that zone
     */
    public ZonedDateTime getZonedDateTime(ZoneId zoneId) {
        return instant.atZone(zoneId);
    }

    /**
     * @return the moment
     */
    public Instant getInstant() {
        return instant;
    }

    public static DateTimeType valueOf(String value) {
        return new DateTimeType(value);
    }

    @Override
    public String format(@Nullable String pattern) {
        return format(pattern, ZoneId.systemDefault());
    }

    public String format(@Nullable String pattern, ZoneId zoneId) {
        ZonedDateTime zoned = instant.atZone(zoneId);
        if (pattern == null) {
            return DateTimeFormatter.ofPattern(DATE_PATTERN).format(zoned);
        }
        return String.format(pattern, zoned);
    }

    public String format(Locale locale, String pattern) {
        return String.format(locale, pattern, instant.atZone(zoneId));
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return toFullString(zoneId);
    }

    public String toFullString(ZoneId zoneId) {
        String formatted = instant.atZone(zoneId).format(FULL_FORMATTER);
        // 9 fraction digits are written; drop up to two trailing groups of "000" like openHAB does
        int sign = Math.max(formatted.lastIndexOf('+'), formatted.lastIndexOf('-'));
        String fraction = formatted.substring(0, sign);
        String offset = formatted.substring(sign);
        for (int i = 0; i < 2 && fraction.endsWith("000"); i++) {
            fraction = fraction.substring(0, fraction.length() - 3);
        }
        return fraction + offset;
    }

    @Override
    public int hashCode() {
        return Objects.hash(instant, zoneId);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof DateTimeType other)) {
            return false;
        }
        return instant.equals(other.instant) && zoneId.equals(other.zoneId);
    }

    @Override
    public int compareTo(DateTimeType o) {
        return instant.compareTo(o.getInstant());
    }
}
