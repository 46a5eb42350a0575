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
package org.openhab.core.config.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Brings configuration values into the few types openHAB stores: String, Boolean, BigDecimal and lists of these.
 * Not part of the openHAB API (package-private).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ConfigurationNormalizer {

    private ConfigurationNormalizer() {
    }

    static @Nullable Object normalize(@Nullable Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Number) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Collection<?> collection) {
            List<@Nullable Object> normalized = new ArrayList<>(collection.size());
            for (Object element : collection) {
                normalized.add(normalize(element));
            }
            return normalized;
        }
        throw new IllegalArgumentException(
                "Invalid type '" + value.getClass().getCanonicalName() + "' of configuration value!");
    }
}
