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
import org.eclipse.jdt.annotation.Nullable;

/**
 * Keeps the access token across restarts, so that a restart of the Thing or of openHAB does not open a new VMS
 * session while the stored token is still valid. The bridge handler backs it with openHAB's storage.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface VmsTokenStore {

    @Nullable
    String load();

    void store(String token);

    void clear();
}
