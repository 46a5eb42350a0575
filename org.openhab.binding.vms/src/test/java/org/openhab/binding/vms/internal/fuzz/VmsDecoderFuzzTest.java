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
package org.openhab.binding.vms.internal.fuzz;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhab.binding.vms.internal.api.event.VmsDecodeResult;
import org.openhab.binding.vms.internal.api.event.VmsDecoderStatistics;
import org.openhab.binding.vms.internal.api.event.VmsDroppedMessage;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.testlog.LogSecretScanner;

/**
 * Hostile frames straight into {@link VmsEventDecoder#decodeFrame}: nothing may escape (not even an error), every
 * answer is a consistent event or dropped message, and every frame is counted exactly once, as decoded, unknown or malformed.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
@ExtendWith(UncaughtExceptionWatch.class)
class VmsDecoderFuzzTest {

    static final int FRAMES = 60_000;
    private static final long SEED = 0xF022_DEC0L;

    @Test
    void hostileFramesNeverEscapeTheDecoderAndAreAllCounted() {
        HostileFrames frames = HostileFrames.anything(SEED);
        VmsEventDecoder decoder = new VmsEventDecoder();
        long warningsBefore = LogSecretScanner.bindingWarnings();
        long start = System.nanoTime();
        for (int i = 0; i < FRAMES; i++) {
            String frame = frames.next();
            VmsDecodeResult result;
            try {
                result = decoder.decodeFrame(frame);
            } catch (Throwable t) {
                throw new AssertionError("frame " + i + " of seed " + SEED + " escaped the decoder", t);
            }
            assertNotNull(result);
            assertNotNull(result.envelope());
            if (result instanceof VmsEvent event) {
                assertNotNull(event.kind(), "frame " + i);
            } else {
                assertNotNull(assertInstanceOf(VmsDroppedMessage.class, result).reason(), "frame " + i);
            }
            assertNotNull(result.toString());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        VmsDecoderStatistics statistics = decoder.statistics();
        assertEquals(FRAMES, statistics.total(), statistics.toString());
        assertTrue(statistics.decoded() > FRAMES / 20, "many frames survive their mutation: " + statistics);
        assertTrue(statistics.malformed() > FRAMES / 10, "many do not: " + statistics);
        assertTrue(statistics.unknown() > FRAMES / 50, statistics.toString());
        assertEquals(warningsBefore, LogSecretScanner.bindingWarnings(), "the decoder logged a warning");
        FuzzReport.write("decoder", FRAMES, took, statistics + ", mutations " + frames.counts());
    }
}
