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
package org.openhab.binding.vms.internal.testsupport;

import static org.mockito.Mockito.*;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.simulator.runtime.VolatileStorageService;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.core.io.net.http.HttpClientFactory;

/**
 * The binding as openHAB runs it, on a simulated VMS: the handler factory, discovery and action components made and
 * activated as SCR does it ({@link BindingComponents}) with openHAB's common HTTP client (a real Jetty client) and
 * storage, the Things on openHAB's thing manager rules ({@link OpenhabSide}). The simulated VMS (its Pusher server
 * in the JVM or a real soketi) is the caller's and is closed with the rest.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class BindingOnVms implements AutoCloseable {

    public final SimulatedVms vms;
    private final HttpClient commonHttpClient = new HttpClient();
    public final BindingComponents components;
    public final OpenhabSide openhab;

    public BindingOnVms(SimulatedVms vms) throws Exception {
        this.vms = vms;
        commonHttpClient.start();
        HttpClientFactory httpClientFactory = mock(HttpClientFactory.class);
        when(httpClientFactory.getCommonHttpClient()).thenReturn(commonHttpClient);
        VolatileStorageService storage = new VolatileStorageService();
        components = new BindingComponents(httpClientFactory, storage);
        openhab = new OpenhabSide(components.factory(), storage);
    }

    /** The account configuration with the simulated account's login and password. */
    public Map<String, Object> credentials() {
        Map<String, Object> config = new HashMap<>();
        config.put("baseUrl", vms.baseUrl());
        config.put("login", SimulatedVms.DEFAULT_LOGIN);
        config.put("password", SimulatedVms.DEFAULT_PASSWORD);
        // the simulated VMS speaks plain HTTP and WebSocket on loopback
        config.put("allowPlainHttp", true);
        return config;
    }

    /**
     * Disposes the handlers as openHAB does when the binding goes (the children before the bridge), then stops the
     * components, the HTTP client and the simulated VMS.
     */
    @Override
    public void close() throws Exception {
        try {
            openhab.close();
        } finally {
            components.close();
            commonHttpClient.stop();
            vms.close();
        }
    }
}
