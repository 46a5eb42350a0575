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
package org.openhab.binding.vms.cli.account;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.api.connection.VmsAccountListener;

/**
 * The binding's account listener plus the connection-level problems that do not change the status (a refused
 * channel authorisation, a {@code pusher:error}), which the main job shows on stderr.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface SessionListener extends VmsAccountListener {

    /** @param message safe to print (no secrets) */
    void problem(String message);
}
