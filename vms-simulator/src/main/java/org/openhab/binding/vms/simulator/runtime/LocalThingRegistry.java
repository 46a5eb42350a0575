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

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingUID;

/**
 * openHAB's {@link ThingRegistry} service over a {@link LocalThingManager}, for components that refer to it (a
 * console command): the Things the manager runs, with their handlers, read through {@code get}, {@code getAll} and
 * {@code stream}. Changing Things through it is refused; tests and the main job add and remove them on the
 * manager. A proxy rather than a class: {@code Registry}'s listener methods need types the stand-in leaves out.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LocalThingRegistry {

    private LocalThingRegistry() {
    }

    public static ThingRegistry of(LocalThingManager manager) {
        InvocationHandler answers = (proxy, method, args) -> answer(manager, proxy, method, args);
        return (ThingRegistry) Proxy.newProxyInstance(ThingRegistry.class.getClassLoader(),
                new Class<?>[] { ThingRegistry.class }, answers);
    }

    private static @Nullable Object answer(LocalThingManager manager, Object proxy, Method method,
            @Nullable Object @Nullable [] args) {
        int count = args == null ? 0 : args.length;
        switch (method.getName()) {
            case "get":
                if (count == 1 && args != null && args[0] instanceof ThingUID uid) {
                    return manager.thing(uid);
                }
                break;
            case "getAll":
                return manager.things();
            case "stream":
                return manager.things().stream();
            case "toString":
                return "ThingRegistry of " + manager;
            case "hashCode":
                return System.identityHashCode(manager);
            case "equals":
                return args != null && count == 1 && args[0] == proxy;
            default:
                break;
        }
        throw new UnsupportedOperationException("ThingRegistry." + method.getName()
                + " is not offered here: add, change and remove Things on the LocalThingManager");
    }
}
