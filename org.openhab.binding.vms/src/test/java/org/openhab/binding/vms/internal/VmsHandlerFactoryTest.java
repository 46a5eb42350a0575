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

import org.eclipse.jdt.annotation.NonNullByDefault;
import java.util.Map;

import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.handler.VmsIntercomHandler;
import org.openhab.binding.vms.simulator.tls.TestCertificates;
import org.openhab.core.config.core.Configuration;
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
 * The factory creates the right handler per thing type, with openHAB's shared HTTP client, and touches the token
 * storage only when a token is used. An account with a trusted certificate gets its own client from
 * {@code HttpClientFactory.createHttpClient(String, SslContextFactory)}, which it starts and stops itself.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsHandlerFactoryTest extends JavaTest {

    private final HttpClientFactory httpClientFactory = mock(HttpClientFactory.class);
    private final StorageService storageService = mock(StorageService.class);

    @Test
    void createsAHandlerPerThingType() {
        when(httpClientFactory.getCommonHttpClient()).thenReturn(new HttpClient());
        VmsHandlerFactory factory = new VmsHandlerFactory(httpClientFactory, storageService);
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
        VmsHandlerFactory factory = new VmsHandlerFactory(httpClientFactory, storageService);
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
}
