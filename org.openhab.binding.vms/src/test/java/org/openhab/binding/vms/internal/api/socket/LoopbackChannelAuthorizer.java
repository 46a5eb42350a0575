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

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.api.VmsApiException;

import com.google.gson.JsonParser;

/**
 * Test-only channel authorizer: {@code POST {base}/api/v1/broadcasting/auth} with the form body of
 * docs/protocol.md, "Channel authorisation", as the REST client will do it, over java.net.http.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class LoopbackChannelAuthorizer implements VmsChannelAuthorizer {

    static final String PATH = "/api/v1/broadcasting/auth";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    LoopbackChannelAuthorizer(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    @Override
    public String authorize(String socketId, String channelName) throws VmsApiException {
        String form = "socket_id=" + URLEncoder.encode(socketId, StandardCharsets.UTF_8) + "&channel_name="
                + URLEncoder.encode(channelName, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + PATH)).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new VmsApiException("channel auth request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VmsApiException("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new VmsApiException("channel auth answered HTTP " + response.statusCode());
        }
        try {
            return JsonParser.parseString(response.body()).getAsJsonObject().get("auth").getAsString();
        } catch (RuntimeException e) {
            throw new VmsApiException("channel auth answer has no auth value");
        }
    }
}
