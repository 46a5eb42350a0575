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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Camera and intercom ids are read strictly: a fraction or a number beyond the long range is no id at all, where
 * openHAB's conversion to {@code long} would truncate or wrap it into another Thing's id.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsThingIdsTest {

    static Stream<Object> notIds() {
        return Stream.of(0, -1, Long.MIN_VALUE, new BigDecimal("-301"), new BigDecimal("1e30"),
                new BigDecimal("18446744073709551917"), new BigDecimal("301.5"), 301.5, 0.5f, Double.NaN,
                Double.POSITIVE_INFINITY, "", " ", "abc", "301abc", "0x12d", "-301", "+301", "1e3", "301.0",
                "99999999999999999999", true, new Object());
    }

    @ParameterizedTest
    @MethodSource("notIds")
    void whatIsNotAPositiveWholeNumberGivesZero(Object raw) {
        assertEquals(0, VmsThingIds.positiveId(raw));
    }

    static Stream<Object> ids() {
        return Stream.of(301, 301L, (short) 301, new BigDecimal("301"), new BigDecimal("301.000"),
                new BigDecimal("3.01e2"), 301.0, 301.0f, "301", " 301 ");
    }

    @ParameterizedTest
    @MethodSource("ids")
    void aPositiveWholeNumberInAnyShapeIsTheId(Object raw) {
        assertEquals(301, VmsThingIds.positiveId(raw));
    }

    @Test
    void theLargestLongIsStillAnIdAndNullIsNone() {
        assertEquals(Long.MAX_VALUE, VmsThingIds.positiveId(new BigDecimal(Long.MAX_VALUE)));
        assertEquals(Long.MAX_VALUE, VmsThingIds.positiveId(String.valueOf(Long.MAX_VALUE)));
        assertEquals(0, VmsThingIds.positiveId(null));
    }
}
