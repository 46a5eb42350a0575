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
package org.openhab.binding.vms.cli.binding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;

/**
 * openHAB's storage for a headless run, in memory only: the binding keeps its access token there, and the main job
 * writes no token to disk.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class InMemoryStorageService implements StorageService {

    private final Map<String, MemoryStorage<?>> storages = new ConcurrentHashMap<>();

    @Override
    public <T> Storage<T> getStorage(String name) {
        return getStorage(name, null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Storage<T> getStorage(String name, @Nullable ClassLoader classLoader) {
        return (Storage<T>) storages.computeIfAbsent(name, n -> new MemoryStorage<T>());
    }

    /** Names of the storages handed out so far. */
    public Set<String> names() {
        return Set.copyOf(storages.keySet());
    }

    private static class MemoryStorage<T> implements Storage<T> {
        // ConcurrentHashMap refuses nulls; a null value removes the key as openHAB's JSON storage does
        private final Map<String, T> values = new ConcurrentHashMap<>();

        @Override
        public @Nullable T put(String key, @Nullable T value) {
            return value == null ? values.remove(key) : values.put(key, value);
        }

        @Override
        public @Nullable T remove(String key) {
            return values.remove(key);
        }

        @Override
        public boolean containsKey(String key) {
            return values.containsKey(key);
        }

        @Override
        public @Nullable T get(String key) {
            return values.get(key);
        }

        @Override
        public Collection<String> getKeys() {
            return Set.copyOf(values.keySet());
        }

        @Override
        public Collection<@Nullable T> getValues() {
            return new ArrayList<>(values.values());
        }
    }
}
