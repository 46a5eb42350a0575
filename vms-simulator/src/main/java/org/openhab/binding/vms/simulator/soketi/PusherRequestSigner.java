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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.simulator.pusher.PusherSignatures;

/**
 * Builds the signed query string of a Pusher HTTP API request (auth version 1.0): the parameters {@code auth_key},
 * {@code auth_timestamp}, {@code auth_version} and, when there is a body, {@code body_md5}, sorted by name, and
 * {@code auth_signature = hex(HMAC-SHA256(secret, METHOD + "\n" + path + "\n" + sortedQuery))}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class PusherRequestSigner {

    private final String appKey;
    private final String appSecret;

    PusherRequestSigner(String appKey, String appSecret) {
        this.appKey = appKey;
        this.appSecret = appSecret;
    }

    /**
     * @param method upper-case HTTP method
     * @param path the request path, e.g. {@code /apps/42/events}
     * @param body the request body, {@code null} for requests without one (GET)
     * @param epochSeconds the {@code auth_timestamp}
     * @return the complete query string (without {@code ?}), signature last
     */
    String signedQuery(String method, String path, @Nullable String body, long epochSeconds) {
        Map<String, String> params = new TreeMap<>();
        params.put("auth_key", appKey);
        params.put("auth_timestamp", Long.toString(epochSeconds));
        params.put("auth_version", "1.0");
        if (body != null) {
            params.put("body_md5", PusherDigests.md5Hex(body));
        }
        // The signature covers the raw (unencoded) values, which are all URL-safe here except possibly the key.
        StringJoiner toSign = new StringJoiner("&");
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, value) -> {
            toSign.add(name + "=" + value);
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        String signature = PusherSignatures.hmacSha256Hex(appSecret, method + "\n" + path + "\n" + toSign);
        return query + "&auth_signature=" + signature;
    }
}
