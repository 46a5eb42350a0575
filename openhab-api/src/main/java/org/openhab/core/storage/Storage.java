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
package org.openhab.core.storage;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in for openHAB's {@code Storage}: a persistent key-value store of one add-on.
 *
 * @param <T> the type of the stored values
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface Storage<T> {

    /**
     * @return the previous value for the key, or {@code null}
     */
    @Nullable
    T put(String key, @Nullable T value);

    /**
     * @return the removed value, or {@code null}
     */
    @Nullable
    T remove(String key);

    boolean containsKey(String key);

    @Nullable
    T get(String key);

    Collection<String> getKeys();

    Collection<@Nullable T> getValues();

    /**
     * @return all entries of this storage
     */
    default Stream<Map.Entry<String, @Nullable T>> stream() {
        return getKeys().stream().map(key -> new AbstractMap.SimpleImmutableEntry<>(key, get(key)));
    }
}
