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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.PrototypeServiceFactory;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentConstants;

/**
 * The part of Declarative Services (SCR) that runs the binding's components outside an OSGi framework, from the
 * same component descriptions SCR reads ({@link ComponentDescriptor}), on a {@link LocalBundleContext}:
 * <ul>
 * <li>a component is satisfied when every mandatory reference has a service in the context; an unsatisfied one is
 * not registered (as with SCR) and {@link Component#missingReferences()} says why;</li>
 * <li>a satisfied component with services is registered under them: a singleton one as a service factory that
 * creates and activates the instance on first use and deactivates it when the last user ungets it, a
 * {@code prototype} one as a prototype factory (a new, activated instance per {@code ServiceObjects.getService()});
 * an immediate component without services is created at once;</li>
 * <li>an instance is made with its activation constructor (references and activation objects as arguments) or
 * the public no-argument one, gets its references through its bind methods, then its activate method (named in the
 * description, else {@code activate} if it has one) with any of {@code ComponentContext}, {@code BundleContext} and
 * the component properties ({@code Map}); it loses them through its deactivate method;</li>
 * <li>the component properties are the description's, then the configuration of its PIDs
 * ({@link #configure(String, Map)}, like Configuration Admin), then {@code component.name} and {@code component.id};
 * a later configuration reaches running instances through their modified method.</li>
 * </ul>
 * References are static: bound once, when an instance is made. Field injection and multiple cardinality are not
 * supported; such a component is refused.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LocalComponentRuntime implements AutoCloseable {

    private final LocalBundleContext context;
    private final AtomicLong componentIds = new AtomicLong();
    private final Map<String, Map<String, Object>> configurations = new HashMap<>();
    private final List<Component> components = new CopyOnWriteArrayList<>();

    public LocalComponentRuntime(LocalBundleContext context) {
        this.context = context;
    }

    public LocalBundleContext context() {
        return context;
    }

    /**
     * Enables the component of this class, as SCR does for each component of a starting bundle.
     *
     * @throws IllegalStateException without a description on the class path, or with one this runtime cannot run
     */
    public Component enable(Class<?> implementation) {
        ComponentDescriptor descriptor = ComponentDescriptor.of(implementation);
        for (ComponentDescriptor.Reference reference : descriptor.references()) {
            if (reference.field() != null || reference.multiple()) {
                throw new IllegalStateException(descriptor.name() + ": reference " + reference.name()
                        + " uses field injection or multiple cardinality, which this runtime does not support");
            }
        }
        Component component = new Component(descriptor, implementation, componentIds.incrementAndGet());
        components.add(component);
        component.start();
        return component;
    }

    /**
     * Sets the configuration of a PID, as Configuration Admin does: components enabled later get it; running
     * instances of the components with this PID get it through their modified method.
     *
     * @throws IllegalStateException when a running instance has no modified method (SCR would reactivate it, which
     *             this runtime does not do)
     */
    public void configure(String pid, Map<String, ?> properties) {
        synchronized (configurations) {
            configurations.put(pid, Map.copyOf(properties));
        }
        for (Component component : components) {
            if (component.descriptor.configurationPids().contains(pid)) {
                component.modified();
            }
        }
    }

    /** Deactivates every instance and unregisters every service, newest component first. */
    @Override
    public void close() {
        List<Component> all = new ArrayList<>(components);
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).stop();
        }
        components.clear();
    }

    /** One enabled component: its registration and its live instances. */
    public final class Component {
        private final ComponentDescriptor descriptor;
        private final Class<?> implementation;
        private final long id;
        private final List<ComponentInstance> instances = new CopyOnWriteArrayList<>();
        private volatile List<String> missing = List.of();
        private volatile @Nullable ServiceRegistration<?> registration;

        Component(ComponentDescriptor descriptor, Class<?> implementation, long id) {
            this.descriptor = descriptor;
            this.implementation = implementation;
            this.id = id;
        }

        public ComponentDescriptor descriptor() {
            return descriptor;
        }

        /** The interfaces of the mandatory references without a service; empty when satisfied. */
        public List<String> missingReferences() {
            return missing;
        }

        public boolean isSatisfied() {
            return missing.isEmpty();
        }

        /** The instances made and not yet deactivated. */
        public List<Object> instances() {
            return instances.stream().map(ComponentInstance::object).toList();
        }

        void start() {
            missing = descriptor.references().stream().filter(ComponentDescriptor.Reference::mandatory)
                    .map(ComponentDescriptor.Reference::interfaceName)
                    .filter(name -> context.getServiceReference(name) == null).toList();
            if (!missing.isEmpty()) {
                return;
            }
            if (descriptor.services().isEmpty()) {
                if (descriptor.immediate()) {
                    instances.add(ComponentInstance.activate(this));
                }
                return;
            }
            Object factory = ComponentDescriptor.SCOPE_PROTOTYPE.equals(descriptor.scope()) ? new Prototypes()
                    : new Shared();
            registration = context.registerService(descriptor.services().toArray(String[]::new), factory,
                    new Hashtable<>(properties()));
            if (descriptor.immediate()) {
                ServiceRegistration<?> current = registration;
                if (current != null) {
                    context.getService(current.getReference()); // created at once, kept until the component stops
                }
            }
        }

        void stop() {
            ServiceRegistration<?> current = registration;
            registration = null;
            if (current != null) {
                current.unregister(); // the context gives the shared instance back: it is deactivated
            }
            for (ComponentInstance instance : List.copyOf(instances)) {
                release(instance);
            }
        }

        void modified() {
            for (ComponentInstance instance : instances) {
                instance.modified(properties());
            }
        }

        void release(ComponentInstance instance) {
            if (instances.remove(instance)) {
                instance.deactivate(ComponentConstants.DEACTIVATION_REASON_DISPOSED);
            }
        }

        /** The description's properties, the configuration of its PIDs, then name and id, as SCR merges them. */
        Map<String, Object> properties() {
            Map<String, Object> merged = new LinkedHashMap<>(descriptor.properties());
            synchronized (configurations) {
                for (String pid : descriptor.configurationPids()) {
                    merged.putAll(configurations.getOrDefault(pid, Map.of()));
                }
            }
            merged.put(ComponentConstants.COMPONENT_NAME, descriptor.name());
            merged.put(ComponentConstants.COMPONENT_ID, id);
            return merged;
        }

        Class<?> implementation() {
            return implementation;
        }

        LocalBundleContext context() {
            return context;
        }

        /** A singleton (or bundle-scoped) component: one instance while it is used. */
        private class Shared implements ServiceFactory<Object> {
            @Override
            public Object getService(@Nullable Bundle bundle, ServiceRegistration<Object> registration) {
                ComponentInstance instance = ComponentInstance.activate(Component.this);
                instances.add(instance);
                return instance.object();
            }

            @Override
            public void ungetService(@Nullable Bundle bundle, ServiceRegistration<Object> registration,
                    Object service) {
                instances.stream().filter(i -> i.object() == service).findFirst().ifPresent(Component.this::release);
            }
        }

        /** A prototype component: the same, but the context asks for a new instance per request. */
        private final class Prototypes extends Shared implements PrototypeServiceFactory<Object> {
        }
    }
}
