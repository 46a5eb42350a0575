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
package org.openhab.binding.vms.internal.action;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openhab.core.test.java.JavaTest;

/**
 * A rule action test: a fresh {@link ActionsBed} (the binding as openHAB runs it, on a simulated VMS) per test.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class ActionsTestBase extends JavaTest {

    private @Nullable ActionsBed bedOrNull;

    @BeforeEach
    void startBed() throws Exception {
        bedOrNull = new ActionsBed();
    }

    @AfterEach
    void stopBed() throws Exception {
        ActionsBed bed = bedOrNull;
        if (bed != null) {
            bed.close();
        }
    }

    ActionsBed bed() {
        ActionsBed bed = bedOrNull;
        assertNotNull(bed);
        return bed;
    }
}
