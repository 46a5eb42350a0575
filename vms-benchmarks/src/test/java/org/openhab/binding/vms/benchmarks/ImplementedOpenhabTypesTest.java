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
package org.openhab.binding.vms.benchmarks;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.benchmarks.binding.BenchThings;
import org.openhab.binding.vms.simulator.testing.ImplementedOpenhabTypes;

/**
 * The openHAB types that the benchmarks implement or extend are exactly those listed for this module in
 * {@value ImplementedOpenhabTypes#LIST}, which openhab-api's SignatureConformanceTest checks against both openHAB
 * releases.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ImplementedOpenhabTypesTest {

    @Test
    void everyOpenhabTypeThisModuleImplementsOrExtendsIsListed() throws Exception {
        ImplementedOpenhabTypes.assertListed("vms-benchmarks", BenchThings.class, ImplementedOpenhabTypesTest.class);
    }
}
