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
package org.openhab.binding.vms.internal.testsupport;

import static org.openhab.binding.vms.internal.VmsBindingConstants.BINDING_ID;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.VmsHandlerFactory;
import org.openhab.binding.vms.internal.action.VmsCameraActions;
import org.openhab.binding.vms.internal.action.VmsIntercomActions;
import org.openhab.binding.vms.internal.discovery.VmsDiscoveryService;
import org.openhab.binding.vms.simulator.runtime.LocalComponentRuntime;
import org.openhab.binding.vms.simulator.runtime.LocalOpenhabRuntime;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingHandlerFactory;

/**
 * The binding's components as openHAB runs them, for tests ({@link LocalOpenhabRuntime}): the test's
 * {@link HttpClientFactory} and {@link StorageService} as openHAB's, and the handler factory and discovery
 * components enabled from their OSGI-INF descriptions (the handler factory, discovery and the rule actions). {@link #factory()} is the factory as openHAB's thing manager
 * gets it: made and activated by SCR, so it starts each handler's services (a bridge's discovery service) through
 * the bundle context.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BindingComponents implements AutoCloseable {

    public final LocalOpenhabRuntime runtime = new LocalOpenhabRuntime(VmsHandlerFactory.class, BINDING_ID);
    /** The discovery component: its instances are the bridges' discovery services. */
    public final LocalComponentRuntime.Component discovery;
    /** The rule action components: their instances are the camera and intercom Things' actions. */
    public final LocalComponentRuntime.Component cameraActions;
    public final LocalComponentRuntime.Component intercomActions;

    public BindingComponents(HttpClientFactory httpClientFactory, StorageService storageService) {
        runtime.register(HttpClientFactory.class, httpClientFactory);
        runtime.register(StorageService.class, storageService);
        runtime.enable(VmsHandlerFactory.class);
        discovery = runtime.enable(VmsDiscoveryService.class);
        cameraActions = runtime.enable(VmsCameraActions.class);
        intercomActions = runtime.enable(VmsIntercomActions.class);
    }

    /** The handler factory service (SCR makes and activates it on first use; kept until {@link #close()}). */
    public VmsHandlerFactory factory() {
        return (VmsHandlerFactory) runtime.service(ThingHandlerFactory.class);
    }

    /** The discovery services registered now (what openHAB's discovery registry and Inbox listen to). */
    public List<DiscoveryService> discoveryServices() {
        return runtime.services(DiscoveryService.class);
    }

    /** What a DSL rule's {@code getActions(scope, thingUid)} finds ({@link LocalOpenhabRuntime#thingActions}). */
    public @Nullable ThingActions thingActions(String scope, String thingUid) {
        return runtime.thingActions(scope, thingUid);
    }

    /** Configures a PID as Configuration Admin would. */
    public void configure(String pid, Map<String, ?> properties) {
        runtime.scr().configure(pid, properties);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
