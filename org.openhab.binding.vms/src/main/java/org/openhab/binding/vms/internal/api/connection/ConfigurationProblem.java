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
package org.openhab.binding.vms.internal.api.connection;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.api.VmsApiException;

/**
 * A problem in the configuration that retrying cannot solve: the connection gives up (FAILED) with {@link #problem}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ConfigurationProblem extends Exception {

    private static final long serialVersionUID = 1L;

    /** What to report, safe to show. */
    final VmsApiException problem;

    ConfigurationProblem(VmsApiException problem) {
        super(problem.getMessage(), null, false, false);
        this.problem = problem;
    }
}
