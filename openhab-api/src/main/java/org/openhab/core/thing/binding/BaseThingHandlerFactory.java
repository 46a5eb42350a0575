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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentContext;

/**
 * Stand-in for openHAB's {@code BaseThingHandlerFactory}: {@link #registerHandler(Thing)} asks
 * {@link #createHandler(Thing)} for the handler and checks it.
 * <p>
 * Differences to openHAB, because there is no OSGi framework here (see README): the services a handler names in
 * {@link ThingHandler#getServices()} are not created (tests create them and call
 * {@code setThingHandler}/{@code initialize} themselves), and {@link #createThing} returns {@code null} (there is no
 * thing type registry).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseThingHandlerFactory implements ThingHandlerFactory {

    protected @NonNullByDefault({}) BundleContext bundleContext;

    public BaseThingHandlerFactory() {
        // created by Declarative Services
    }

    protected void activate(ComponentContext componentContext) {
        this.bundleContext = componentContext.getBundleContext();
    }

    protected void deactivate(ComponentContext componentContext) {
        this.bundleContext = null;
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
        return thingHandler;
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
}
