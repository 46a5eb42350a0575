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
 * A decoded VMS socket message. (Contract stub: the decoder work turns this into a sealed hierarchy of records with
 * a visitor.)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface VmsEvent {

    VmsEventKind kind();

    EventEnvelope envelope();
}
