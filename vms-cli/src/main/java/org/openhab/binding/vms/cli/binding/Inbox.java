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
package org.openhab.binding.vms.cli.binding;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * What openHAB's discovery registry and Inbox do with the binding's discovery, for a headless run: every
 * {@link DiscoveryService} registered in the bundle context (the handler factory registers each bridge's) is
 * listened to while it is registered; the results are kept and noted in the {@link EventLog}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class Inbox implements AutoCloseable {

    private final EventLog log;
    /**
     * What the discovery services report to. A proxy rather than this class implementing {@link DiscoveryListener}:
     * its {@code removeOlderResults} takes a {@code long} in openHAB 4.3 and an {@code Instant} in 5.x, so no class
     * implementing it compiles against both (openhab-api's SignatureConformanceTest keeps the project from trying).
     */
    private final DiscoveryListener listener = (DiscoveryListener) Proxy.newProxyInstance(
            DiscoveryListener.class.getClassLoader(), new Class<?>[] { DiscoveryListener.class }, this::listen);
    private final List<DiscoveryResult> discovered = new CopyOnWriteArrayList<>();
    private final ServiceTracker<DiscoveryService, DiscoveryService> services;

    public Inbox(EventLog log, BundleContext context) {
        this.log = log;
        services = new ServiceTracker<>(context, DiscoveryService.class, new Listening(context));
        services.open();
    }

    /** Joins each discovery service as a listener (it replays what it found before) and leaves it when it goes. */
    private class Listening implements ServiceTrackerCustomizer<DiscoveryService, DiscoveryService> {
        private final BundleContext context;

        Listening(BundleContext context) {
            this.context = context;
        }

        @Override
        public @Nullable DiscoveryService addingService(ServiceReference<DiscoveryService> reference) {
            DiscoveryService service = context.getService(reference);
            if (service != null) {
                service.addDiscoveryListener(listener);
            }
            return service;
        }

        @Override
        public void modifiedService(ServiceReference<DiscoveryService> reference, DiscoveryService service) {
        }

        @Override
        public void removedService(ServiceReference<DiscoveryService> reference, DiscoveryService service) {
            service.removeDiscoveryListener(listener);
            context.ungetService(reference);
        }
    }

    public List<DiscoveryResult> discovered() {
        return List.copyOf(discovered);
    }

    private @Nullable Object listen(Object proxy, Method method, Object @Nullable [] args) {
        Object[] arguments = args == null ? new Object[0] : args;
        switch (method.getName()) {
            case "thingDiscovered":
                thingDiscovered((DiscoveryResult) arguments[1]);
                return null;
            case "thingRemoved":
                thingRemoved((ThingUID) arguments[1]);
                return null;
            case "removeOlderResults":
                // the binding never calls it (it differs between the releases); nothing is removed
                return List.of();
            case "equals":
                return proxy == arguments[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "main job inbox";
            default:
                throw new UnsupportedOperationException(method.getName());
        }
    }

    private void thingDiscovered(DiscoveryResult result) {
        discovered.removeIf(r -> r.getThingUID().equals(result.getThingUID()));
        discovered.add(result);
        log.note("discovered " + result.getThingUID() + " (" + result.getLabel() + ")");
    }

    private void thingRemoved(ThingUID thingUID) {
        discovered.removeIf(r -> r.getThingUID().equals(thingUID));
    }

    @Override
    public void close() {
        services.close();
    }
}
