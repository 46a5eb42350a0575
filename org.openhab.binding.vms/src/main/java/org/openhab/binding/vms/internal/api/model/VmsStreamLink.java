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
package org.openhab.binding.vms.internal.api.model;

import static org.openhab.binding.vms.internal.api.model.VmsJsonFields.*;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/**
 * The answer of {@code GET cameras/{id}/streams} (docs/protocol.md, "Live streams"): a live stream URL, Android's
 * {@code fallback_url}, and when the link stops working if the server says so.
 * <p>
 * Neither SDK documents an expiry. Stream links with a short-lived token are common, so an expiry is read where a
 * server would put one: {@code expired_at} / {@code expires_at} (a server date, the protocol's spelling of visitor
 * codes' expiry), {@code expire_in_seconds} / {@code ttl} (seconds, the protocol's spelling for activation codes and
 * captchas), or an {@code expires} query parameter of the URL (epoch seconds, the usual signed-link form). Without
 * any of them the link is taken as valid until replaced.
 *
 * @param expiresAt null when the server does not say
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsStreamLink(String url, @Nullable String fallbackUrl, @Nullable Instant expiresAt) {

    /**
     * @param receivedAt when the answer arrived, for a relative lifetime
     * @return null when the answer has no usable {@code url}
     */
    public static @Nullable VmsStreamLink fromJson(JsonObject json, Instant receivedAt) {
        String url = optString(json, "url");
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.trim();
        String fallback = optString(json, "fallback_url");
        return new VmsStreamLink(trimmed, fallback == null || fallback.isBlank() ? null : fallback.trim(),
                expiry(json, trimmed, receivedAt));
    }

    private static @Nullable Instant expiry(JsonObject json, String url, Instant receivedAt) {
        Instant at = optInstant(json, "expired_at");
        if (at == null) {
            at = optInstant(json, "expires_at");
        }
        if (at != null) {
            return at;
        }
        Long seconds = optLong(json, "expire_in_seconds");
        if (seconds == null) {
            seconds = optLong(json, "ttl");
        }
        if (seconds != null && seconds > 0) {
            return receivedAt.plusSeconds(seconds);
        }
        return urlExpiry(url);
    }

    /** The {@code expires} query parameter in epoch seconds, if the URL has a plausible one. */
    static @Nullable Instant urlExpiry(String url) {
        String query;
        try {
            query = new URI(url).getRawQuery();
        } catch (URISyntaxException e) {
            return null;
        }
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && "expires".equals(pair.substring(0, equals))) {
                try {
                    long epochSeconds = Long.parseLong(pair.substring(equals + 1));
                    // 2001..2286: anything else is not an epoch time
                    return epochSeconds > 1_000_000_000L && epochSeconds < 10_000_000_000L
                            ? Instant.ofEpochSecond(epochSeconds)
                            : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
