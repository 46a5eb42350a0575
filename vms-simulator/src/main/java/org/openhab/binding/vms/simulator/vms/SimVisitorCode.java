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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A visitor door code of the simulated account ({@code POST intercom/{id}/codes}).
 *
 * @param code the door code; a secret
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record SimVisitorCode(int id, int intercomId, String title, String code, Instant expiredAt) {

    /** Never prints the door code, like the binding's own model. */
    @Override
    public String toString() {
        return "SimVisitorCode[id=" + id + ", intercomId=" + intercomId + ", title=" + title + ", code=***, expiredAt="
                + expiredAt + "]";
    }
}
