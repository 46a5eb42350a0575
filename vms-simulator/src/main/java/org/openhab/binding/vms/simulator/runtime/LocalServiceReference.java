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

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * A service registered in a {@link LocalBundleContext}: its properties (with {@code objectClass},
 * {@code service.id} and {@code service.scope} as the framework sets them) and what was registered, an object or a
 * {@code ServiceFactory}. There are no bundles outside a framework: {@link #getBundle()} is {@code null}.
 *
 * @param <S> the service type
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class LocalServiceReference<S> implements ServiceReference<S> {

    private final long id;
    private final Object service;
    private volatile Map<String, Object> properties;
    private volatile boolean registered = true;

    LocalServiceReference(long id, Object service, Map<String, Object> properties) {
        this.id = id;
        this.service = service;
        this.properties = Map.copyOf(properties);
    }

    long id() {
        return id;
    }

    /** The registered object: the service itself or its {@code ServiceFactory}. */
    Object service() {
        return service;
    }

    boolean isRegistered() {
        return registered;
    }

    void unregistered() {
        registered = false;
    }

    void setProperties(Map<String, Object> newProperties) {
        properties = Map.copyOf(newProperties);
    }

    String[] objectClass() {
        return (String[]) properties.get(Constants.OBJECTCLASS);
    }

    private int ranking() {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }

    @Override
    public @Nullable Object getProperty(@Nullable String key) {
        if (key == null) {
            return null;
        }
        Object value = properties.get(key);
        if (value != null) {
            return value instanceof String[] array ? array.clone() : value;
        }
        // property keys are case-insensitive in OSGi
        return properties.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    @Override
    public String[] getPropertyKeys() {
        return properties.keySet().toArray(String[]::new);
    }

    @Override
    public Dictionary<String, Object> getProperties() {
        return new Hashtable<>(properties);
    }

    @Override
    public @Nullable Bundle getBundle() {
        return null;
    }

    @Override
    public Bundle @Nullable [] getUsingBundles() {
        return null;
    }

    @Override
    public boolean isAssignableTo(@Nullable Bundle bundle, @Nullable String className) {
        return true; // one class space
    }

    /** OSGi's order: a higher ranking is greater; at equal ranking the older service (lower id) is greater. */
    @Override
    public int compareTo(@Nullable Object other) {
        LocalServiceReference<?> that = (LocalServiceReference<?>) other;
        if (that == null) {
            throw new NullPointerException();
        }
        if (id == that.id) {
            return 0;
        }
        int byRanking = Integer.compare(ranking(), that.ranking());
        return byRanking != 0 ? byRanking : Long.compare(that.id, id);
    }

    @Override
    public <A> @Nullable A adapt(@Nullable Class<A> type) {
        return null;
    }

    @Override
    public String toString() {
        return "LocalServiceReference[" + id + " " + String.join(",", objectClass()) + "]";
    }
}
