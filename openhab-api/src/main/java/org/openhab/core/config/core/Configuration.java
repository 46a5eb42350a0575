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

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in for openHAB's {@code Configuration}: a map of configuration parameters. As in openHAB, values are
 * normalised when stored (every {@link Number} becomes a {@link java.math.BigDecimal}; Strings and Booleans are kept;
 * collections are normalised element by element; any other type is rejected), and {@link #as(Class)} maps the
 * parameters onto the fields of a configuration class (see {@link ConfigParser}).
 *
 * @author VMS binding contributors - Initial contribution
 */
public class Configuration {

    private final Map<String, Object> properties;

    public Configuration() {
        this((Map<String, Object>) null);
    }

    /**
     * @param configuration a configuration to copy (may be {@code null})
     */
    public Configuration(@Nullable Configuration configuration) {
        this(configuration == null ? null : configuration.getProperties());
    }

    /**
     * @param properties the parameters (may be {@code null}); they are copied and normalised
     * @throws IllegalArgumentException if a value has a type a configuration cannot hold
     */
    public Configuration(@Nullable Map<String, Object> properties) {
        this.properties = new HashMap<>();
        if (properties != null) {
            properties.forEach((key, value) -> this.properties.put(key, ConfigurationNormalizer.normalize(value)));
        }
    }

    /**
     * @param configurationClass a class with a public no-argument constructor
     * @return a new instance whose fields are set from the parameters of the same name
     * @throws IllegalStateException if the class cannot be instantiated
     */
    public <T> T as(Class<T> configurationClass) {
        synchronized (this) {
            return ConfigParser.map(properties, configurationClass);
        }
    }

    public boolean containsKey(String key) {
        synchronized (this) {
            return properties.containsKey(key);
        }
    }

    public Object get(String key) {
        synchronized (this) {
            return properties.get(key);
        }
    }

    /**
     * @throws IllegalArgumentException if the value has a type a configuration cannot hold
     */
    public Object put(String key, @Nullable Object value) {
        synchronized (this) {
            return properties.put(key, ConfigurationNormalizer.normalize(value));
        }
    }

    public Object remove(String key) {
        synchronized (this) {
            return properties.remove(key);
        }
    }

    public Set<String> keySet() {
        synchronized (this) {
            return Set.copyOf(properties.keySet());
        }
    }

    public Collection<Object> values() {
        synchronized (this) {
            return java.util.Collections.unmodifiableCollection(new java.util.ArrayList<>(properties.values()));
        }
    }

    /**
     * @return an unmodifiable copy of the parameters
     */
    public Map<String, Object> getProperties() {
        synchronized (this) {
            return java.util.Collections.unmodifiableMap(new HashMap<>(properties));
        }
    }

    /**
     * Replaces all parameters.
     *
     * @throws IllegalArgumentException if a value has a type a configuration cannot hold
     */
    public void setProperties(Map<String, Object> properties) {
        Map<String, Object> normalized = new HashMap<>();
        properties.forEach((key, value) -> normalized.put(key, ConfigurationNormalizer.normalize(value)));
        synchronized (this) {
            this.properties.clear();
            this.properties.putAll(normalized);
        }
    }

    @Override
    public int hashCode() {
        synchronized (this) {
            return properties.hashCode();
        }
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Configuration other)) {
            return false;
        }
        return getProperties().equals(other.getProperties());
    }

    @Override
    public String toString() {
        return "Configuration[" + getProperties() + "]";
    }
}
