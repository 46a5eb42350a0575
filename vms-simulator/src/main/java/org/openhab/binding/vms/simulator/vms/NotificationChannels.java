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
package org.openhab.binding.vms.simulator.vms;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Where the simulator sends {@code BroadcastNotificationCreated} frames. The protocol leaves open which private
 * channel the backend uses (docs/protocol.md, "Pusher events"); the examples show the user channel.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public enum NotificationChannels {
    USER,
    TOKEN,
    /** Each notification twice, once per channel. */
    BOTH
}
