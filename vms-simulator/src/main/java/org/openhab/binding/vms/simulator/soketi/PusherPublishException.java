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
package org.openhab.binding.vms.simulator.soketi;

import java.io.IOException;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The Pusher HTTP API refused a publish: a non-2xx status, or (soketi) HTTP 200 with an error body, whose
 * {@code code} is then the {@link #statusCode()}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class PusherPublishException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String responseBody;

    public PusherPublishException(int statusCode, String responseBody) {
        super("Pusher HTTP API refused the event with " + statusCode + ": " + responseBody);
        this.statusCode = statusCode;
        this.responseBody = responseBody;
    }

    public int statusCode() {
        return statusCode;
    }

    public String responseBody() {
        return responseBody;
    }
}
