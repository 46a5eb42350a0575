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
package org.openhab.binding.vms.internal;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.discovery.VmsDiscoveryService;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.handler.VmsKnownCamera;
import org.openhab.binding.vms.internal.handler.VmsIntercomHandler;
import org.openhab.binding.vms.internal.testsupport.BindingComponents;
import org.openhab.binding.vms.simulator.tls.TestCertificates;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.storage.StorageService;
import org.openhab.core.test.java.JavaTest;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * The factory, made and activated by SCR as in openHAB ({@link BindingComponents}), creates the right handler per
 * thing type, with openHAB's shared HTTP client, and touches the token storage only when a token is used. An account
 * with a trusted certificate gets its own client from
 * {@code HttpClientFactory.createHttpClient(String, SslContextFactory)}, which it starts and stops itself. A bridge
 * gets its discovery service the way openHAB starts it: an instance of the PROTOTYPE discovery component, configured
 * from {@code discovery.vms}, registered as a {@code DiscoveryService} while the handler is registered.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsHandlerFactoryTest extends JavaTest {

    private final HttpClientFactory httpClientFactory = mock(HttpClientFactory.class);
    private final StorageService storageService = mock(StorageService.class);
    private final BindingComponents components = new BindingComponents(httpClientFactory, storageService);

    @AfterEach
    void stopComponents() {
        components.close();
    }

    @Test
    void createsAHandlerPerThingType() {
        when(httpClientFactory.getCommonHttpClient()).thenReturn(new HttpClient());
        VmsHandlerFactory factory = components.factory();
        verify(httpClientFactory).getCommonHttpClient();
        verifyNoInteractions(storageService);

        assertTrue(factory.supportsThingType(THING_TYPE_ACCOUNT));
        assertTrue(factory.supportsThingType(THING_TYPE_CAMERA));
        assertTrue(factory.supportsThingType(THING_TYPE_INTERCOM));
        assertFalse(factory.supportsThingType(new ThingTypeUID(BINDING_ID, "nvr")));
        assertFalse(factory.supportsThingType(new ThingTypeUID("hue", "bridge")));

        ThingUID bridgeUID = new ThingUID(THING_TYPE_ACCOUNT, "home");
        Bridge bridge = BridgeBuilder.create(THING_TYPE_ACCOUNT, bridgeUID).build();
        assertInstanceOf(VmsAccountHandler.class, factory.registerHandler(bridge));
        Thing camera = ThingBuilder.create(THING_TYPE_CAMERA, new ThingUID(THING_TYPE_CAMERA, bridgeUID, "c"))
                .withBridge(bridgeUID).build();
        ThingHandler cameraHandler = factory.registerHandler(camera);
        assertInstanceOf(VmsCameraHandler.class, cameraHandler);
        assertSame(camera, cameraHandler.getThing());
        Thing intercom = ThingBuilder.create(THING_TYPE_INTERCOM, new ThingUID(THING_TYPE_INTERCOM, bridgeUID, "i"))
                .withBridge(bridgeUID).build();
        assertInstanceOf(VmsIntercomHandler.class, factory.registerHandler(intercom));
        verifyNoInteractions(storageService);
    }

    @Test
    void anAccountWithATrustedCertificateGetsItsOwnClientFromOpenhabsFactory() {
        when(httpClientFactory.getCommonHttpClient()).thenReturn(new HttpClient());
        HttpClient own = new HttpClient();
        when(httpClientFactory.createHttpClient(anyString(), any())).thenReturn(own);
        VmsHandlerFactory factory = components.factory();
        ThingUID bridgeUID = new ThingUID(THING_TYPE_ACCOUNT, "home");
        // port 1 on loopback: refused at once, nothing leaves the machine
        Bridge bridge = BridgeBuilder.create(THING_TYPE_ACCOUNT, bridgeUID)
                .withConfiguration(new Configuration(Map.of("baseUrl", "https://127.0.0.1:1", "token", "a-token",
                        "trustedCertificate", TestCertificates.loopbackCertificatePem())))
                .build();
        ThingHandler handler = factory.registerHandler(bridge);
        handler.setCallback(mock(ThingHandlerCallback.class));

        handler.initialize();

        verify(httpClientFactory, timeout(10_000)).createHttpClient(eq("vms-home"),
                argThat(tls -> tls instanceof SslContextFactory.Client client
                        && "HTTPS".equals(client.getEndpointIdentificationAlgorithm()) && !client.isTrustAll()));
        waitForAssert(() -> assertTrue(own.isStarted()));
        handler.dispose();
        waitForAssert(() -> assertTrue(own.isStopped()));
    }

    @Test
    void aBridgeGetsAnInstanceOfTheDiscoveryComponentWhileItsHandlerIsRegistered() {
        when(httpClientFactory.getCommonHttpClient()).thenReturn(new HttpClient());
        VmsHandlerFactory factory = components.factory();
        Bridge bridge = BridgeBuilder.create(THING_TYPE_ACCOUNT, new ThingUID(THING_TYPE_ACCOUNT, "home")).build();
        Bridge other = BridgeBuilder.create(THING_TYPE_ACCOUNT, new ThingUID(THING_TYPE_ACCOUNT, "work")).build();

        ThingHandler handler = factory.registerHandler(bridge);
        bridge.setHandler(handler);
        other.setHandler(factory.registerHandler(other));

        List<DiscoveryService> services = components.discoveryServices();
        assertEquals(2, services.size(), "one per bridge");
        VmsDiscoveryService discovery = services.stream().map(VmsDiscoveryService.class::cast)
                .filter(service -> service.getThingHandler() == handler).findFirst().orElseThrow();
        assertTrue(components.discovery.instances().contains(discovery), "made and activated by SCR");

        factory.unregisterHandler(bridge);
        assertEquals(1, components.discoveryServices().size(), "the removed bridge's service is unregistered");
        assertNotSame(discovery, components.discoveryServices().get(0));
        assertFalse(components.discovery.instances().contains(discovery), "and given back to SCR");
    }

    /**
     * With {@code background=false} the lists the bridge reads report nothing (only a scan does); switched on again,
     * they do. ({@code isBackgroundDiscoveryEnabled()} cannot tell: in openHAB the handler discovery service keeps
     * the setting apart from it.)
     */
    @Test
    void backgroundDiscoveryFollowsTheDiscoveryVmsConfiguration() {
        when(httpClientFactory.getCommonHttpClient()).thenReturn(new HttpClient());
        components.configure(VmsDiscoveryService.CONFIGURATION_PID, Map.of("background", false));
        Bridge bridge = BridgeBuilder.create(THING_TYPE_ACCOUNT, new ThingUID(THING_TYPE_ACCOUNT, "home")).build();
        bridge.setHandler(components.factory().registerHandler(bridge));
        VmsDiscoveryService discovery = (VmsDiscoveryService) components.discoveryServices().get(0);
        DiscoveryListener inbox = mock(DiscoveryListener.class);
        discovery.addDiscoveryListener(inbox);
        List<VmsKnownCamera> cameras = List.of(new VmsKnownCamera(1001, "Porch", "active", false));

        discovery.camerasListed(cameras);
        verifyNoInteractions(inbox);

        components.configure(VmsDiscoveryService.CONFIGURATION_PID, Map.of("background", "true"));
        discovery.camerasListed(cameras);
        verify(inbox).thingDiscovered(eq(discovery), argThat(result -> "Porch".equals(result.getLabel())));
    }

    @Test
    void aFactoryNobodyActivatedCannotStartABridgesDiscoveryAsInOpenhab() {
        when(httpClientFactory.getCommonHttpClient()).thenReturn(new HttpClient());
        VmsHandlerFactory factory = new VmsHandlerFactory(httpClientFactory, storageService);
        Bridge bridge = BridgeBuilder.create(THING_TYPE_ACCOUNT, new ThingUID(THING_TYPE_ACCOUNT, "home")).build();
        assertThrows(NullPointerException.class, () -> factory.registerHandler(bridge));
    }
}
