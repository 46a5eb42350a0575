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
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.ComponentInstance;

/**
 * The {@link ComponentContext} SCR gives a component instance: its properties and the {@link BundleContext} (a
 * {@link LocalBundleContext}). Looking services up by reference name and enabling other components are SCR
 * features the binding does not use; they are refused.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LocalComponentContext implements ComponentContext {

    private final BundleContext bundleContext;
    private final Map<String, Object> properties;
    private volatile @Nullable Object instance;

    /**
     * @param properties the component properties ({@code component.name}, the configuration, ...)
     */
    public LocalComponentContext(BundleContext bundleContext, Map<String, Object> properties) {
        this.bundleContext = bundleContext;
        this.properties = Map.copyOf(properties);
    }

    void setInstance(Object instance) {
        this.instance = instance;
    }

    /** The component properties, as the {@code Map} SCR passes to lifecycle methods. */
    Map<String, Object> properties() {
        return properties;
    }

    @Override
    public Dictionary<String, Object> getProperties() {
        return new Hashtable<>(properties);
    }

    @Override
    public BundleContext getBundleContext() {
        return bundleContext;
    }

    @Override
    public @Nullable Bundle getUsingBundle() {
        return null;
    }

    @Override
    public <S> S locateService(String name) {
        throw new UnsupportedOperationException("lookup by reference name is not supported here");
    }

    @Override
    public <S> S locateService(String name, ServiceReference<S> reference) {
        throw new UnsupportedOperationException("lookup by reference name is not supported here");
    }

    @Override
    public Object[] locateServices(String name) {
        throw new UnsupportedOperationException("lookup by reference name is not supported here");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S> ComponentInstance<S> getComponentInstance() {
        Object current = instance;
        return new ComponentInstance<S>() {
            @Override
            public void dispose() {
                throw new UnsupportedOperationException("factory components are not supported here");
            }

            @Override
            public S getInstance() {
                return (S) current;
            }
        };
    }

    @Override
    public void enableComponent(@Nullable String name) {
        throw new UnsupportedOperationException("enable components through LocalComponentRuntime");
    }

    @Override
    public void disableComponent(String name) {
        throw new UnsupportedOperationException("disable components through LocalComponentRuntime");
    }

    @Override
    public @Nullable ServiceReference<?> getServiceReference() {
        return null;
    }
}
