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
package org.openhab.binding.vms.internal.api.rest.dto;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A successful login (or a pre-obtained token checked with {@code users/self}).
 *
 * @param accessToken the bearer token; never log it ({@link #toString()} hides it)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsLoginResult(String accessToken, VmsUser user) {

    @Override
    public String toString() {
        return "VmsLoginResult[accessToken=***, user=" + user + "]";
    }
}
