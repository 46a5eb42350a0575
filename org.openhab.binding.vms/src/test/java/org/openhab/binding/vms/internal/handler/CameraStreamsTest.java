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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * {@link CameraStreams#refreshDelay}: a link is read again a little before it expires, never in a tight loop.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class CameraStreamsTest {

    private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");

    @Test
    void aFifthOfTheLifeBeforeTheExpiryAtMostAMinute() {
        assertEquals(Duration.ofSeconds(80), CameraStreams.refreshDelay(NOW, NOW.plusSeconds(100)));
        assertEquals(Duration.ofSeconds(3540), CameraStreams.refreshDelay(NOW, NOW.plusSeconds(3600)));
    }

    @Test
    void neverSoonerThanTheMinimumEvenForExpiredLinks() {
        assertEquals(CameraStreams.MIN_REFRESH_DELAY, CameraStreams.refreshDelay(NOW, NOW.plusSeconds(3)));
        assertEquals(CameraStreams.MIN_REFRESH_DELAY, CameraStreams.refreshDelay(NOW, NOW.minusSeconds(60)));
    }
}
