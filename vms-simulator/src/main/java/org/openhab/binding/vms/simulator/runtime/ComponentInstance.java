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

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;

/**
 * One activated instance of a component, made as SCR makes it (see {@link LocalComponentRuntime}): constructor,
 * bind methods, activate method; and later its modified and deactivate methods. The lifecycle methods may be
 * inherited and need not be public, as with SCR. A failing constructor or lifecycle method is thrown as an
 * {@link IllegalStateException} (SCR logs it and hands out no instance).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ComponentInstance {

    private final ComponentDescriptor descriptor;
    private final LocalBundleContext context;
    private final Object object;
    private final LocalComponentContext componentContext;
    /** The services got for the references, given back on deactivation. */
    private final List<ServiceReference<?>> used;

    private ComponentInstance(ComponentDescriptor descriptor, LocalBundleContext context, Object object,
            LocalComponentContext componentContext, List<ServiceReference<?>> used) {
        this.descriptor = descriptor;
        this.context = context;
        this.object = object;
        this.componentContext = componentContext;
        this.used = used;
    }

    Object object() {
        return object;
    }

    static ComponentInstance activate(LocalComponentRuntime.Component component) {
        ComponentDescriptor descriptor = component.descriptor();
        LocalBundleContext context = component.context();
        Map<String, Object> properties = Collections.unmodifiableMap(component.properties());
        LocalComponentContext componentContext = new LocalComponentContext(context, properties);
        List<ServiceReference<?>> used = new ArrayList<>();
        try {
            Object object = construct(component.implementation(), descriptor, context, componentContext, used);
            componentContext.setInstance(object);
            for (ComponentDescriptor.Reference reference : descriptor.references()) {
                String bind = reference.bind();
                if (bind != null && reference.parameter() == null) {
                    Object service = service(descriptor, context, reference, used);
                    if (service != null) {
                        invoke(object, bindMethod(object.getClass(), bind, service), service);
                    }
                }
            }
            ComponentInstance instance = new ComponentInstance(descriptor, context, object, componentContext, used);
            instance.callLifecycle(descriptor.activate(), "activate", properties, 0);
            return instance;
        } catch (RuntimeException e) {
            used.forEach(context::ungetService);
            throw e;
        }
    }

    void modified(Map<String, Object> properties) {
        String name = descriptor.modified();
        if (name == null) {
            throw new IllegalStateException(descriptor.name() + " has no modified method; SCR would reactivate it,"
                    + " which this runtime does not do");
        }
        callLifecycle(name, name, Collections.unmodifiableMap(properties), 0);
    }

    void deactivate(int reason) {
        try {
            callLifecycle(descriptor.deactivate(), "deactivate", componentContext.properties(), reason);
        } finally {
            for (ServiceReference<?> reference : used) {
                context.ungetService(reference);
            }
        }
    }

    /** The service of a reference (got from the context and added to {@code used}); null for a missing optional. */
    private static @Nullable Object service(ComponentDescriptor descriptor, LocalBundleContext context,
            ComponentDescriptor.Reference reference, List<ServiceReference<?>> used) {
        ServiceReference<?> found = context.getServiceReference(reference.interfaceName());
        Object service = found == null ? null : context.getService(found);
        if (service == null) {
            if (reference.mandatory()) {
                throw new IllegalStateException(descriptor.name() + ": no " + reference.interfaceName()
                        + " service for the mandatory reference " + reference.name());
            }
            return null;
        }
        used.add(found);
        return service;
    }

    private static Object construct(Class<?> type, ComponentDescriptor descriptor, LocalBundleContext context,
            LocalComponentContext componentContext, List<ServiceReference<?>> used) {
        int count = descriptor.constructorParameters();
        Constructor<?> constructor = null;
        for (Constructor<?> candidate : type.getConstructors()) {
            if (candidate.getParameterCount() == count) {
                constructor = candidate;
            }
        }
        if (constructor == null) {
            throw new IllegalStateException(descriptor.name() + " has no public constructor with " + count
                    + " parameters");
        }
        @Nullable
        Object[] values = new Object[count];
        Class<?>[] parameterTypes = constructor.getParameterTypes();
        for (int i = 0; i < count; i++) {
            int index = i;
            ComponentDescriptor.Reference reference = descriptor.references().stream()
                    .filter(r -> Integer.valueOf(index).equals(r.parameter())).findFirst().orElse(null);
            values[i] = reference != null ? service(descriptor, context, reference, used)
                    : activationObject(parameterTypes[i], componentContext, 0);
        }
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(descriptor.name() + ": the constructor failed: " + e.getCause(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(descriptor.name() + " cannot be constructed: " + e, e);
        }
    }

    /**
     * Calls the named lifecycle method; a missing method is an error only when the description names it (SCR's
     * defaults {@code activate}/{@code deactivate} are optional).
     */
    private void callLifecycle(@Nullable String named, String defaultName, Map<String, Object> properties,
            int reason) {
        String name = named != null ? named : defaultName;
        Method method = lifecycleMethod(object.getClass(), name);
        if (method == null) {
            if (named != null) {
                throw new IllegalStateException(descriptor.name() + " has no usable method " + name);
            }
            return;
        }
        LocalComponentContext current = new LocalComponentContext(context, properties);
        current.setInstance(object);
        Class<?>[] types = method.getParameterTypes();
        @Nullable
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = activationObject(types[i], current, reason);
        }
        invoke(object, method, values);
    }

    private static @Nullable Object activationObject(Class<?> type, LocalComponentContext componentContext,
            int reason) {
        if (type == ComponentContext.class) {
            return componentContext;
        } else if (type == BundleContext.class) {
            return componentContext.getBundleContext();
        } else if (type == Map.class) {
            return componentContext.properties();
        } else if (type == int.class || type == Integer.class) {
            return reason;
        }
        throw new IllegalStateException("cannot pass a " + type.getName() + " to a component");
    }

    private static boolean isActivationObject(Class<?> type) {
        return type == ComponentContext.class || type == BundleContext.class || type == Map.class
                || type == int.class || type == Integer.class;
    }

    /** The most derived method of that name whose parameters are all activation objects (most parameters first). */
    private static @Nullable Method lifecycleMethod(Class<?> type, String name) {
        for (Class<?> current = type; current != null && current != Object.class; current = current
                .getSuperclass()) {
            Method best = null;
            for (Method method : current.getDeclaredMethods()) {
                if (method.getName().equals(name) && !method.isBridge() && !Modifier.isStatic(method.getModifiers())
                        && List.of(method.getParameterTypes()).stream().allMatch(ComponentInstance::isActivationObject)
                        && (best == null || method.getParameterCount() > best.getParameterCount())) {
                    best = method;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static Method bindMethod(Class<?> type, String name, Object service) {
        for (Class<?> current = type; current != null && current != Object.class; current = current
                .getSuperclass()) {
            for (Method method : current.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(service)) {
                    return method;
                }
            }
        }
        throw new IllegalStateException(type.getName() + " has no bind method " + name + " taking "
                + service.getClass().getName());
    }

    private static void invoke(Object target, Method method, @Nullable Object... arguments) {
        try {
            method.setAccessible(true);
            method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(target.getClass().getName() + "." + method.getName() + " failed: "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot call " + target.getClass().getName() + "." + method.getName()
                    + ": " + e, e);
        }
    }
}
