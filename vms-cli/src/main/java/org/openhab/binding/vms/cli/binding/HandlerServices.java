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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
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
public class HandlerServices implements DiscoveryListener {

    private final EventLog log;
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
                    discovery.addDiscoveryListener(this);
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
                    discovery.removeDiscoveryListener(this);
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

    @Override
    public void thingDiscovered(DiscoveryService source, DiscoveryResult result) {
        discovered.removeIf(r -> r.getThingUID().equals(result.getThingUID()));
        discovered.add(result);
        log.note("discovered " + result.getThingUID() + " (" + result.getLabel() + ")");
    }

    @Override
    public void thingRemoved(DiscoveryService source, ThingUID thingUID) {
        discovered.removeIf(r -> r.getThingUID().equals(thingUID));
    }
}
