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

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test of the module (JUnit extension auto-detection): a test after which a secret was found
 * in the log fails, naming the logger and the line with the secret blanked out.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class NoSecretsInLogsExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        // what earlier work (a previous class's background threads) logged is not this test's fault
        LogSecretScanner.takeViolations();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> violations = LogSecretScanner.takeViolations();
        if (!violations.isEmpty()) {
            fail("secrets in the log during " + context.getDisplayName() + ":\n" + String.join("\n", violations));
        }
    }
}
