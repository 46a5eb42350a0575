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

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.PrototypeServiceFactory;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@link LocalBundleContext} behaves like a framework's service registry for what openHAB's handler factory, a
 * {@link ServiceTracker} and the component runtime do with it.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class LocalBundleContextTest {

    private final LocalBundleContext context = new LocalBundleContext();

    /** Makes numbered Runnables and records what it made and got back. */
    static class Counter implements PrototypeServiceFactory<Runnable> {
        final List<Runnable> made = new ArrayList<>();
        final List<Runnable> released = new ArrayList<>();

        @Override
        public Runnable getService(@Nullable Bundle bundle, ServiceRegistration<Runnable> registration) {
            Runnable instance = new Runnable() { // a new object each time (a lambda without state is shared)
                @Override
                public void run() {
                }
            };
            made.add(instance);
            return instance;
        }

        @Override
        public void ungetService(@Nullable Bundle bundle, ServiceRegistration<Runnable> registration,
                Runnable service) {
            released.add(service);
        }
    }

    @Test
    void servicesAreFoundByNameAndFilterHighestRankingFirst() throws Exception {
        Runnable low = new Thread();
        Runnable high = new Thread();
        context.registerService(Runnable.class, low, null);
        context.registerService(Runnable.class, high, new Hashtable<>(Map.of(Constants.SERVICE_RANKING, 10,
                "kind", "fast")));

        ServiceReference<Runnable> best = context.getServiceReference(Runnable.class);
        assertNotNull(best);
        assertSame(high, context.getService(best));
        assertEquals(Constants.SCOPE_SINGLETON, best.getProperty(Constants.SERVICE_SCOPE));
        assertArrayEquals(new String[] { Runnable.class.getName() }, (String[]) best.getProperty("objectClass"));
        assertEquals(1, context.getServiceReferences(Runnable.class, "(kind=fast)").size());
        assertEquals(2, context.getServiceReferences(Runnable.class, null).size());
        assertNull(context.getServiceReferences(AutoCloseable.class.getName(), null), "null when none, as in OSGi");
        assertTrue(context.getServiceReferences(AutoCloseable.class, null).isEmpty());
        assertNull(context.getServiceReference(AutoCloseable.class));
    }

    @Test
    void aServiceTrackerSeesServicesComeAndGo() {
        ServiceTracker<Runnable, Runnable> tracker = new ServiceTracker<>(context, Runnable.class, null);
        tracker.open();
        Runnable service = () -> {
        };
        ServiceRegistration<Runnable> registration = context.registerService(Runnable.class, service, null);
        assertSame(service, tracker.getService());

        registration.unregister();
        assertNull(tracker.getService());
        assertThrows(IllegalStateException.class, registration::unregister);
        tracker.close();
    }

    @Test
    void aPrototypeGivesANewInstancePerServiceObjectsRequestAndTakesThemBack() {
        Counter counter = new Counter();
        ServiceRegistration<Runnable> registration = context.registerService(Runnable.class, counter, null);
        ServiceReference<Runnable> reference = registration.getReference();
        assertEquals(Constants.SCOPE_PROTOTYPE, reference.getProperty(Constants.SERVICE_SCOPE));

        ServiceObjects<Runnable> objects = context.getServiceObjects(reference);
        assertNotNull(objects);
        Runnable first = objects.getService();
        Runnable second = objects.getService();
        assertNotNull(first);
        assertNotSame(first, second);
        objects.ungetService(first);
        assertEquals(List.of(first), counter.released);
    }

    @Test
    void aFactoryServiceIsSharedUntilTheLastUserLetsGoOrItIsUnregistered() {
        Counter counter = new Counter();
        ServiceRegistration<Runnable> registration = context.registerService(Runnable.class, counter, null);
        ServiceReference<Runnable> reference = registration.getReference();

        Runnable shared = context.getService(reference);
        assertSame(shared, context.getService(reference));
        assertEquals(1, counter.made.size());
        assertTrue(context.ungetService(reference));
        assertEquals(List.of(), counter.released, "still used once");
        assertTrue(context.ungetService(reference));
        assertEquals(List.of(shared), counter.released);
        assertFalse(context.ungetService(reference));

        Runnable again = context.getService(reference);
        registration.unregister();
        assertEquals(List.of(shared, again), counter.released, "unregistering releases what is in use");
        assertNull(context.getService(reference));
        assertNull(context.getServiceObjects(reference));
    }
}
