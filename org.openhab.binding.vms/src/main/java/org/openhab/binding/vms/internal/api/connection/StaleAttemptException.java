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

/**
 * A connection attempt found that it was overtaken (by {@code stop()} or by a newer decision) and must end without
 * touching the connection's state.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class StaleAttemptException extends Exception {

    private static final long serialVersionUID = 1L;

    StaleAttemptException() {
        super("connection attempt overtaken", null, false, false);
    }
}
