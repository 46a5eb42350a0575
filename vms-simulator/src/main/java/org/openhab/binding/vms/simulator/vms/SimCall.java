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
 * One entry of the intercom call history.
 *
 * @param status {@code missed}, {@code ring}, {@code ended} or {@code answered}
 * @param createdAt server UTC time string
 * @param sipCallId the second id an {@code intercom_cancel} carries as {@code call_id} (its meaning is an open
 *            question of the protocol; the simulator keeps it distinct from {@code id} so a client that confuses
 *            the two notices)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record SimCall(int id, int intercomId, String status, String createdAt, int sipCallId) {

    public SimCall withStatus(String newStatus) {
        return new SimCall(id, intercomId, newStatus, createdAt, sipCallId);
    }
}
