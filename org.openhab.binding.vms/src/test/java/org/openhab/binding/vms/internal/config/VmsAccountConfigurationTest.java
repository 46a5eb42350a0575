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
package org.openhab.binding.vms.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConfig;

/**
 * The account configuration reaches the connection as the user set it.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsAccountConfigurationTest {

    @Test
    void reconnectCapIsTheConfiguredNumberOfSecondsOrTheDefault() {
        VmsAccountConfiguration configuration = new VmsAccountConfiguration();
        configuration.baseUrl = "https://vms.example.com";
        assertEquals(Duration.ofMinutes(5), configuration.toAccountConfig("b").maxReconnectDelay());

        configuration.maxReconnectDelay = 60;
        assertEquals(Duration.ofSeconds(60), configuration.toAccountConfig("b").maxReconnectDelay());

        configuration.maxReconnectDelay = 0;
        assertEquals(Duration.ofMinutes(5), configuration.toAccountConfig("b").maxReconnectDelay());

        configuration.maxReconnectDelay = -7;
        assertEquals(Duration.ofMinutes(5), configuration.toAccountConfig("b").maxReconnectDelay());
    }

    @Test
    void blanksBecomeAbsentAndSecretsStayOutOfToString() {
        VmsAccountConfiguration configuration = new VmsAccountConfiguration();
        configuration.baseUrl = " https://vms.example.com ";
        configuration.login = "me";
        configuration.password = "pw-123456";
        VmsAccountConfig config = configuration.toAccountConfig("b");
        assertEquals("https://vms.example.com", config.baseUrl());
        assertEquals(null, config.token());
        assertFalse(config.allowPlainHttp());
        assertFalse(configuration.toString().contains("pw-123456"));
        assertFalse(config.toString().contains("pw-123456"));
    }
}
