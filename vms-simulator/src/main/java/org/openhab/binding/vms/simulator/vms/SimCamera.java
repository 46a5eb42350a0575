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
 * A camera as the simulated account knows it.
 *
 * @param status wire value of {@code status}: {@code active}, {@code inactive}, {@code partial}, {@code empty},
 *            {@code initial}
 * @param attached whether the camera belongs to the account now; detached cameras vanish from every list
 * @param nodeId the camera-tree node ({@code flat-tree}) it hangs under
 * @param ptz whether the account reports it as PTZ ({@code services.ptz}); it then takes {@code cameras/{id}/move}
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record SimCamera(int id, String name, String status, boolean favorite, boolean attached, int nodeId,
        boolean ptz) {

    /** A camera that is not PTZ. */
    public SimCamera(int id, String name, String status, boolean favorite, boolean attached, int nodeId) {
        this(id, name, status, favorite, attached, nodeId, false);
    }

    public SimCamera withPtz(boolean newPtz) {
        return new SimCamera(id, name, status, favorite, attached, nodeId, newPtz);
    }

    public SimCamera withFavorite(boolean newFavorite) {
        return new SimCamera(id, name, status, newFavorite, attached, nodeId, ptz);
    }

    public SimCamera withAttached(boolean newAttached) {
        return new SimCamera(id, name, status, favorite, newAttached, nodeId, ptz);
    }

    public SimCamera withStatus(String newStatus) {
        return new SimCamera(id, name, newStatus, favorite, attached, nodeId, ptz);
    }
}
