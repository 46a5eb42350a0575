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
package org.openhab.core.common.registry;

import java.util.Collection;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in for openHAB's {@code Registry} (supporting type, the supertype of {@code ThingRegistry}): the elements
 * openHAB knows of one kind. The change listener methods are left out (their listener type is not in the stand-in).
 *
 * @param <E> the elements
 * @param <K> their keys
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface Registry<@NonNull E extends Identifiable<K>, @NonNull K> {

    Collection<E> getAll();

    Stream<E> stream();

    @Nullable
    E get(K key);

    E add(E element);

    @Nullable
    E update(E element);

    @Nullable
    E remove(K key);
}
