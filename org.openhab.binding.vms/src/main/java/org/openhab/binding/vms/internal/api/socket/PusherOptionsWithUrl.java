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
import org.eclipse.jdt.annotation.Nullable;

import com.pusher.client.PusherOptions;

/**
 * pusher-java-client options that connect to exactly our URL. The library builds
 * {@code scheme://host:port/app/key?client=java-client&protocol=5...} itself, with no path prefix; overriding
 * {@link #buildUrl} is its intended extension point and gives us the prefix and our client identification.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class PusherOptionsWithUrl extends PusherOptions {

    private final String url;

    PusherOptionsWithUrl(VmsSocketUrl url) {
        this.url = url.url();
        setUseTLS(url.isTls());
        setHost(url.host());
        setWsPort(url.port());
        setWssPort(url.port());
    }

    @Override
    public String buildUrl(@Nullable String apiKey) {
        return url;
    }
}
