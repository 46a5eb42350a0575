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
package org.openhab.binding.vms.benchmarks.e2e;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One subscriber of the measured channel that reports each message's arrival to an {@link ArrivalBoard}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
interface LatencyReceiver extends AutoCloseable {

    /** Short name for the results. */
    String name();

    /** Connects and subscribes; returns once the channel is subscribed. */
    void start(Duration timeout) throws Exception;

    @Override
    void close();
}
