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
package org.openhab.binding.vms.internal;

import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.handler.VmsConnectionFactory;
import org.openhab.binding.vms.internal.handler.VmsIntercomHandler;
import org.openhab.binding.vms.internal.handler.VmsTokenStorage;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Creates the handlers of the account bridge and its camera and intercom Things. SCR instantiates it from the
 * Declarative Services XML that bnd generates from these annotations. All accounts share openHAB's common HTTP client
 * (which verifies certificates) and one token storage; an account with a trusted certificate of its own gets its own
 * client from the {@link HttpClientFactory}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(configurationPid = "binding.vms", service = ThingHandlerFactory.class)
public class VmsHandlerFactory extends BaseThingHandlerFactory {

    private final HttpClientFactory httpClientFactory;
    private final HttpClient httpClient;
    private final VmsTokenStorage tokenStorage;

    @Activate
    public VmsHandlerFactory(@Reference HttpClientFactory httpClientFactory, @Reference StorageService storageService) {
        this.httpClientFactory = httpClientFactory;
        this.httpClient = httpClientFactory.getCommonHttpClient();
        this.tokenStorage = new VmsTokenStorage(storageService);
    }

    @Override
    public boolean supportsThingType(ThingTypeUID thingTypeUID) {
        return SUPPORTED_THING_TYPES.contains(thingTypeUID);
    }

    @Override
    protected @Nullable ThingHandler createHandler(Thing thing) {
        ThingTypeUID thingTypeUID = thing.getThingTypeUID();
        if (THING_TYPE_ACCOUNT.equals(thingTypeUID) && thing instanceof Bridge bridge) {
            // an account with a trusted certificate gets a client of its own from the factory
            return new VmsAccountHandler(bridge, httpClient, httpClientFactory::createHttpClient, tokenStorage,
                    VmsConnectionFactory.DEFAULT);
        }
        if (THING_TYPE_CAMERA.equals(thingTypeUID)) {
            return new VmsCameraHandler(thing);
        }
        if (THING_TYPE_INTERCOM.equals(thingTypeUID)) {
            return new VmsIntercomHandler(thing);
        }
        return null;
    }
}
