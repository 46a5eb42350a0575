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
package org.openhab.binding.vms.internal.osgi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;

/**
 * Drives a ThingHandlerFactory that lives inside the framework the way openHAB's ThingManager does
 * ({@code supportsThingType}, {@code registerHandler}, {@code unregisterHandler}).
 * <p>
 * The openHAB types inside the framework come from the stand-in bundle's class loader, not from the test class
 * path, so they can only be used through reflection; every type is loaded from the stand-in bundle, which is what
 * the binding is wired to.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ThingHandlerFactoryProbe {

    private final Bundle openhab;
    private final Object factory;
    private final Class<?> factoryType;
    private final Class<?> thingTypeUidType;
    private final Class<?> thingUidType;
    private final Class<?> thingType;

    ThingHandlerFactoryProbe(Bundle openhab, Object factory) throws ClassNotFoundException {
        this.openhab = openhab;
        this.factory = factory;
        this.factoryType = openhab.loadClass("org.openhab.core.thing.binding.ThingHandlerFactory");
        this.thingTypeUidType = openhab.loadClass("org.openhab.core.thing.ThingTypeUID");
        this.thingUidType = openhab.loadClass("org.openhab.core.thing.ThingUID");
        this.thingType = openhab.loadClass("org.openhab.core.thing.Thing");
    }

    boolean supportsThingType(String thingTypeUid) throws Exception {
        return (Boolean) call(factoryType.getMethod("supportsThingType", thingTypeUidType), factory,
                thingTypeUid(thingTypeUid));
    }

    /** A Thing (a Bridge when {@code bridge}) of the given type, optionally under a bridge, built with the builders. */
    Object thing(String thingTypeUid, String id, boolean bridge, @Nullable Object bridgeUid) throws Exception {
        Object type = thingTypeUid(thingTypeUid);
        Object uid = bridgeUid == null
                ? thingUidType.getConstructor(thingTypeUidType, String.class).newInstance(type, id)
                : thingUidType.getConstructor(thingTypeUidType, thingUidType, String.class).newInstance(type, bridgeUid,
                        id);
        String builderName = bridge ? "org.openhab.core.thing.binding.builder.BridgeBuilder"
                : "org.openhab.core.thing.binding.builder.ThingBuilder";
        Class<?> builderType = openhab.loadClass(builderName);
        Object builder = call(builderType.getMethod("create", thingTypeUidType, thingUidType), null, type, uid);
        if (bridgeUid != null) {
            builder = call(builderType.getMethod("withBridge", thingUidType), builder, bridgeUid);
        }
        return call(builderType.getMethod("build"), builder);
    }

    Object uidOf(Object thing) throws Exception {
        return call(thingType.getMethod("getUID"), thing);
    }

    /** @return the handler the factory created for {@code thing} */
    @Nullable
    Object registerHandler(Object thing) throws Exception {
        return call(factoryType.getMethod("registerHandler", thingType), factory, thing);
    }

    void unregisterHandler(Object thing) throws Exception {
        call(factoryType.getMethod("unregisterHandler", thingType), factory, thing);
    }

    /** The Thing a handler was created for ({@code ThingHandler.getThing()}). */
    Object thingOf(Object handler) throws Exception {
        return call(openhab.loadClass("org.openhab.core.thing.binding.ThingHandler").getMethod("getThing"), handler);
    }

    private Object thingTypeUid(String uid) throws Exception {
        return thingTypeUidType.getConstructor(String.class).newInstance(uid);
    }

    /** Invokes and rethrows what the called code threw, so a failure shows the binding's own exception. */
    private static @Nullable Object call(Method method, @Nullable Object target, @Nullable Object... args)
            throws Exception {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw e;
        }
    }
}
