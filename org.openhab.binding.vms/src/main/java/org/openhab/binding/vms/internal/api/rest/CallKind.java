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
package org.openhab.binding.vms.internal.api.rest;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The three kinds of REST call, which differ in headers and in what an error status means.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
enum CallKind {
    /** {@code POST token}: no bearer token; 401/422 mean wrong credentials, 419 means too many sessions. */
    LOGIN,
    /**
     * {@code POST broadcasting/auth}: only {@code Authorization} and a form body
     * (docs/protocol.md, "Channel authorisation").
     */
    CHANNEL_AUTH,
    /**
     * Every other call: the full header set of docs/protocol.md, "Base URL and headers"; 401 means the token is
     * invalid.
     */
    NORMAL
}
