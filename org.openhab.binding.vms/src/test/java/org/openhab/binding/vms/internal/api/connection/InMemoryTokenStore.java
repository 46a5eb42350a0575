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

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The token store the bridge handler backs with openHAB's storage, in memory.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class InMemoryTokenStore implements VmsTokenStore {

    private volatile @Nullable String token;
    final AtomicInteger stores = new AtomicInteger();
    final AtomicInteger clears = new AtomicInteger();

    InMemoryTokenStore() {
    }

    InMemoryTokenStore(@Nullable String token) {
        this.token = token;
    }

    @Override
    public @Nullable String load() {
        return token;
    }

    @Override
    public void store(String newToken) {
        stores.incrementAndGet();
        token = newToken;
    }

    @Override
    public void clear() {
        clears.incrementAndGet();
        token = null;
    }
}
