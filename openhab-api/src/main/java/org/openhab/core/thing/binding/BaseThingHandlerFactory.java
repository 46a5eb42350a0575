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
package org.openhab.core.thing.binding;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentContext;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for openHAB's {@code BaseThingHandlerFactory}. As in openHAB 4.3 and 5.x:
 * <ul>
 * <li>{@link #activate(ComponentContext)} (called by SCR) keeps the component's {@link BundleContext} and opens
 * trackers for the thing type and config description registries;</li>
 * <li>{@link #registerHandler(Thing)} asks {@link #createHandler(Thing)} for the handler, checks it, and starts each
 * {@link ThingHandler#getServices() service of the handler}: the instance is taken from the OSGi service of that
 * class if there is one (a {@code PROTOTYPE} DS component: a new, activated instance per handler), else made with
 * the public no-argument constructor; it gets the handler, is registered through the bundle context under its
 * interfaces other than {@link ThingHandlerService} (e.g. {@code DiscoveryService}), and is initialised;</li>
 * <li>a factory that was never activated has no bundle context, so registering a handler that has services throws
 * a {@link NullPointerException};</li>
 * <li>{@link #unregisterHandler(Thing)} calls {@link #removeHandler(ThingHandler)}, then disposes the services,
 * unregisters them and gives prototype instances back.</li>
 * </ul>
 * Difference to openHAB (see README): {@link #createThing} returns {@code null}, the stand-in has no thing type
 * registry to build a Thing from.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseThingHandlerFactory implements ThingHandlerFactory {

    /** What openHAB's registries are called; the stand-in tracks them by name, it does not have the types. */
    private static final String THING_TYPE_REGISTRY = "org.openhab.core.thing.type.ThingTypeRegistry";
    private static final String CONFIG_DESCRIPTION_REGISTRY = "org.openhab.core.config.core.ConfigDescriptionRegistry";

    protected @NonNullByDefault({}) BundleContext bundleContext;

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandlerFactory.class);
    private final Map<ThingUID, Set<RegisteredService<?>>> thingHandlerServices = new ConcurrentHashMap<>();
    private @Nullable ServiceTracker<Object, Object> thingTypeRegistryTracker;
    private @Nullable ServiceTracker<Object, Object> configDescriptionRegistryTracker;

    public BaseThingHandlerFactory() {
        // created by Declarative Services
    }

    protected void activate(ComponentContext componentContext) {
        bundleContext = componentContext.getBundleContext();
        thingTypeRegistryTracker = openTracker(THING_TYPE_REGISTRY);
        configDescriptionRegistryTracker = openTracker(CONFIG_DESCRIPTION_REGISTRY);
    }

    private ServiceTracker<Object, Object> openTracker(String serviceName) {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(bundleContext, serviceName, null);
        tracker.open();
        return tracker;
    }

    /**
     * Forgets the started handler services without disposing them (as openHAB does: the thing manager has
     * unregistered every handler before), closes the trackers and drops the bundle context.
     */
    protected void deactivate(ComponentContext componentContext) {
        closeTracker(thingTypeRegistryTracker);
        closeTracker(configDescriptionRegistryTracker);
        thingHandlerServices.clear();
        bundleContext = null;
    }

    private static void closeTracker(@Nullable ServiceTracker<Object, Object> tracker) {
        if (tracker != null) {
            tracker.close();
        }
    }

    /**
     * @return the bundle context given to {@link #activate(ComponentContext)}
     * @throws IllegalStateException if the factory is not active
     */
    protected BundleContext getBundleContext() {
        BundleContext bundleContext = this.bundleContext;
        if (bundleContext != null) {
            return bundleContext;
        }
        throw new IllegalStateException(
                "The bundle context is missing (it seems your thing handler factory is used but not active).");
    }

    /**
     * @throws IllegalStateException if {@link #createHandler(Thing)} returns {@code null}, or a handler for a bridge
     *             is no {@link BridgeHandler}
     * @throws NullPointerException if the factory was never activated and the handler has services
     */
    @Override
    public ThingHandler registerHandler(Thing thing) {
        ThingHandler thingHandler = createHandler(thing);
        if (thingHandler == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " could not create a handler for the thing '"
                    + thing.getUID() + "'.");
        }
        if (thing instanceof Bridge && !(thingHandler instanceof BridgeHandler)) {
            throw new IllegalStateException(
                    "Created handler of bridge '" + thing.getUID() + "' must implement the BridgeHandler interface.");
        }
        registerServices(thing, thingHandler);
        return thingHandler;
    }

    private void registerServices(Thing thing, ThingHandler thingHandler) {
        for (Class<? extends ThingHandlerService> type : thingHandler.getServices()) {
            // the collection's element type is not checked at run time
            if (!ThingHandlerService.class.isAssignableFrom(type)) {
                logger.warn("Should register service={} for thingUID={}, but it does not implement the interface "
                        + "ThingHandlerService.", type.getCanonicalName(), thing.getUID());
                continue;
            }
            registerThingHandlerService(thing.getUID(), thingHandler, type);
        }
    }

    /*
     * openHAB also refuses a class whose @Component is not PROTOTYPE-scoped or names other services; that check
     * reads the annotation at run time, where its CLASS retention hides it, so it never applies and is left out.
     */
    private <T extends ThingHandlerService> void registerThingHandlerService(ThingUID thingUID,
            ThingHandler thingHandler, Class<T> type) {
        RegisteredService<T> service;
        // without activate() there is no bundle context: a NullPointerException, as in openHAB
        ServiceReference<T> reference = bundleContext.getServiceReference(type);
        if (reference != null) {
            ServiceObjects<T> objects = bundleContext.getServiceObjects(reference);
            service = new RegisteredService<>(objects.getService(), objects);
        } else {
            try {
                service = new RegisteredService<>(type.getConstructor().newInstance(), null);
            } catch (NoSuchMethodException | SecurityException | InstantiationException | IllegalAccessException
                    | InvocationTargetException e) {
                logger.warn("Could not register service for class={}", type.getCanonicalName(), e);
                return;
            }
        }
        String[] serviceNames = interfacesOf(type).stream().map(Class::getCanonicalName)
                .filter(name -> name != null && !name.equals(ThingHandlerService.class.getCanonicalName()))
                .toArray(String[]::new);
        service.initialize(thingHandler, serviceNames);
        thingHandlerServices.computeIfAbsent(thingUID, uid -> ConcurrentHashMap.newKeySet()).add(service);
    }

    /** The interfaces the class and its superclasses declare directly (not the interfaces' own supertypes). */
    private static Set<Class<?>> interfacesOf(Class<?> type) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            interfaces.addAll(Arrays.asList(current.getInterfaces()));
        }
        return interfaces;
    }

    /**
     * @param thing the thing to create a handler for
     * @return the handler, or {@code null} if this factory cannot handle the thing
     */
    protected abstract @Nullable ThingHandler createHandler(Thing thing);

    @Override
    public void unregisterHandler(Thing thing) {
        ThingHandler thingHandler = thing.getHandler();
        if (thingHandler != null) {
            removeHandler(thingHandler);
        }
        Set<RegisteredService<?>> services = thingHandlerServices.remove(thing.getUID());
        if (services != null) {
            services.forEach(RegisteredService::dispose);
        }
    }

    /**
     * Called when a handler is unregistered, to release what the factory holds for it.
     */
    protected void removeHandler(ThingHandler thingHandler) {
        // can be overridden by subclasses
    }

    @Override
    public void removeThing(ThingUID thingUID) {
        // can be overridden by subclasses
    }

    /**
     * @return always {@code null} in the stand-in, which has no thing type registry
     */
    @Override
    public @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration,
            @Nullable ThingUID thingUID, @Nullable ThingUID bridgeUID) {
        return null;
    }

    /** One started handler service: its instance, its OSGi registration, and where a prototype instance came from. */
    private class RegisteredService<T extends ThingHandlerService> {
        private final T instance;
        private final @Nullable ServiceObjects<T> objects;
        private @Nullable ServiceRegistration<?> registration;

        RegisteredService(T instance, @Nullable ServiceObjects<T> objects) {
            this.instance = instance;
            this.objects = objects;
        }

        void initialize(ThingHandler thingHandler, String[] serviceNames) {
            instance.setThingHandler(thingHandler);
            if (serviceNames.length > 0) {
                registration = bundleContext.registerService(serviceNames, instance, null);
            }
            instance.initialize();
        }

        void dispose() {
            instance.dispose();
            ServiceRegistration<?> current = registration;
            if (current != null) {
                current.unregister();
            }
            ServiceObjects<T> source = objects;
            if (source != null) {
                source.ungetService(instance);
            }
        }
    }
}
