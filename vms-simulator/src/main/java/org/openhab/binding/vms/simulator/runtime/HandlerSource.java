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

import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;

/**
 * Where a {@link LocalThingManager}'s handlers come from: what openHAB's thing manager asks of a
 * {@link ThingHandlerFactory}, answered by the binding's factory or by a test's own function.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
interface HandlerSource {

    boolean supports(ThingTypeUID thingTypeUID);

    /** The factory's {@code registerHandler}: makes the handler (and starts its services). */
    ThingHandler register(Thing thing);

    /** The factory's {@code unregisterHandler}, after the handler's {@code dispose()}. */
    void unregister(Thing thing);

    /** The factory's {@code removeThing}, when the Thing is removed. */
    void removeThing(ThingUID uid);

    static HandlerSource of(ThingHandlerFactory factory) {
        return new HandlerSource() {
            @Override
            public boolean supports(ThingTypeUID thingTypeUID) {
                return factory.supportsThingType(thingTypeUID);
            }

            @Override
            public ThingHandler register(Thing thing) {
                return factory.registerHandler(thing);
            }

            @Override
            public void unregister(Thing thing) {
                factory.unregisterHandler(thing);
            }

            @Override
            public void removeThing(ThingUID uid) {
                factory.removeThing(uid);
            }
        };
    }

    /** Every type is supported; nothing is done when a handler is unregistered. */
    static HandlerSource of(Function<Thing, ThingHandler> handlerOf) {
        return new HandlerSource() {
            @Override
            public boolean supports(ThingTypeUID thingTypeUID) {
                return true;
            }

            @Override
            public ThingHandler register(Thing thing) {
                return handlerOf.apply(thing);
            }

            @Override
            public void unregister(Thing thing) {
            }

            @Override
            public void removeThing(ThingUID uid) {
            }
        };
    }
}
