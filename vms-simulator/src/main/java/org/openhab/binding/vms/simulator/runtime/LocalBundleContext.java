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

import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.PrototypeServiceFactory;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * The service registry of an OSGi framework, for runtimes and tests that run the binding without one (the main
 * job, the binding's tests): what openHAB's {@code BaseThingHandlerFactory}, a {@code ServiceTracker} and the
 * {@link LocalComponentRuntime} need of a {@link BundleContext}. All users share this one context, as if they were
 * one bundle.
 * <p>
 * As in a framework: services are registered under class names with properties ({@code objectClass},
 * {@code service.id}, {@code service.scope}, optional {@code service.ranking}); {@code ServiceFactory} and
 * {@code PrototypeServiceFactory} registrations hand out one shared instance through {@link #getService} (released
 * when the last user ungets it) and a new one per {@link ServiceObjects#getService()} for prototypes; service
 * listeners get {@code REGISTERED}/{@code MODIFIED}/{@code UNREGISTERING} events on the registering thread, filtered
 * with OSGi filters; the lookups return {@code null} (arrays) or empty collections when nothing matches.
 * <p>
 * Bundles do not exist here: {@link #getBundle()} and the bundle lookups give {@code null}/none, bundle and
 * framework listeners are accepted and never called, and installing a bundle is refused.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LocalBundleContext implements BundleContext {

    private record Listener(ServiceListener listener, @Nullable Filter filter) {
    }

    /** The shared instance of a factory-made service and how many times it was got. */
    private record Usage(Object service, int count) {
    }

    private final AtomicLong ids = new AtomicLong();
    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private final List<LocalServiceReference<?>> services = new ArrayList<>();
    /** Guarded by {@link #lock}. */
    private final Map<LocalServiceReference<?>, Usage> usages = new HashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, String> properties;

    public LocalBundleContext() {
        this(Map.of());
    }

    /** @param properties what {@link #getProperty(String)} answers (a framework's launch properties) */
    public LocalBundleContext(Map<String, String> properties) {
        this.properties = Map.copyOf(properties);
    }

    // ---------------------------------------------------------------- registering

    @Override
    public ServiceRegistration<?> registerService(String[] classNames, Object service,
            @Nullable Dictionary<String, ?> serviceProperties) {
        if (classNames.length == 0) {
            throw new IllegalArgumentException("a service needs at least one class name");
        }
        Map<String, Object> props = toMap(serviceProperties);
        long id = ids.incrementAndGet();
        props.put(Constants.OBJECTCLASS, classNames.clone());
        props.put(Constants.SERVICE_ID, id);
        props.put(Constants.SERVICE_SCOPE, service instanceof PrototypeServiceFactory ? Constants.SCOPE_PROTOTYPE
                : service instanceof ServiceFactory ? Constants.SCOPE_BUNDLE : Constants.SCOPE_SINGLETON);
        LocalServiceReference<Object> reference = new LocalServiceReference<>(id, service, props);
        synchronized (lock) {
            services.add(reference);
        }
        fire(ServiceEvent.REGISTERED, reference);
        return new Registration<>(reference);
    }

    @Override
    public ServiceRegistration<?> registerService(String className, Object service,
            @Nullable Dictionary<String, ?> serviceProperties) {
        return registerService(new String[] { className }, service, serviceProperties);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S> ServiceRegistration<S> registerService(Class<S> type, S service,
            @Nullable Dictionary<String, ?> serviceProperties) {
        return (ServiceRegistration<S>) registerService(type.getName(), service, serviceProperties);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S> ServiceRegistration<S> registerService(Class<S> type, ServiceFactory<S> factory,
            @Nullable Dictionary<String, ?> serviceProperties) {
        return (ServiceRegistration<S>) registerService(type.getName(), factory, serviceProperties);
    }

    private static Map<String, Object> toMap(@Nullable Dictionary<String, ?> dictionary) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (dictionary != null) {
            for (Enumeration<String> keys = dictionary.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                map.put(key, dictionary.get(key));
            }
        }
        return map;
    }

    private final class Registration<S> implements ServiceRegistration<S> {
        private final LocalServiceReference<S> reference;

        Registration(LocalServiceReference<S> reference) {
            this.reference = reference;
        }

        @Override
        public ServiceReference<S> getReference() {
            if (!reference.isRegistered()) {
                throw new IllegalStateException("the service is unregistered");
            }
            return reference;
        }

        @Override
        public void setProperties(@Nullable Dictionary<String, ?> newProperties) {
            Map<String, Object> props = toMap(newProperties);
            // the framework's own properties cannot be changed
            for (String key : new String[] { Constants.OBJECTCLASS, Constants.SERVICE_ID, Constants.SERVICE_SCOPE }) {
                props.put(key, reference.getProperty(key));
            }
            reference.setProperties(props);
            fire(ServiceEvent.MODIFIED, reference);
        }

        @Override
        public void unregister() {
            unregisterService(reference);
        }
    }

    private void unregisterService(LocalServiceReference<?> reference) {
        synchronized (lock) {
            if (!reference.isRegistered()) {
                throw new IllegalStateException("the service is already unregistered");
            }
        }
        fire(ServiceEvent.UNREGISTERING, reference);
        Usage usage;
        synchronized (lock) {
            services.remove(reference);
            reference.unregistered();
            usage = usages.remove(reference);
        }
        if (usage != null) {
            release(reference, usage.service());
        }
    }

    // ---------------------------------------------------------------- finding

    @Override
    public ServiceReference<?> @Nullable [] getServiceReferences(@Nullable String className, @Nullable String filter)
            throws InvalidSyntaxException {
        List<LocalServiceReference<?>> found = find(className, filter);
        return found.isEmpty() ? null : found.toArray(ServiceReference<?>[]::new);
    }

    @Override
    public ServiceReference<?> @Nullable [] getAllServiceReferences(@Nullable String className,
            @Nullable String filter) throws InvalidSyntaxException {
        return getServiceReferences(className, filter);
    }

    @Override
    public @Nullable ServiceReference<?> getServiceReference(String className) {
        try {
            return find(className, null).stream().max(LocalServiceReference::compareTo).orElse(null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter, nothing to parse
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S> @Nullable ServiceReference<S> getServiceReference(Class<S> type) {
        return (ServiceReference<S>) getServiceReference(type.getName());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S> Collection<ServiceReference<S>> getServiceReferences(Class<S> type, @Nullable String filter)
            throws InvalidSyntaxException {
        List<ServiceReference<S>> found = new ArrayList<>();
        for (LocalServiceReference<?> reference : find(type.getName(), filter)) {
            found.add((ServiceReference<S>) reference);
        }
        return found;
    }

    private List<LocalServiceReference<?>> find(@Nullable String className, @Nullable String filter)
            throws InvalidSyntaxException {
        Filter parsed = filter == null ? null : createFilter(filter);
        List<LocalServiceReference<?>> found = new ArrayList<>();
        synchronized (lock) {
            for (LocalServiceReference<?> reference : services) {
                if ((className == null || List.of(reference.objectClass()).contains(className))
                        && (parsed == null || parsed.match(reference))) {
                    found.add(reference);
                }
            }
        }
        return found;
    }

    /** Every registered service, oldest first, for tests and diagnostics. */
    public List<ServiceReference<?>> serviceReferences() {
        synchronized (lock) {
            return List.copyOf(services);
        }
    }

    // ---------------------------------------------------------------- using

    @Override
    @SuppressWarnings("unchecked")
    public <S> @Nullable S getService(ServiceReference<S> reference) {
        LocalServiceReference<S> local = (LocalServiceReference<S>) reference;
        Object registered = local.service();
        if (!(registered instanceof ServiceFactory<?>)) {
            return local.isRegistered() ? (S) registered : null;
        }
        synchronized (lock) {
            if (!local.isRegistered()) {
                return null;
            }
            Usage usage = usages.get(local);
            if (usage != null) {
                usages.put(local, new Usage(usage.service(), usage.count() + 1));
                return (S) usage.service();
            }
            // made under the lock: a second user must get the same instance (the factory must not call back here)
            S made = ((ServiceFactory<S>) registered).getService(null, new Registration<>(local));
            if (made != null) {
                usages.put(local, new Usage(made, 1));
            }
            return made;
        }
    }

    @Override
    public boolean ungetService(ServiceReference<?> reference) {
        LocalServiceReference<?> local = (LocalServiceReference<?>) reference;
        Usage released;
        synchronized (lock) {
            Usage usage = usages.get(local);
            if (usage == null) {
                return false;
            }
            if (usage.count() > 1) {
                usages.put(local, new Usage(usage.service(), usage.count() - 1));
                return true;
            }
            usages.remove(local);
            released = usage;
        }
        release(local, released.service());
        return true;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void release(LocalServiceReference<?> reference, Object service) {
        if (reference.service() instanceof ServiceFactory factory) {
            factory.ungetService(null, new Registration<>(reference), service);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S> @Nullable ServiceObjects<S> getServiceObjects(ServiceReference<S> reference) {
        LocalServiceReference<S> local = (LocalServiceReference<S>) reference;
        return local.isRegistered() ? new LocalServiceObjects<>(this, local) : null;
    }

    /** A new instance of a prototype service, for {@link LocalServiceObjects}. */
    @SuppressWarnings("unchecked")
    <S> @Nullable S newPrototypeInstance(LocalServiceReference<S> reference) {
        if (!reference.isRegistered()) {
            return null;
        }
        return ((PrototypeServiceFactory<S>) reference.service()).getService(null, new Registration<>(reference));
    }

    @SuppressWarnings("unchecked")
    <S> void releasePrototypeInstance(LocalServiceReference<S> reference, S instance) {
        ((PrototypeServiceFactory<S>) reference.service()).ungetService(null, new Registration<>(reference),
                instance);
    }

    // ---------------------------------------------------------------- listening

    @Override
    public void addServiceListener(ServiceListener listener, @Nullable String filter) throws InvalidSyntaxException {
        removeServiceListener(listener);
        listeners.add(new Listener(listener, filter == null ? null : createFilter(filter)));
    }

    @Override
    public void addServiceListener(ServiceListener listener) {
        removeServiceListener(listener);
        listeners.add(new Listener(listener, null));
    }

    @Override
    public void removeServiceListener(ServiceListener listener) {
        listeners.removeIf(entry -> entry.listener() == listener);
    }

    private void fire(int type, LocalServiceReference<?> reference) {
        ServiceEvent event = new ServiceEvent(type, reference);
        for (Listener entry : listeners) {
            Filter filter = entry.filter();
            if (filter == null || filter.match(reference)) {
                entry.listener().serviceChanged(event);
            }
        }
    }

    @Override
    public Filter createFilter(String filter) throws InvalidSyntaxException {
        return FrameworkUtil.createFilter(filter);
    }

    // ---------------------------------------------------------------- no bundles here

    @Override
    public @Nullable String getProperty(String key) {
        return properties.get(key);
    }

    @Override
    public @Nullable Bundle getBundle() {
        return null;
    }

    @Override
    public Bundle installBundle(String location, @Nullable InputStream input) {
        throw new UnsupportedOperationException("no bundles outside an OSGi framework");
    }

    @Override
    public Bundle installBundle(String location) {
        throw new UnsupportedOperationException("no bundles outside an OSGi framework");
    }

    @Override
    public @Nullable Bundle getBundle(long id) {
        return null;
    }

    @Override
    public Bundle[] getBundles() {
        return new Bundle[0];
    }

    @Override
    public @Nullable Bundle getBundle(String location) {
        return null;
    }

    @Override
    public void addBundleListener(BundleListener listener) {
        // no bundle ever changes here
    }

    @Override
    public void removeBundleListener(BundleListener listener) {
    }

    @Override
    public void addFrameworkListener(FrameworkListener listener) {
        // the framework never changes here
    }

    @Override
    public void removeFrameworkListener(FrameworkListener listener) {
    }

    @Override
    public @Nullable File getDataFile(String filename) {
        return null; // allowed: "no file system support"
    }
}
