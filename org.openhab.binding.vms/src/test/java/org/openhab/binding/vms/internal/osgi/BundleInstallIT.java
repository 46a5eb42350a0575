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

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the packaged bundle into an OSGi framework that looks like openHAB 4.3.11 and, in a second run, 5.2.1
 * (the openHAB API stand-in exported at that release's version, Gson, SLF4J, Jetty 9.4, Declarative Services), and
 * checks that it resolves and starts, that SCR registers its ThingHandlerFactory, and that the factory creates
 * handlers for all three thing types; for the account bridge, as in openHAB, the factory takes an instance of the
 * PROTOTYPE discovery component from SCR and registers it as a DiscoveryService until the handler is unregistered;
 * and that SCR registers the console command {@code vms} (with openHAB's ThingRegistry) as a ConsoleCommandExtension.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class BundleInstallIT {

    private static final Logger LOGGER = LoggerFactory.getLogger(BundleInstallIT.class);

    private static final String FACTORY_INTERFACE = "org.openhab.core.thing.binding.ThingHandlerFactory";
    private static final String FACTORY_COMPONENT = "org.openhab.binding.vms.internal.VmsHandlerFactory";
    private static final String DISCOVERY_COMPONENT = "org.openhab.binding.vms.internal.discovery.VmsDiscoveryService";
    private static final String DISCOVERY_INTERFACE = "org.openhab.core.config.discovery.DiscoveryService";
    private static final long SERVICE_TIMEOUT_MS = 15_000;
    private static final String CONSOLE_INTERFACE = "org.openhab.core.io.console.extensions.ConsoleCommandExtension";
    private static final String CONSOLE_COMPONENT = "org.openhab.binding.vms.internal.console.VmsConsoleCommandExtension";

    /**
     * What an openHAB runtime provides besides openHAB itself, each named by a class of its jar on the test class
     * path, in install order. SLF4J and the DS API come from the system bundle (see {@link OsgiRuntime}).
     */
    private static final List<String> RUNTIME_BUNDLES = List.of( //
            "javax.servlet.Servlet", // Jetty 9.4's jetty-http imports the servlet API
            "org.eclipse.jetty.util.StringUtil", //
            "org.eclipse.jetty.io.EndPoint", //
            "org.eclipse.jetty.http.HttpField", //
            "org.eclipse.jetty.client.HttpClient", //
            // Jetty 9.4's HTTP/2 client, which openHAB's HttpClientFactory (the stand-in too) hands out
            "org.eclipse.jetty.alpn.client.ALPNClientConnectionFactory", //
            "org.eclipse.jetty.http2.hpack.HpackEncoder", //
            "org.eclipse.jetty.http2.HTTP2Connection", //
            "org.eclipse.jetty.http2.client.HTTP2Client", //
            "com.google.gson.Gson", //
            "org.apache.felix.scr.impl.Activator");

    @ParameterizedTest(name = "openHAB {0}")
    @ValueSource(strings = { "4.3.11", "5.2.1" })
    void installsStartsAndCreatesHandlersForAllThingTypes(String openhabVersion, @TempDir Path work)
            throws Exception {
        Path openhabApi = ClasspathJars.containing(FACTORY_INTERFACE);
        assumeTrue(StandInOpenhabBundle.isStandIn(openhabApi), "the real openHAB bundles are on the class path "
                + "(profile 'openhab'); this test installs the openHAB stand-in, not openHAB with its dependencies");
        Path standIn = StandInOpenhabBundle.build(openhabApi, openhabVersion,
                work.resolve("openhab-core-" + openhabVersion + ".jar"));

        try (OsgiRuntime osgi = new OsgiRuntime(work.resolve("felix-cache"))) {
            List<Bundle> bundles = new ArrayList<>();
            for (String className : RUNTIME_BUNDLES) {
                bundles.add(osgi.install(ClasspathJars.containing(className)));
            }
            Bundle openhab = osgi.install(standIn);
            bundles.add(openhab);
            Bundle binding = osgi.install(BuiltBundle.jar());
            bundles.add(binding);

            Map<Bundle, String> failures = osgi.startAll(bundles);
            assertEquals(OsgiRuntime.stateName(Bundle.ACTIVE), OsgiRuntime.stateName(binding.getState()),
                    () -> "the binding did not resolve/start:" + OsgiRuntime.describe(failures));
            assertTrue(failures.isEmpty(), () -> "bundles that did not start:" + OsgiRuntime.describe(failures));
            assertOpenhabPackagesWiredTo(openhab, binding, openhabVersion);
            assertEmbeddedPusherClientLinks(binding);
            assertEmbeddedDecoderLinks(binding);

            BundleContext context = osgi.context();
            ServiceComponentRuntime scr = context
                    .getService(context.getServiceReference(ServiceComponentRuntime.class));
            List<String> standIns = StandInServices.registerForMandatoryReferences(scr, binding);
            LOGGER.info("openHAB {}: stand-in services for the binding's references: {}", openhabVersion, standIns);

            ServiceTracker<Object, Object> factories = new ServiceTracker<>(context, context.createFilter(
                    "(&(objectClass=" + FACTORY_INTERFACE + ")(component.name=" + FACTORY_COMPONENT + "))"), null);
            ServiceTracker<Object, Object> discoveryComponent = new ServiceTracker<>(context,
                    context.createFilter("(objectClass=" + DISCOVERY_COMPONENT + ")"), null);
            // track all: the test's own class path has another copy of the openHAB types
            factories.open(true);
            discoveryComponent.open(true);
            try {
                Object factory = factories.waitForService(SERVICE_TIMEOUT_MS);
                assertNotNull(factory, () -> "SCR registered no ThingHandlerFactory for the binding"
                        + ComponentDiagnostics.describe(scr, binding));
                ServiceReference<Object> reference = factories.getServiceReference();
                assertSame(binding, reference.getBundle(), "the factory service is the binding's");
                assertNotNull(discoveryComponent.waitForService(SERVICE_TIMEOUT_MS), () -> "SCR registered no "
                        + "discovery component" + ComponentDiagnostics.describe(scr, binding));
                assertEquals("prototype", discoveryComponent.getServiceReference().getProperty("service.scope"));
                assertConsoleCommandRegistered(scr, binding, context);
                assertHandlersForAllThingTypes(new ThingHandlerFactoryProbe(openhab, factory), binding, context);
            } finally {
                discoveryComponent.close();
                factories.close();
            }
        }
    }

    /** SCR registers the console command as openHAB's console finds it: a ConsoleCommandExtension named vms. */
    private static void assertConsoleCommandRegistered(ServiceComponentRuntime scr, Bundle binding,
            BundleContext context) throws Exception {
        ServiceTracker<Object, Object> consoles = new ServiceTracker<>(context, context.createFilter(
                "(&(objectClass=" + CONSOLE_INTERFACE + ")(component.name=" + CONSOLE_COMPONENT + "))"), null);
        consoles.open(true);
        try {
            Object command = consoles.waitForService(SERVICE_TIMEOUT_MS);
            assertNotNull(command, () -> "SCR registered no console command for the binding"
                    + ComponentDiagnostics.describe(scr, binding));
            assertSame(binding, consoles.getServiceReference().getBundle(), "the console command is the binding's");
            Class<?> type = binding.loadClass(CONSOLE_INTERFACE);
            assertEquals("vms", type.getMethod("getCommand").invoke(command));
            assertEquals(8, ((List<?>) type.getMethod("getUsages").invoke(command)).size());
        } finally {
            consoles.close();
        }
    }

    /** The binding's openHAB imports are satisfied by the stand-in at the impersonated release version. */
    private static void assertOpenhabPackagesWiredTo(Bundle openhab, Bundle binding, String openhabVersion) {
        BundleWiring wiring = binding.adapt(BundleWiring.class);
        assertNotNull(wiring, "the binding is resolved");
        Map<String, String> openhabWires = new TreeMap<>();
        for (BundleWire wire : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            Map<String, Object> capability = wire.getCapability().getAttributes();
            String pkg = String.valueOf(capability.get(PackageNamespace.PACKAGE_NAMESPACE));
            if (pkg.startsWith("org.openhab.core")) {
                assertSame(openhab, wire.getProvider().getBundle(), pkg + " comes from the openHAB stand-in");
                openhabWires.put(pkg, String.valueOf(capability.get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE)));
            }
        }
        assertFalse(openhabWires.isEmpty(), "the binding imports openHAB packages");
        openhabWires.forEach((pkg, version) -> assertEquals(openhabVersion, version, pkg));
    }

    /**
     * The embedded pusher-java-client (and the Java-WebSocket, Gson and SLF4J classes it links to) loads and works
     * from inside the bundle: a client is created and reports itself disconnected, without touching the network.
     */
    private static void assertEmbeddedPusherClientLinks(Bundle binding) throws Exception {
        Class<?> optionsType = binding.loadClass("com.pusher.client.PusherOptions");
        Class<?> pusherType = binding.loadClass("com.pusher.client.Pusher");
        assertSame(binding, FrameworkUtil.getBundle(pusherType), "the client is the bundle's own copy");
        Object pusher = pusherType.getConstructor(String.class, optionsType).newInstance("app-key",
                optionsType.getConstructor().newInstance());
        Object connection = pusherType.getMethod("getConnection").invoke(pusher);
        Class<?> connectionType = binding.loadClass("com.pusher.client.connection.Connection");
        assertEquals("DISCONNECTED", String.valueOf(connectionType.getMethod("getState").invoke(connection)));
        Class<?> webSocketClient = binding.loadClass("org.java_websocket.client.WebSocketClient");
        assertSame(binding, FrameworkUtil.getBundle(webSocketClient), "Java-WebSocket is the bundle's own copy");
    }

    /**
     * The embedded part of jcodec holds every class the preview decoder reaches, and ImageIO comes from the system
     * bundle: a committed fixture becomes a JPEG inside the framework.
     */
    private static void assertEmbeddedDecoderLinks(Bundle binding) throws Exception {
        Class<?> decoder = binding.loadClass("org.openhab.binding.vms.internal.api.picture.VmsPreviewDecoder");
        byte[] mp4 = Files.readAllBytes(Path.of(System.getProperty("vms.snapshot.fixture")));
        byte[] jpeg = (byte[]) decoder.getMethod("toJpeg", byte[].class).invoke(null, (Object) mp4);
        assertTrue(jpeg.length > 1000 && (jpeg[0] & 0xFF) == 0xFF && (jpeg[1] & 0xFF) == 0xD8, "a JPEG");
        Class<?> h264 = binding.loadClass("org.jcodec.codecs.h264.H264Decoder");
        assertSame(binding, FrameworkUtil.getBundle(h264), "jcodec is the bundle's own copy");
    }

    private static void assertHandlersForAllThingTypes(ThingHandlerFactoryProbe probe, Bundle binding,
            BundleContext context) throws Exception {
        assertFalse(probe.supportsThingType("vms:unknown"), "vms:unknown");
        assertFalse(probe.supportsThingType("hue:bridge"), "hue:bridge");

        Object account = probe.thing("vms:account", "account1", true, null);
        Object accountUid = probe.uidOf(account);
        Map<String, Object> thingsByType = new LinkedHashMap<>();
        thingsByType.put("vms:account", account);
        thingsByType.put("vms:camera", probe.thing("vms:camera", "camera1", false, accountUid));
        thingsByType.put("vms:intercom", probe.thing("vms:intercom", "intercom1", false, accountUid));
        for (Map.Entry<String, Object> entry : thingsByType.entrySet()) {
            String type = entry.getKey();
            Object thing = entry.getValue();
            assertTrue(probe.supportsThingType(type), type);
            Object handler = probe.registerHandler(thing);
            assertNotNull(handler, "handler for " + type);
            assertSame(binding, FrameworkUtil.getBundle(handler.getClass()), "the handler class is the binding's");
            assertSame(thing, probe.thingOf(handler), "the handler is for its thing " + type);
            List<ServiceReference<?>> discovery = discoveryServices(context);
            if ("vms:account".equals(type)) {
                assertEquals(1, discovery.size(), "the bridge's discovery service is registered");
                Object service = context.getService(discovery.get(0));
                assertEquals(DISCOVERY_COMPONENT, service.getClass().getName());
                assertSame(binding, FrameworkUtil.getBundle(service.getClass()), "the binding's own class");
                assertSame(binding, discovery.get(0).getBundle(), "registered by the binding's factory");
                context.ungetService(discovery.get(0));
            } else {
                assertEquals(List.of(), discovery, "cameras and intercoms have no services");
            }
            probe.unregisterHandler(thing);
            assertEquals(List.of(), discoveryServices(context), "unregistered with the handler of " + type);
        }
    }

    private static List<ServiceReference<?>> discoveryServices(BundleContext context) throws Exception {
        ServiceReference<?>[] references = context.getAllServiceReferences(DISCOVERY_INTERFACE, null);
        return references == null ? List.of() : List.of(references);
    }
}
