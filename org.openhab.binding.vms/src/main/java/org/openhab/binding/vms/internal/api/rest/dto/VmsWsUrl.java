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
 * The answer of {@code GET wsurl} (docs/protocol.md, "Socket settings"). The Android-only extras ({@code host},
 * {@code port}, {@code path}, {@code is_encrypted}) are deliberately not modelled: the binding does not depend on them.
 *
 * @param wsUrl {@code ws_url}, e.g. {@code wss://example.com/pusher}, exactly as received
 * @param appKey {@code app_key}, the Pusher application key
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsWsUrl(String wsUrl, String appKey) {
}
