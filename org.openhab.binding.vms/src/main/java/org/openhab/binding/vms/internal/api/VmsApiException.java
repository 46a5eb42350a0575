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
package org.openhab.binding.vms.internal.api;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Any failure talking to the VMS backend. (Contract stub: the REST work adds the typed error classes.)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsApiException extends Exception {

    private static final long serialVersionUID = 1L;

    public VmsApiException(String message) {
        super(message);
    }

    public VmsApiException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
