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

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.simulator.runtime.TestComponents.Factory;
import org.openhab.binding.vms.simulator.runtime.TestComponents.Greeter;
import org.openhab.binding.vms.simulator.runtime.TestComponents.Names;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;

/**
 * {@link LocalComponentRuntime} runs components from their descriptions as SCR does: satisfied or not, prototype
 * and delayed singleton services, constructor and method injection, inherited lifecycle methods, configuration.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class LocalComponentRuntimeTest {

    private final LocalBundleContext context = new LocalBundleContext();
    private final LocalComponentRuntime runtime = new LocalComponentRuntime(context);

    @AfterEach
    void close() {
        runtime.close();
    }

    private void registerNames(String name) {
        Names names = () -> name;
        context.registerService(Names.class, names, null);
    }

    @Test
    void theDescriptionIsReadAsBndWritesIt() {
        ComponentDescriptor greeter = ComponentDescriptor.of(Greeter.class);
        assertEquals(Greeter.class.getName(), greeter.implementation());
        assertEquals(List.of("greeter"), greeter.configurationPids());
        assertEquals(ComponentDescriptor.SCOPE_PROTOTYPE, greeter.scope());
        assertEquals(List.of(Greeter.class.getName()), greeter.services());
        assertEquals("modified", greeter.modified());
        assertEquals("bindNames", greeter.references().get(0).bind());
        assertTrue(greeter.references().get(0).mandatory());
        assertFalse(greeter.immediate(), "a service is delayed unless immediate");
        assertEquals(1, ComponentDescriptor.of(Factory.class).constructorParameters());
        assertThrows(IllegalStateException.class, () -> ComponentDescriptor.of(LocalComponentRuntimeTest.class));
    }

    @Test
    void aComponentWithoutItsMandatoryServiceIsNotRegistered() {
        LocalComponentRuntime.Component component = runtime.enable(Greeter.class);

        assertFalse(component.isSatisfied());
        assertEquals(List.of(Names.class.getName()), component.missingReferences());
        assertNull(context.getServiceReference(Greeter.class));
    }

    @Test
    void aPrototypeGivesAnActivatedInstancePerRequestAndDeactivatesWhatIsGivenBack() {
        registerNames("Ada");
        runtime.configure("greeter", Map.of("loud", true));
        LocalComponentRuntime.Component component = runtime.enable(Greeter.class);
        ServiceReference<Greeter> reference = context.getServiceReference(Greeter.class);
        assertNotNull(reference);
        assertEquals(Constants.SCOPE_PROTOTYPE, reference.getProperty(Constants.SERVICE_SCOPE));
        assertEquals("greeter", reference.getProperty("kind"), "the component's properties are service properties");
        ServiceObjects<Greeter> objects = context.getServiceObjects(reference);
        assertNotNull(objects);

        Greeter first = objects.getService();
        Greeter second = objects.getService();
        assertNotNull(first);
        assertNotSame(first, second);
        assertEquals(List.of("bind Ada", "activate loud=true"), first.events);
        assertEquals(2, component.instances().size());

        runtime.configure("greeter", Map.of("loud", false));
        assertEquals("modified loud=false", first.events.get(2));

        objects.ungetService(first);
        assertEquals("deactivate", first.events.get(3));
        assertEquals(List.of(second), component.instances());
    }

    @Test
    void aSingletonIsMadeWithItsConstructorOnFirstUseAndActivatedByItsInheritedMethod() {
        registerNames("Grace");
        runtime.enable(Factory.class);
        ServiceReference<Runnable> reference = context.getServiceReference(Runnable.class);
        assertNotNull(reference);

        Factory factory = (Factory) context.getService(reference);
        assertNotNull(factory);
        assertSame(factory, context.getService(reference));
        assertEquals("Grace", factory.names.name());
        assertSame(context, factory.bundleContext, "the ComponentContext hands over the bundle context");
        assertEquals(List.of("constructed with Grace", "activate " + Factory.class.getName()), factory.events);

        runtime.close();
        assertEquals("deactivate", factory.events.get(2));
        assertNull(factory.bundleContext);
        assertNull(context.getServiceReference(Runnable.class));
    }
}
