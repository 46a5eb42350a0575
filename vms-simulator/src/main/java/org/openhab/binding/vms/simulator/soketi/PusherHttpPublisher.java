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
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Publishes events through a Pusher-compatible HTTP API ({@code POST /apps/{appId}/events}), signed with the app's
 * key and secret, the way a VMS backend (Laravel broadcasting) does. The event's {@code data} is sent as the string
 * it is given, so a test controls the exact bytes a subscriber receives.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class PusherHttpPublisher {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The most events one batch request may carry (Pusher's limit, and soketi's default). */
    public static final int MAX_BATCH_SIZE = 10;

    private final String baseUrl;
    private final String appId;
    private final PusherRequestSigner signer;
    private final Clock clock;
    private final HttpClient httpClient;

    /**
     * @param baseUrl e.g. {@code http://127.0.0.1:6001}, without a trailing slash
     */
    public PusherHttpPublisher(String baseUrl, String appId, String appKey, String appSecret) {
        this(baseUrl, appId, appKey, appSecret, Clock.systemUTC());
    }

    PusherHttpPublisher(String baseUrl, String appId, String appKey, String appSecret, Clock clock) {
        this.baseUrl = baseUrl;
        this.appId = appId;
        this.signer = new PusherRequestSigner(appKey, appSecret);
        this.clock = clock;
        this.httpClient = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** A publisher for the app that {@code server} serves (follows the server across restarts: same port). */
    public static PusherHttpPublisher forServer(SoketiServer server) {
        return new PusherHttpPublisher(server.httpBaseUrl(), server.appId(), server.appKey(), server.appSecret());
    }

    /**
     * Publishes {@code eventName} with the string {@code data} on one channel.
     *
     * @return the response body (soketi answers {@code {"ok":true}})
     * @throws PusherPublishException when the server refuses the event: a non-2xx status, or soketi's error body
     * @throws IOException when the server cannot be reached
     */
    public String publish(String channel, String eventName, String data) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("name", eventName);
        body.addProperty("channel", channel);
        body.addProperty("data", data);
        return post(body);
    }

    /** Publishes {@code eventName} with the string {@code data} on several channels at once. */
    public String publish(List<String> channels, String eventName, String data) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("name", eventName);
        JsonArray channelArray = new JsonArray();
        channels.forEach(channelArray::add);
        body.add("channels", channelArray);
        body.addProperty("data", data);
        return post(body);
    }

    /** One event of a {@link #publishBatch(List)} call. */
    public record Event(String channel, String name, String data) {
    }

    /**
     * Publishes several events in one request ({@code POST /apps/{appId}/batch_events}); they reach each subscriber
     * in the given order. Pusher and soketi take at most {@value #MAX_BATCH_SIZE} per request.
     *
     * @throws IllegalArgumentException for more than {@value #MAX_BATCH_SIZE} events
     */
    public String publishBatch(List<Event> events) throws IOException {
        if (events.size() > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException(
                    "at most " + MAX_BATCH_SIZE + " events per batch, not " + events.size());
        }
        JsonArray batch = new JsonArray();
        for (Event event : events) {
            JsonObject item = new JsonObject();
            item.addProperty("name", event.name());
            item.addProperty("channel", event.channel());
            item.addProperty("data", event.data());
            batch.add(item);
        }
        JsonObject body = new JsonObject();
        body.add("batch", batch);
        return post(body, "batch_events");
    }

    private String post(JsonObject json) throws IOException {
        return post(json, "events");
    }

    private String post(JsonObject json, String endpoint) throws IOException {
        // the signature covers the whole request path, including a prefix the server is mounted under
        String path = URI.create(baseUrl).getRawPath() + "/apps/" + appId + "/" + endpoint;
        String body = json.toString();
        String query = signer.signedQuery("POST", path, body, clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl).resolve(path + "?" + query)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while publishing to " + baseUrl);
        }
        if (response.statusCode() / 100 != 2) {
            throw new PusherPublishException(response.statusCode(), response.body());
        }
        int embeddedError = embeddedErrorCode(response.body());
        if (embeddedError != 0) {
            throw new PusherPublishException(embeddedError, response.body());
        }
        return response.body();
    }

    /**
     * soketi writes its CORS headers before the status, and uWebSockets then sends "200 OK" whatever status follows:
     * a refused request (bad signature, unknown app, invalid event) arrives as HTTP 200 with a body
     * {@code {"error":"...","code":401}}. Such a body counts as the failure it reports.
     *
     * @return the reported error code (500 if the body has an {@code error} but no numeric {@code code}), 0 if none
     */
    static int embeddedErrorCode(String body) {
        JsonElement json;
        try {
            json = JsonParser.parseString(body);
        } catch (JsonParseException e) {
            return 0;
        }
        if (!json.isJsonObject() || !json.getAsJsonObject().has("error")) {
            return 0;
        }
        JsonElement code = json.getAsJsonObject().get("code");
        return code != null && code.isJsonPrimitive() && code.getAsJsonPrimitive().isNumber() ? code.getAsInt() : 500;
    }
}
