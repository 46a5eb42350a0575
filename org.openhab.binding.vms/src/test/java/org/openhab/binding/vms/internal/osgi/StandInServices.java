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

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;

/**
 * Provides the openHAB services (HttpClientFactory, TranslationProvider, ...) that the binding's components
 * require and the bare framework does not have: for every mandatory reference without a matching service, a
 * do-nothing implementation of the interface (a dynamic proxy answering defaults) is registered.
 * <p>
 * The interface is loaded through the binding bundle and the proxy registered with the binding's own context, so
 * SCR sees exactly the class the binding was wired to. Such a stand-in answers neutral values: empty collections
 * and optionals, a new unstarted instance of a concrete class with a public no-argument constructor (so
 * {@code HttpClientFactory.getCommonHttpClient()} gives a Jetty {@code HttpClient}), otherwise {@code null}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class StandInServices {

    private StandInServices() {
    }

    /** @return the interfaces registered */
    static List<String> registerForMandatoryReferences(ServiceComponentRuntime scr, Bundle binding)
            throws ClassNotFoundException, InvalidSyntaxException {
        BundleContext context = binding.getBundleContext();
        if (context == null) {
            throw new IllegalStateException(binding.getSymbolicName() + " is not active");
        }
        List<String> registered = new ArrayList<>();
        for (ComponentDescriptionDTO component : scr.getComponentDescriptionDTOs(binding)) {
            for (ReferenceDTO reference : component.references) {
                if (reference.cardinality.startsWith("0") || registered.contains(reference.interfaceName)
                        || context.getAllServiceReferences(reference.interfaceName, reference.target) != null) {
                    continue;
                }
                Class<?> type = binding.loadClass(reference.interfaceName);
                Object service = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                        new DefaultAnswers(reference.interfaceName));
                context.registerService(reference.interfaceName, service, new Hashtable<>(Map.of("service.vendor",
                        "VMS OSGi test stand-in", "service.description", "do-nothing " + reference.interfaceName)));
                registered.add(reference.interfaceName);
            }
        }
        return registered;
    }

    private static @Nullable Object newInstanceOrNull(Class<?> type) {
        if (type.isInterface() || type.isArray() || type.isPrimitive() || Modifier.isAbstract(type.getModifiers())) {
            return null;
        }
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Answers every call with the type's neutral value. */
    private static final class DefaultAnswers implements InvocationHandler {
        private final String interfaceName;

        DefaultAnswers(String interfaceName) {
            this.interfaceName = interfaceName;
        }

        @Override
        public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args) {
            switch (method.getName()) {
                case "toString":
                    if (method.getParameterCount() == 0) {
                        return "stand-in " + interfaceName;
                    }
                    break;
                case "hashCode":
                    if (method.getParameterCount() == 0) {
                        return System.identityHashCode(proxy);
                    }
                    break;
                case "equals":
                    if (method.getParameterCount() == 1 && args != null) {
                        return proxy == args[0];
                    }
                    break;
                default:
                    break;
            }
            return neutralValue(method.getReturnType());
        }

        private static @Nullable Object neutralValue(Class<?> type) {
            if (type == boolean.class) {
                return false;
            } else if (type == char.class) {
                return '\0';
            } else if (type == byte.class) {
                return (byte) 0;
            } else if (type == short.class) {
                return (short) 0;
            } else if (type == int.class) {
                return 0;
            } else if (type == long.class) {
                return 0L;
            } else if (type == float.class) {
                return 0f;
            } else if (type == double.class) {
                return 0d;
            } else if (type == Optional.class) {
                return Optional.empty();
            } else if (type == Set.class) {
                return Set.of();
            } else if (type == List.class || type == Collection.class) {
                return List.of();
            } else if (type == Map.class) {
                return Map.of();
            } else if (type == Stream.class) {
                return Stream.empty();
            }
            return newInstanceOrNull(type);
        }
    }
}
