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
package org.openhab.binding.vms.cli.account;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.connection.VmsTokenStore;

/**
 * Where the account connection of protocol mode keeps its access token: in memory, for the length of the run. The
 * main job writes no secret to disk.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class MemoryTokenStore implements VmsTokenStore {

    private volatile @Nullable String token;

    @Override
    public @Nullable String load() {
        return token;
    }

    @Override
    public void store(String newToken) {
        token = newToken;
    }

    @Override
    public void clear() {
        token = null;
    }
}
