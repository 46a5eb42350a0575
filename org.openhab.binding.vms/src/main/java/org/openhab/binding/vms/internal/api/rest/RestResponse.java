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
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.http.HttpFields;

/**
 * One HTTP answer as the REST client saw it. The body may hold secrets (the login answer holds the token): never log
 * it or put it into a message.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
record RestResponse(int status, HttpFields headers, String body) {

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    @Nullable
    String header(String name) {
        return headers.get(name);
    }

    @Override
    public String toString() {
        return "RestResponse[status=" + status + ", body=" + body.length() + " chars]";
    }
}
