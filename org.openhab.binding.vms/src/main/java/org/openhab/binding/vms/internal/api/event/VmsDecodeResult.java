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
 * What {@link VmsEventDecoder} made of one socket message: a typed {@link VmsEvent}, or a
 * {@link VmsDroppedMessage} that says why it could not be decoded. Keeping the two apart means that code handling
 * events never sees a message it has to ignore: whoever decodes counts the drops and passes the events on.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public sealed interface VmsDecodeResult permits VmsEvent, VmsDroppedMessage {

    /** Where the message came from and its raw inner JSON. */
    VmsEventEnvelope envelope();
}
