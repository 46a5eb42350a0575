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
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record SimIntercom(int id, String title, String address, boolean online, int cameraId) {

    public SimIntercom withTitle(String newTitle) {
        return new SimIntercom(id, newTitle, address, online, cameraId);
    }

    public SimIntercom withOnline(boolean newOnline) {
        return new SimIntercom(id, title, address, newOnline, cameraId);
    }
}
