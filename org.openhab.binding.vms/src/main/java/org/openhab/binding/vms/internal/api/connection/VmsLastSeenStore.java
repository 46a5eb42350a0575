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
 * Where an account keeps its "last seen" mark across restarts (docs/protocol.md, "Catch-up"): an opaque text the
 * connection writes and reads back. The bridge keeps it in openHAB's storage.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface VmsLastSeenStore {

    @Nullable
    String load();

    void store(String mark);
}
