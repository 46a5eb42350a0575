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
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The login budget: N logins per rolling hour, then the wait until the oldest leaves the window.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class LoginBudgetTest {

    @Test
    void allowsNPerRollingHourThenSaysHowLongToWait() {
        MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
        LoginBudget budget = new LoginBudget(3, clock);

        assertNull(budget.tryAcquire());
        clock.advance(Duration.ofMinutes(10));
        assertNull(budget.tryAcquire());
        assertNull(budget.tryAcquire());
        assertEquals(Duration.ofMinutes(50), budget.tryAcquire());
        assertEquals(Duration.ofMinutes(50), budget.tryAcquire(), "a refused attempt does not count");

        clock.advance(Duration.ofMinutes(50));
        assertNull(budget.tryAcquire(), "the first login left the window");
        assertEquals(Duration.ofMinutes(10), budget.tryAcquire());
    }
}
