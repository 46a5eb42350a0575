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

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.UnDefType;

/**
 * The state and command types.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class TypesTest {

    @Test
    void onOff() {
        assertEquals(OnOffType.ON, OnOffType.from(true));
        assertEquals(OnOffType.OFF, OnOffType.from(false));
        assertEquals(OnOffType.ON, OnOffType.from("on"));
        assertEquals(OnOffType.ON, OnOffType.from("1"));
        assertEquals(OnOffType.OFF, OnOffType.from("yes"));
        assertEquals("ON", OnOffType.ON.toString());
        assertEquals(new DecimalType(1), OnOffType.ON.as(DecimalType.class));
        assertEquals(OnOffType.OFF, DecimalType.ZERO.as(OnOffType.class));
    }

    @Test
    void decimalFromLongDoubleAndBigDecimal() {
        assertEquals(new DecimalType(new BigDecimal("5")), new DecimalType(5L));
        assertEquals(new DecimalType(new BigDecimal("1.5")), new DecimalType(1.5));
        assertEquals(new DecimalType(1), new DecimalType(1.0));
        assertEquals(new DecimalType(1).hashCode(), new DecimalType(1.0).hashCode());
        assertEquals("1.5", new DecimalType(1.5).toString());
        assertEquals(3, new DecimalType(3.9).intValue());
        assertEquals("3", new DecimalType(3.9).format("%d"));
        assertEquals("3.9", new DecimalType(3.9).format("%.1f"));
        assertEquals(new DecimalType("1.5"), new DecimalType("1,5", Locale.GERMANY));
        assertTrue(new DecimalType(2).compareTo(new DecimalType(10)) < 0);
        assertThrows(NumberFormatException.class, () -> new DecimalType("x"));
    }

    @Test
    void dateTimeFromInstantAndZonedDateTime() {
        Instant instant = Instant.parse("2024-01-02T02:04:05.123Z");
        ZonedDateTime zoned = instant.atZone(ZoneOffset.ofHours(1));

        assertEquals(instant, new DateTimeType(instant).getInstant());
        assertEquals(instant, new DateTimeType(zoned).getInstant());
        assertEquals(zoned, new DateTimeType(instant).getZonedDateTime(ZoneOffset.ofHours(1)));
        assertEquals("2024-01-02T03:04:05.123+0100", new DateTimeType(zoned).toFullString());
        assertEquals("2024-01-02T02:04:05.123+0000", new DateTimeType(zoned).toFullString(ZoneId.of("UTC")));
        assertEquals(new DateTimeType(zoned), new DateTimeType(zoned));
        assertNotEquals(new DateTimeType(zoned), new DateTimeType(instant.atZone(ZoneOffset.UTC)));
        assertTrue(new DateTimeType(instant).compareTo(new DateTimeType(instant.plusSeconds(1))) < 0);
    }

    @Test
    void dateTimeParsing() {
        Instant instant = Instant.parse("2024-01-02T02:04:05Z");

        assertEquals(instant, new DateTimeType("2024-01-02T02:04:05Z").getInstant());
        assertEquals(instant, new DateTimeType("2024-01-02T03:04:05+01:00").getInstant());
        assertEquals(instant, new DateTimeType("2024-01-02T03:04:05+0100").getInstant());
        assertEquals(instant, new DateTimeType(String.valueOf(instant.getEpochSecond())).getInstant());
        assertEquals(instant, new DateTimeType(String.valueOf(instant.toEpochMilli())).getInstant());
        assertThrows(IllegalArgumentException.class, () -> new DateTimeType("yesterday"));
    }

    @Test
    void stringUndefAndRefresh() {
        assertEquals("", new StringType(null).toString());
        assertEquals(StringType.EMPTY, new StringType(""));
        assertEquals(new StringType("a"), StringType.valueOf("a"));
        assertTrue(new StringType("a").equals("a"));
        assertEquals("x=a", new StringType("a").format("x=%s"));
        assertEquals(new StringType("a"), new StringType("a").as(StringType.class));
        assertNull(new StringType("a").as(DecimalType.class));
        assertEquals("UNDEF", UnDefType.UNDEF.toString());
        assertEquals("NULL", UnDefType.NULL.toFullString());
        assertEquals("REFRESH", RefreshType.REFRESH.toFullString());
    }
}
