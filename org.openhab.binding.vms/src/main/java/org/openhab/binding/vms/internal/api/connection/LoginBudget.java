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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * At most N login requests per rolling hour. Logins are precious: each successful one opens a server-side session
 * (the account's session limit answers HTTP 419 once they are used up) and failed ones bring the captcha closer.
 * When the budget is used up the connection waits until the oldest login leaves the window, rather than failing:
 * whatever made it log in that often is then given time to go away, and no user action is needed afterwards.
 * Thread-safe.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class LoginBudget {

    static final Duration WINDOW = Duration.ofHours(1);

    private final int maxPerWindow;
    private final Clock clock;
    private final Deque<Instant> logins = new ArrayDeque<>();

    LoginBudget(int maxPerWindow, Clock clock) {
        this.maxPerWindow = maxPerWindow;
        this.clock = clock;
    }

    /**
     * Takes one login from the budget if there is one left.
     *
     * @return null when the login may go ahead (it is counted), else how long until the next one is allowed
     */
    synchronized @Nullable Duration tryAcquire() {
        Instant now = clock.instant();
        Instant windowStart = now.minus(WINDOW);
        while (!logins.isEmpty() && !logins.peekFirst().isAfter(windowStart)) {
            logins.removeFirst();
        }
        if (logins.size() >= maxPerWindow) {
            Instant oldest = logins.peekFirst();
            Duration wait = Duration.between(now, oldest.plus(WINDOW));
            return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
        }
        logins.addLast(now);
        return null;
    }

    int maxPerWindow() {
        return maxPerWindow;
    }
}
