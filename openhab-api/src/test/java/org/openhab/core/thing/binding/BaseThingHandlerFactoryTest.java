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
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentContext;

/**
 * {@link BaseThingHandlerFactory}: registerHandler as a template around createHandler.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class BaseThingHandlerFactoryTest {

    private static final ThingTypeUID ACCOUNT = new ThingTypeUID("vms", "account");
    private static final ThingTypeUID CAMERA = new ThingTypeUID("vms", "camera");
    private static final ThingTypeUID UNKNOWN = new ThingTypeUID("vms", "unknown");

    /** Makes a camera handler for cameras, a plain (wrong) handler for accounts, nothing otherwise. */
    static class TestFactory extends BaseThingHandlerFactory {
        final List<ThingHandler> removed = new ArrayList<>();

        @Override
        public boolean supportsThingType(ThingTypeUID thingTypeUID) {
            return Set.of(ACCOUNT, CAMERA).contains(thingTypeUID);
        }

        @Override
        protected @Nullable ThingHandler createHandler(Thing thing) {
            return supportsThingType(thing.getThingTypeUID()) ? new BaseThingHandlerTest.RecordingHandler(thing)
                    : null;
        }

        @Override
        protected void removeHandler(ThingHandler thingHandler) {
            removed.add(thingHandler);
        }
    }

    private final TestFactory factory = new TestFactory();

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
}
