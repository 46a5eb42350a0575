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
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * A binding's components run as openHAB runs them, without a framework: a {@link LocalBundleContext} holding the
 * core services they refer to and a {@link LocalComponentRuntime} enabling them from their descriptions. openHAB's
 * translation provider (the binding's own i18n files, {@link BundleTranslations}) and openHAB's locale (English
 * unless given) are there from the start; the runtime adds the rest ({@link #register}), e.g. openHAB's HTTP client factory and storage.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LocalOpenhabRuntime implements AutoCloseable {

    private final LocalBundleContext context = new LocalBundleContext();
    private final LocalComponentRuntime scr = new LocalComponentRuntime(context);
    /** The services {@link #service(Class)} got and keeps until {@link #close()}. */
    private final List<ServiceReference<?>> kept = new ArrayList<>();

    /**
     * @param bundleClass a class of the binding (its class loader has the OH-INF/i18n files)
     * @param bindingId the binding id, which names its i18n file
     */
    public LocalOpenhabRuntime(Class<?> bundleClass, String bindingId) {
        this(bundleClass, bindingId, Locale.ENGLISH);
    }

    /**
     * @param locale openHAB's locale (its regional settings' language), which its {@link LocaleProvider} gives
     */
    public LocalOpenhabRuntime(Class<?> bundleClass, String bindingId, Locale locale) {
        register(TranslationProvider.class, new BundleTranslations(bundleClass, bindingId));
        LocaleProvider regionalSettings = () -> locale;
        register(LocaleProvider.class, regionalSettings);
    }

    public LocalBundleContext context() {
        return context;
    }

    public LocalComponentRuntime scr() {
        return scr;
    }

    public <S> void register(Class<S> type, S service) {
        context.registerService(type, service, null);
    }

    /** Enables the component of this class (see {@link LocalComponentRuntime#enable}). */
    public LocalComponentRuntime.Component enable(Class<?> implementation) {
        return scr.enable(implementation);
    }

    /**
     * The service of this type, got (and so made and activated, if a component provides it) and kept until
     * {@link #close()}, as a consumer holds a service in openHAB.
     *
     * @throws IllegalStateException when there is none
     */
    public synchronized <S> S service(Class<S> type) {
        ServiceReference<S> reference = context.getServiceReference(type);
        S service = reference == null ? null : context.getService(reference);
        if (reference == null || service == null) {
            throw new IllegalStateException("no " + type.getName() + " service");
        }
        kept.add(reference);
        return service;
    }

    /** The services of this type registered now (looked at, not kept). */
    public <S> List<S> services(Class<S> type) {
        List<S> services = new ArrayList<>();
        try {
            for (ServiceReference<S> reference : context.getServiceReferences(type, null)) {
                S service = context.getService(reference);
                if (service != null) {
                    services.add(service);
                    context.ungetService(reference);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter given
        }
        return services;
    }

    /**
     * What a DSL rule's {@code getActions(scope, thingUid)} (and JavaScript's {@code actions.thingActions}) finds, as
     * openHAB's script action service finds it: among the registered {@code ThingActions} services, the one whose
     * class is annotated with {@code @ThingActionsScope(name = scope)} and whose handler's Thing has that UID; null
     * when there is none (no such Thing, or its handler is not registered).
     */
    public @Nullable ThingActions thingActions(String scope, String thingUid) {
        for (ThingActions actions : services(ThingActions.class)) {
            ThingActionsScope annotation = actions.getClass().getAnnotation(ThingActionsScope.class);
            ThingHandler handler = actions.getThingHandler();
            if (annotation != null && scope.equals(annotation.name()) && handler != null
                    && thingUid.equals(handler.getThing().getUID().getAsString())) {
                return actions;
            }
        }
        return null;
    }

    /** Gives back the kept services (their components are deactivated) and stops every component. */
    @Override
    public synchronized void close() {
        for (ServiceReference<?> reference : kept) {
            context.ungetService(reference);
        }
        kept.clear();
        scr.close();
    }
}
