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
package org.openhab.core.thing.binding.builder;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * The {@link Bridge} {@link BridgeBuilder} makes (openHAB's internal {@code BridgeImpl}); package-private. In
 * openHAB the framework keeps the list of child things; the stand-in has no framework, so a built bridge has none.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class BridgeImpl extends ThingImpl implements Bridge {

    BridgeImpl(ThingTypeUID thingTypeUID, ThingUID uid) {
        super(thingTypeUID, uid);
    }

    @Override
    public @Nullable Thing getThing(ThingUID thingUID) {
        return null;
    }

    @Override
    public List<Thing> getThings() {
        return List.of();
    }

    @Override
    public @Nullable BridgeHandler getHandler() {
        ThingHandler handler = super.getHandler();
        return handler instanceof BridgeHandler bridgeHandler ? bridgeHandler : null;
    }
}
