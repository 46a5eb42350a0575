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

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentContext;

/**
 * Components for {@link LocalComponentRuntimeTest}, shaped like the binding's: their descriptions in
 * src/test/resources/OSGI-INF are what bnd writes for the annotations given in each comment.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class TestComponents {

    private TestComponents() {
    }

    /** A service the components refer to. */
    interface Names {
        String name();
    }

    /** What a component was told, in order. */
    static class Recording {
        final List<String> events = new CopyOnWriteArrayList<>();
    }

    /**
     * Like a PROTOTYPE discovery service: {@code @Component(scope = PROTOTYPE, service = Greeter.class,
     * configurationPid = "greeter")}, {@code @Reference(unbind = "-") bindNames}, activate(Map) inherited and
     * {@code @Modified modified(Map)}.
     */
    public static class Greeter extends GreeterBase {
        private @Nullable Names names;

        public void bindNames(Names names) {
            this.names = names;
            events.add("bind " + names.name());
        }

        protected void modified(Map<String, Object> properties) {
            events.add("modified loud=" + properties.get("loud"));
        }

        protected void deactivate() {
            events.add("deactivate");
        }

        @Nullable
        Names names() {
            return names;
        }
    }

    /** Where the greeter's activate method is, as AbstractThingHandlerDiscoveryService has it for its subclasses. */
    public static class GreeterBase extends Recording {
        public void activate(@Nullable Map<String, Object> properties) {
            events.add("activate loud=" + (properties == null ? null : properties.get("loud")));
        }
    }

    /** Like openHAB's BaseThingHandlerFactory: activate and deactivate with the ComponentContext, protected. */
    public abstract static class FactoryBase extends Recording {
        protected @Nullable BundleContext bundleContext;

        protected void activate(ComponentContext componentContext) {
            bundleContext = componentContext.getBundleContext();
            events.add("activate " + componentContext.getProperties().get("component.name"));
        }

        protected void deactivate(ComponentContext componentContext) {
            bundleContext = null;
            events.add("deactivate");
        }
    }

    /**
     * Like the binding's handler factory: {@code @Component(service = Runnable.class)} with an {@code @Activate}
     * constructor taking {@code @Reference Names}.
     */
    public static class Factory extends FactoryBase implements Runnable {
        final Names names;

        public Factory(Names names) {
            this.names = names;
            events.add("constructed with " + names.name());
        }

        @Override
        public void run() {
        }
    }
}
