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
package org.openhab.binding.vms.internal.handler;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;

/**
 * A call to the server with the account's REST client, made by {@link VmsChildHandler#callServer} for a command
 * or a rule action.
 *
 * @param <T> what the call yields; a call with no answer of its own yields {@code true}
 *
 * @author VMS binding contributors - Initial contribution
 */
@FunctionalInterface
@NonNullByDefault
public interface VmsRestCall<T> {

    T call(VmsRestClient rest) throws VmsApiException;
}
