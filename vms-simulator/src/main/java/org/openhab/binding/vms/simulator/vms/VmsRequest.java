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
package org.openhab.binding.vms.simulator.vms;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.simulator.http.RecordedRequest;

/**
 * A request matched to a simulator route: the HTTP request, the numeric path parameters of the route pattern and
 * the bearer token (set on protected routes, where it has already been checked).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsRequest(RecordedRequest http, Map<String, Integer> pathParams, @Nullable String token) {

    /** A {@code {name}} segment of the route pattern; the router only matches digits there. */
    public int pathInt(String name) {
        Integer value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("route has no parameter " + name);
        }
        return value;
    }

    /** The first value of a query parameter, URL-decoded; null if absent. */
    public @Nullable String query(String name) {
        String raw = http.query();
        return raw == null ? null : FormBody.parse(raw).get(name);
    }

    /** A numeric query parameter; {@code fallback} when absent or not a number. */
    public int queryInt(String name, int fallback) {
        String value = query(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
