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
package org.openhab.binding.vms.internal.testlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.config.VmsAccountConfiguration;
import org.openhab.core.config.core.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log scanner is the backend in use and finds secrets at TRACE; masked forms pass.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class LogSecretScannerTest {

    private final Logger logger = LoggerFactory.getLogger(LogSecretScannerTest.class);

    @Test
    void theScanningBackendIsTheOneSlf4jUses() {
        assertTrue(logger instanceof SecretScanningLogger, logger.getClass().getName());
        assertTrue(logger.isTraceEnabled());
    }

    @Test
    void aTokenLoggedAtTraceIsFound() {
        long before = LogSecretScanner.linesScanned();
        logger.trace("sending Authorization: Bearer {}", "sim." + "0123456789abcdef".repeat(3));
        List<String> violations = LogSecretScanner.takeViolations();
        assertEquals(1, violations.size(), violations.toString());
        LogSecretScanner.discountPlanted(1);
        assertFalse(violations.get(0).contains("0123456789abcdef"), "the report itself must not repeat the secret");
        assertTrue(LogSecretScanner.linesScanned() > before);
    }

    @Test
    void channelAuthSignaturesPasswordsAndDoorCodesAreFound() {
        logger.debug("auth {}", "vms-app-key:b385bee3289c69fee50536f978fb4c5228405498edec407e307e611a0e7044dc");
        logger.info("login with secret-password");
        logger.warn("code {}", "482913", new IllegalStateException("wrapped"));
        assertEquals(3, LogSecretScanner.takeViolations().size());
        LogSecretScanner.discountPlanted(3);
    }

    @Test
    void openhabCoreMayLogTheConfigurationButTheBindingsLoggersMayNot() {
        String configParser = "org.openhab.core.config.core.ConfigParser";
        Logger core = LoggerFactory.getLogger(configParser);
        assertTrue(core.isTraceEnabled());
        // what openHAB's ConfigParser logs for the account's password (real openHAB and the stand-in alike)
        core.trace("Setting value ({}) {} to field '{}' in configuration class {}", "String", "secret-password",
                "password", VmsAccountConfiguration.class.getName());
        assertEquals(List.of(), LogSecretScanner.takeViolations());

        // the same line from any of the binding's loggers fails
        for (String name : List.of("org.openhab.binding.vms.internal.handler.VmsAccountHandler",
                "org.openhab.binding.vms.internal.config.VmsAccountConfiguration",
                "org.openhab.binding.vms.internal.api.connection.VmsAccountConnection")) {
            LoggerFactory.getLogger(name).trace("Setting value ({}) {} to field '{}'", "String", "secret-password",
                    "password");
            List<String> violations = LogSecretScanner.takeViolations();
            assertEquals(1, violations.size(), name + ": " + violations);
            LogSecretScanner.discountPlanted(1);
        }
    }

    @Test
    void getConfigAsLogsTheAccountsPasswordOnOpenhabsLoggerOnly() {
        long ignoredBefore = LogSecretScanner.linesNotScanned();

        // what the account handler's getConfigAs does (BaseThingHandler -> Configuration.as -> ConfigParser)
        VmsAccountConfiguration config = new Configuration(
                Map.of("baseUrl", "https://vms.example", "login", "user", "password", "secret-password"))
                .as(VmsAccountConfiguration.class);

        assertEquals("secret-password", config.password);
        assertTrue(LogSecretScanner.linesNotScanned() > ignoredBefore, "openHAB's ConfigParser logged at TRACE");
        assertEquals(List.of(), LogSecretScanner.takeViolations());
    }

    @Test
    void maskedAndHarmlessLinesPass() {
        logger.debug("Authorization: Bearer ***, channel private-token.7c1e…, socket 129847.5532861");
        logger.trace("subscribed to private-user.42");
        assertEquals(List.of(), LogSecretScanner.takeViolations());
    }
}
