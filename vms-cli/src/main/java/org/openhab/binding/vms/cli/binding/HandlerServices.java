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

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;

/**
 * The handler services ({@link ThingHandler#getServices()}, e.g. the discovery service) that openHAB creates for a
 * handler: made with their no-argument constructor, given the handler, activated, initialised, and disposed with
 * it. Discovery results are collected, so the main job can create Things for what the bridge discovers.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class HandlerServices {

    private final EventLog log;
    /**
     * What the discovery services report to. A proxy rather than a class implementing {@link DiscoveryListener}: its
     * {@code removeOlderResults} takes a {@code long} in openHAB 4.3 and an {@code Instant} in 5.x, so no class
     * implementing it compiles against both (openhab-api's SignatureConformanceTest keeps the project from trying).
     */
    private final DiscoveryListener listener = (DiscoveryListener) Proxy.newProxyInstance(
            DiscoveryListener.class.getClassLoader(), new Class<?>[] { DiscoveryListener.class }, this::listen);
    private final Map<ThingHandler, List<ThingHandlerService>> services = new HashMap<>();
    private final List<DiscoveryResult> discovered = new CopyOnWriteArrayList<>();

    public HandlerServices(EventLog log) {
        this.log = log;
    }

    void register(ThingHandler handler) {
        List<ThingHandlerService> created = new ArrayList<>();
        for (Class<? extends ThingHandlerService> type : handler.getServices()) {
            try {
                ThingHandlerService service = type.getDeclaredConstructor().newInstance();
                service.setThingHandler(handler);
                service.activate();
                service.initialize();
                if (service instanceof DiscoveryService discovery) {
                    discovery.addDiscoveryListener(listener);
                }
                created.add(service);
            } catch (ReflectiveOperationException | RuntimeException e) {
                Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause()
                        : e;
                log.note("error: could not start " + type.getSimpleName() + " for " + handler.getThing().getUID()
                        + ": " + cause.getClass().getSimpleName());
            }
        }
        synchronized (this) {
            services.put(handler, created);
        }
    }

    void unregister(ThingHandler handler) {
        List<ThingHandlerService> list;
        synchronized (this) {
            list = services.remove(handler);
        }
        if (list == null) {
            return;
        }
        for (ThingHandlerService service : list) {
            try {
                if (service instanceof DiscoveryService discovery) {
                    discovery.removeDiscoveryListener(listener);
                }
                service.dispose();
                service.deactivate();
            } catch (RuntimeException e) {
                log.note("error: could not stop " + service.getClass().getSimpleName() + ": "
                        + e.getClass().getSimpleName());
            }
        }
    }

    /** The discovery services of a handler, for starting a scan. */
    public synchronized List<DiscoveryService> discoveryServices(ThingHandler handler) {
        List<DiscoveryService> result = new ArrayList<>();
        for (ThingHandlerService service : services.getOrDefault(handler, List.of())) {
            if (service instanceof DiscoveryService discovery) {
                result.add(discovery);
            }
        }
        return result;
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
                return "main job discovery listener";
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
}
