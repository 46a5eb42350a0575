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
package org.openhab.binding.vms.internal.e2e;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openhab.binding.vms.simulator.soketi.SoketiExtension;

/**
 * A new {@link BindingOnSoketi} for every test, on the class's soketi, closed after it:
 * {@code @RegisterExtension final BindingOnSoketiPerTest binding = new BindingOnSoketiPerTest(SOKETI);} (register
 * it after the static soketi extension).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class BindingOnSoketiPerTest implements BeforeEachCallback, AfterEachCallback {

    private final SoketiExtension soketi;
    private @Nullable BindingOnSoketi current;

    BindingOnSoketiPerTest(SoketiExtension soketi) {
        this.soketi = soketi;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        current = new BindingOnSoketi(soketi.server());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        BindingOnSoketi bed = current;
        current = null;
        if (bed != null) {
            bed.close();
        }
    }

    /** The test's binding and simulated VMS. */
    BindingOnSoketi bed() {
        BindingOnSoketi bed = current;
        if (bed == null) {
            throw new IllegalStateException("only while a test runs");
        }
        return bed;
    }
}
