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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A plain JDK HTTP client talking to a {@link SimulatedVms} the way the SDKs do (the headers of
 * docs/protocol.md, "Base URL and headers").
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsTestClient {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private Duration timeout = Duration.ofSeconds(10);

    VmsTestClient(SimulatedVms vms) {
        this.baseUrl = vms.baseUrl();
    }

    VmsTestClient withTimeout(Duration newTimeout) {
        timeout = newTimeout;
        return this;
    }

    HttpResponse<String> get(String path, @Nullable String token) throws IOException, InterruptedException {
        return send(request(path, token).GET());
    }

    HttpResponse<String> postJson(String path, @Nullable String token, String json)
            throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> patchJson(String path, @Nullable String token, String json)
            throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> postForm(String path, @Nullable String token, String form)
            throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> post(String path, @Nullable String token) throws IOException, InterruptedException {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> delete(String path, @Nullable String token) throws IOException, InterruptedException {
        return send(request(path, token).DELETE());
    }

    HttpResponse<String> deleteJson(String path, @Nullable String token, String json)
            throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Logs in with the default credentials and returns the token. */
    String login() throws IOException, InterruptedException {
        HttpResponse<String> response = postJson("token", null,
                "{\"login\":\"" + SimulatedVms.DEFAULT_LOGIN + "\",\"password\":\"" + SimulatedVms.DEFAULT_PASSWORD
                        + "\",\"session_id\":null,\"captcha\":null,\"key\":null}");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + response.statusCode());
        }
        return json(response).getAsJsonObject().get("access_token").getAsString();
    }

    static JsonElement json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body());
    }

    static JsonObject object(HttpResponse<String> response) {
        return json(response).getAsJsonObject();
    }

    private HttpRequest.Builder request(String path, @Nullable String token) {
        String url = path.startsWith("http") ? path : baseUrl + "/api/v1/" + path;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", "application/json").header("X-Client", "openhab").header("hl", "en");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
