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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.core.test.java.JavaTest;

/**
 * A rule action test: a fresh {@link ActionsBed} (the binding as openHAB runs it, on a simulated VMS) per test.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class ActionsTestBase extends JavaTest {

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<ActionsBed> bed = resources.opened(ActionsBed::new);

    ActionsBed bed() {
        return bed.get();
    }
}
