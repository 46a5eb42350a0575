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
package org.openhab.binding.vms.internal.api.socket;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.api.VmsApiException;

/**
 * Obtains the {@code auth} string for a private channel ({@code POST api/v1/broadcasting/auth},
 * docs/protocol.md, "Channel authorisation").
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface VmsChannelAuthorizer {

    /** @return the {@code auth} value, {@code <appKey>:<hex signature>} */
    String authorize(String socketId, String channelName) throws VmsApiException;
}
