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
 * An intercom of the simulated account.
 *
 * @param cameraId id of its camera, which the wire model embeds as {@code camera}
 * @param enabled {@code is_enabled}: whether calls reach the account's devices ({@code PATCH intercom/{id}})
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record SimIntercom(int id, String title, String address, boolean online, int cameraId, boolean enabled) {

    /** An intercom with calls enabled. */
    public SimIntercom(int id, String title, String address, boolean online, int cameraId) {
        this(id, title, address, online, cameraId, true);
    }

    public SimIntercom withEnabled(boolean newEnabled) {
        return new SimIntercom(id, title, address, online, cameraId, newEnabled);
    }

    public SimIntercom withTitle(String newTitle) {
        return new SimIntercom(id, newTitle, address, online, cameraId, enabled);
    }

    public SimIntercom withOnline(boolean newOnline) {
        return new SimIntercom(id, title, address, newOnline, cameraId, enabled);
    }
}
