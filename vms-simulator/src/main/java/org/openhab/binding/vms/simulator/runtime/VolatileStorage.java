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

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.storage.Storage;

/**
 * One storage of {@link VolatileStorageService}, in memory. Storing {@code null} removes the key, as openHAB's JSON
 * storage (the one a real installation uses) does.
 *
 * @param <T> the type of the stored values
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VolatileStorage<T> implements Storage<T> {

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
        return values.keySet();
    }

    @Override
    public Collection<@Nullable T> getValues() {
        return values.values();
    }
}
