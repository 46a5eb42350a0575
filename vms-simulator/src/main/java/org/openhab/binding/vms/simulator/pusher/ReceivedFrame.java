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
package org.openhab.binding.vms.simulator.pusher;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One text frame the simulated Pusher server received from a client, exactly as sent.
 *
 * @param socketId the Pusher socket id of the connection it arrived on
 * @param text the frame's text
 * @param at when it arrived
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record ReceivedFrame(String socketId, String text, Instant at) {
}
