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
package org.openhab.binding.vms.simulator.runtime;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;

/**
 * openHAB's storage service kept in memory, shaped like the {@code VolatileStorageService} of openHAB's test bundle:
 * one {@link VolatileStorage} per name, made on first use and kept; the class loader is not needed. For the main job
 * (which must write no token to disk), the benchmarks and the tests; they read what a binding stored through
 * {@link #getStorage(String)}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VolatileStorageService implements StorageService {

    private final Map<String, VolatileStorage<?>> storages = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> Storage<T> getStorage(String name) {
        return (Storage<T>) storages.computeIfAbsent(name, unused -> new VolatileStorage<T>());
    }

    @Override
    public <T> Storage<T> getStorage(String name, @Nullable ClassLoader classLoader) {
        return getStorage(name);
    }

    /** The names of the storages made so far, for measuring what a binding keeps (the soak benchmark). */
    public Set<String> storageNames() {
        return Set.copyOf(storages.keySet());
    }
}
