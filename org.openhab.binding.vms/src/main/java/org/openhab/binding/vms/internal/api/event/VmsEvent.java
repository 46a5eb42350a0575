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
package org.openhab.binding.vms.internal.api.event;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A decoded VMS socket message: one record per message type (docs/protocol.md, "Message types"), grouped as the seed
 * SDKs group them into {@link VmsAppEvent} (account-level) and {@link VmsIntercomEvent} (intercoms). The hierarchy is
 * sealed and every record implements {@link #accept(VmsEventVisitor)}, so adding a record breaks the compilation of
 * every visitor until it handles the new case. A message that could not be decoded is no event but a
 * {@link VmsDroppedMessage}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public sealed interface VmsEvent extends VmsDecodeResult permits VmsAppEvent, VmsIntercomEvent {

    /** The message type. */
    VmsEventKind kind();

    <R> R accept(VmsEventVisitor<R> visitor);
}
