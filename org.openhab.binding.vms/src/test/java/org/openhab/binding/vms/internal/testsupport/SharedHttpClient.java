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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.testsupport.SharedHttpClient;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;

/**
 * The HTTP client openHAB shares with the binding ({@code HttpClientFactory.getCommonHttpClient()}: started, JVM
 * trust), one per test.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SharedHttpClient {

    private SharedHttpClient() {
    }

    /** Started before each test (after the resources declared before it), stopped after what the test opened. */
    public static Opened<HttpClient> opened(TestResources resources) {
        return resources.opened(() -> {
            HttpClient client = new HttpClient();
            client.start();
            return client;
        }, HttpClient::stop);
    }
}
