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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.PrototypeServiceFactory;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;

/**
 * {@link ServiceObjects} of a {@link LocalBundleContext}: for a prototype service a new instance per
 * {@link #getService()}, given back to its factory by {@link #ungetService(Object)}; for any other service the
 * context's shared one.
 *
 * @param <S> the service type
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class LocalServiceObjects<S> implements ServiceObjects<S> {

    private final LocalBundleContext context;
    private final LocalServiceReference<S> reference;

    LocalServiceObjects(LocalBundleContext context, LocalServiceReference<S> reference) {
        this.context = context;
        this.reference = reference;
    }

    private boolean prototype() {
        return reference.service() instanceof PrototypeServiceFactory<?>;
    }

    @Override
    public @Nullable S getService() {
        return prototype() ? context.newPrototypeInstance(reference) : context.getService(reference);
    }

    @Override
    public void ungetService(S service) {
        if (prototype()) {
            context.releasePrototypeInstance(reference, service);
        } else {
            context.ungetService(reference);
        }
    }

    @Override
    public ServiceReference<S> getServiceReference() {
        return reference;
    }
}
