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
package org.openhab.binding.vms.internal.faults;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;

/**
 * openHAB's storage for the bridge's session token, kept in memory: one map behind every storage name.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class InMemoryStorageService implements StorageService {

    private final Map<String, Object> values = new ConcurrentHashMap<>();

    Map<String, Object> values() {
        return values;
    }

    @Override
    public <T> Storage<T> getStorage(String name) {
        return new MapStorage<>();
    }

    @Override
    public <T> Storage<T> getStorage(String name, @Nullable ClassLoader classLoader) {
        return new MapStorage<>();
    }

    private final class MapStorage<T> implements Storage<T> {

        @Override
        @SuppressWarnings("unchecked")
        public @Nullable T put(String key, @Nullable T value) {
            return (T) (value == null ? values.remove(key) : values.put(key, value));
        }

        @Override
        @SuppressWarnings("unchecked")
        public @Nullable T remove(String key) {
            return (T) values.remove(key);
        }

        @Override
        public boolean containsKey(String key) {
            return values.containsKey(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        public @Nullable T get(String key) {
            return (T) values.get(key);
        }

        @Override
        public Collection<String> getKeys() {
            return List.copyOf(values.keySet());
        }

        @Override
        @SuppressWarnings("unchecked")
        public Collection<@Nullable T> getValues() {
            return (Collection<@Nullable T>) List.copyOf(values.values());
        }
    }
}
