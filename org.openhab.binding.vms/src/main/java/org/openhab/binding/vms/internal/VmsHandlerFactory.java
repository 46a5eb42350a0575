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
import org.openhab.binding.vms.internal.handler.PlaceholderBridgeHandler;
import org.openhab.binding.vms.internal.handler.PlaceholderThingHandler;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.osgi.service.component.annotations.Component;

/**
 * Creates the handlers of the account bridge and its camera and intercom things. SCR instantiates it from the
 * Declarative Services XML that bnd generates from this annotation.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(configurationPid = "binding.vms", service = ThingHandlerFactory.class)
public class VmsHandlerFactory extends BaseThingHandlerFactory {

    @Override
    public boolean supportsThingType(ThingTypeUID thingTypeUID) {
        return SUPPORTED_THING_TYPES.contains(thingTypeUID);
    }

    @Override
    protected @Nullable ThingHandler createHandler(Thing thing) {
        ThingTypeUID thingTypeUID = thing.getThingTypeUID();
        if (THING_TYPE_ACCOUNT.equals(thingTypeUID) && thing instanceof Bridge bridge) {
            return new PlaceholderBridgeHandler(bridge);
        }
        if (THING_TYPE_CAMERA.equals(thingTypeUID) || THING_TYPE_INTERCOM.equals(thingTypeUID)) {
            return new PlaceholderThingHandler(thing);
        }
        return null;
    }
}
