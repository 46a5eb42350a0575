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

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentContext;

/**
 * {@link BaseThingHandlerFactory}: registerHandler as a template around createHandler, and the handler services it
 * starts through the bundle context, as openHAB 4.3 and 5.x do.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class BaseThingHandlerFactoryTest {

    private static final ThingTypeUID ACCOUNT = new ThingTypeUID("vms", "account");
    private static final ThingTypeUID CAMERA = new ThingTypeUID("vms", "camera");
    private static final ThingTypeUID UNKNOWN = new ThingTypeUID("vms", "unknown");

    private static final ThingTypeUID SENSOR = new ThingTypeUID("vms", "sensor");

    /** A service interface of its own, so the registration's names can be told from ThingHandlerService. */
    interface Announcer {
    }

    /** A handler service that records what is done to it, in order. */
    public static class RecordingService implements ThingHandlerService, Announcer {
        final List<String> events = new CopyOnWriteArrayList<>();
        private @Nullable ThingHandler handler;

        @Override
        public void setThingHandler(ThingHandler handler) {
            this.handler = handler;
            events.add("setThingHandler");
        }

        @Override
        public @Nullable ThingHandler getThingHandler() {
            return handler;
        }

        @Override
        public void activate() {
            events.add("activate");
        }

        @Override
        public void initialize() {
            events.add("initialize");
        }

        @Override
        public void dispose() {
            events.add("dispose");
        }

        @Override
        public void deactivate() {
            events.add("deactivate");
        }
    }

    /** A sensor's handler names {@link RecordingService} as its service. */
    static class SensorHandler extends BaseThingHandlerTest.RecordingHandler {
        SensorHandler(Thing thing) {
            super(thing);
        }

        @Override
        public Collection<Class<? extends ThingHandlerService>> getServices() {
            return List.of(RecordingService.class);
        }
    }

    /** Makes a camera handler for cameras, a plain (wrong) handler for accounts, a sensor handler, nothing else. */
    static class TestFactory extends BaseThingHandlerFactory {
        final List<ThingHandler> removed = new ArrayList<>();

        @Override
        public boolean supportsThingType(ThingTypeUID thingTypeUID) {
            return Set.of(ACCOUNT, CAMERA, SENSOR).contains(thingTypeUID);
        }

        @Override
        protected @Nullable ThingHandler createHandler(Thing thing) {
            if (SENSOR.equals(thing.getThingTypeUID())) {
                return new SensorHandler(thing);
            }
            return supportsThingType(thing.getThingTypeUID()) ? new BaseThingHandlerTest.RecordingHandler(thing)
                    : null;
        }

        @Override
        protected void removeHandler(ThingHandler thingHandler) {
            removed.add(thingHandler);
        }
    }

    private final TestFactory factory = new TestFactory();
    private final BundleContext bundleContext = mock(BundleContext.class);
    @SuppressWarnings("unchecked")
    private final ServiceRegistration<Object> registration = mock(ServiceRegistration.class);

    private void activate() {
        ComponentContext componentContext = mock(ComponentContext.class);
        when(componentContext.getBundleContext()).thenReturn(bundleContext);
        when(bundleContext.registerService(any(String[].class), any(), any())).thenAnswer(invocation -> {
            ((RecordingService) invocation.getArgument(1)).events.add("registered");
            return registration;
        });
        factory.activate(componentContext);
    }

    /** The service the factory registered, and under which names. */
    private RecordingService registeredService(List<String> names) {
        ArgumentCaptor<String[]> namesCaptor = ArgumentCaptor.forClass(String[].class);
        ArgumentCaptor<Object> service = ArgumentCaptor.forClass(Object.class);
        verify(bundleContext).registerService(namesCaptor.capture(), service.capture(), isNull());
        names.addAll(List.of(namesCaptor.getValue()));
        return (RecordingService) service.getValue();
    }

    @Test
    void registerHandlerReturnsTheCreatedHandler() {
        Thing camera = ThingBuilder.create(CAMERA, "cam7").build();

        ThingHandler handler = factory.registerHandler(camera);

        assertSame(camera, handler.getThing());
        assertTrue(factory.supportsThingType(CAMERA));
        assertFalse(factory.supportsThingType(UNKNOWN));
    }

    @Test
    void registerHandlerFailsWithoutHandlerOrWithANonBridgeHandlerForABridge() {
        assertThrows(IllegalStateException.class,
                () -> factory.registerHandler(ThingBuilder.create(UNKNOWN, "x").build()));
        Bridge bridge = BridgeBuilder.create(ACCOUNT, "acc1").build();
        assertThrows(IllegalStateException.class, () -> factory.registerHandler(bridge));
    }

    @Test
    void unregisterHandlerRemovesTheThingsHandler() {
        Thing camera = ThingBuilder.create(CAMERA, "cam7").build();
        ThingHandler handler = factory.registerHandler(camera);
        camera.setHandler(handler);

        factory.unregisterHandler(camera);

        assertEquals(List.of(handler), factory.removed);
    }

    @Test
    void activationHandsOverTheBundleContext() {
        assertThrows(IllegalStateException.class, factory::getBundleContext);
        ComponentContext componentContext = mock(ComponentContext.class);
        BundleContext bundleContext = mock(BundleContext.class);
        when(componentContext.getBundleContext()).thenReturn(bundleContext);

        factory.activate(componentContext);
        assertSame(bundleContext, factory.getBundleContext());

        factory.deactivate(componentContext);
        assertThrows(IllegalStateException.class, factory::getBundleContext);
        assertNull(factory.createThing(CAMERA, new Configuration(), null, null));
    }

    @Test
    void aFactoryThatWasNeverActivatedCannotStartAHandlersServices() {
        Thing sensor = ThingBuilder.create(SENSOR, "s1").build();
        assertThrows(NullPointerException.class, () -> factory.registerHandler(sensor));
        // a handler without services needs no bundle context
        assertNotNull(factory.registerHandler(ThingBuilder.create(CAMERA, "cam7").build()));
    }

    @Test
    void aServiceWithoutOsgiServiceIsMadeGivenTheHandlerRegisteredUnderItsOwnInterfacesAndInitialised() {
        activate();
        Thing sensor = ThingBuilder.create(SENSOR, "s1").build();

        ThingHandler handler = factory.registerHandler(sensor);

        verify(bundleContext).getServiceReference(RecordingService.class);
        List<String> names = new ArrayList<>();
        RecordingService service = registeredService(names);
        assertEquals(List.of(Announcer.class.getCanonicalName()), names, "not as ThingHandlerService");
        assertSame(handler, service.getThingHandler());
        assertEquals(List.of("setThingHandler", "registered", "initialize"), service.events,
                "openHAB calls no activate() on a service it made itself");

        sensor.setHandler(handler);
        factory.unregisterHandler(sensor);
        verify(registration).unregister();
        assertEquals(List.of("setThingHandler", "registered", "initialize", "dispose"), service.events);
        assertEquals(List.of(handler), factory.removed, "removeHandler first");
    }

    @Test
    void aPrototypeServiceComesFromItsServiceObjectsAndIsGivenBack() {
        activate();
        @SuppressWarnings("unchecked")
        ServiceReference<RecordingService> reference = mock(ServiceReference.class);
        @SuppressWarnings("unchecked")
        ServiceObjects<RecordingService> objects = mock(ServiceObjects.class);
        RecordingService instance = new RecordingService();
        when(bundleContext.getServiceReference(RecordingService.class)).thenReturn(reference);
        when(bundleContext.getServiceObjects(reference)).thenReturn(objects);
        when(objects.getService()).thenReturn(instance);
        Thing sensor = ThingBuilder.create(SENSOR, "s1").build();

        ThingHandler handler = factory.registerHandler(sensor);
        assertSame(instance, registeredService(new ArrayList<>()));
        assertSame(handler, instance.getThingHandler());

        sensor.setHandler(handler);
        factory.unregisterHandler(sensor);
        verify(objects).ungetService(instance);
        assertEquals(List.of("setThingHandler", "registered", "initialize", "dispose"), instance.events);
    }

    @Test
    void eachHandlerGetsItsOwnServiceAndUnregisteringOneLeavesTheOther() {
        activate();
        Thing first = ThingBuilder.create(SENSOR, "s1").build();
        Thing second = ThingBuilder.create(SENSOR, "s2").build();
        first.setHandler(factory.registerHandler(first));
        second.setHandler(factory.registerHandler(second));
        verify(bundleContext, times(2)).registerService(any(String[].class), any(), any());

        factory.unregisterHandler(first);
        verify(registration, times(1)).unregister();
        factory.unregisterHandler(first);
        verify(registration, times(1)).unregister();
    }
}
