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
package org.openhab.binding.vms.internal.api.connection;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Ping interval and pong time-out from the server's {@code activity_timeout} (docs/protocol.md, "Keep-alive").
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class LivenessTimeoutsTest {

    @Test
    void serverValueMinusFiveThenHalfOfThat() {
        assertEquals(new LivenessTimeouts(Duration.ofSeconds(35), Duration.ofMillis(17500)),
                LivenessTimeouts.derive(Duration.ofSeconds(40), null, null), "push1st");
        assertEquals(new LivenessTimeouts(Duration.ofSeconds(115), Duration.ofMillis(57500)),
                LivenessTimeouts.derive(Duration.ofSeconds(120), null, null), "hosted Pusher");
    }

    @Test
    void thirtySecondsWhileTheServerValueIsUnknown() {
        assertEquals(new LivenessTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(15)),
                LivenessTimeouts.derive(null, null, null));
        assertEquals(new LivenessTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(15)),
                LivenessTimeouts.derive(Duration.ZERO, null, null));
    }

    @Test
    void neverBelowTheLibrarysOneSecond() {
        assertEquals(new LivenessTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)),
                LivenessTimeouts.derive(Duration.ofSeconds(3), null, null));
        assertEquals(new LivenessTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)),
                LivenessTimeouts.derive(null, Duration.ofMillis(10), Duration.ofMillis(10)));
    }

    @Test
    void fixedValuesOfThePolicyWin() {
        assertEquals(new LivenessTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)),
                LivenessTimeouts.derive(Duration.ofSeconds(40), Duration.ofSeconds(2), null));
        assertEquals(new LivenessTimeouts(Duration.ofSeconds(35), Duration.ofSeconds(3)),
                LivenessTimeouts.derive(Duration.ofSeconds(40), null, Duration.ofSeconds(3)));
    }
}
