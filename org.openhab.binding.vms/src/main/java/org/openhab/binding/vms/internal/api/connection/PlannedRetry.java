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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.connection.RetryDecision.Action;

/**
 * A connection attempt the connection scheduled, and why: kept (the last few) for tests and diagnostics.
 *
 * @param delay how long after the decision the attempt runs
 * @param action the decision that led to it ({@link Action#IMMEDIATE} also for the first attempt and re-logins)
 * @param reason the reason of the problem behind it, {@link Reason#OTHER} for the first attempt
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
record PlannedRetry(Duration delay, Action action, Reason reason) {
}
