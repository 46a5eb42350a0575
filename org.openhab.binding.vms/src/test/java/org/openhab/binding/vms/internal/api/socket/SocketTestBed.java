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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openhab.binding.vms.simulator.testing.Await.waitForAssert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLContext;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.http.LoopbackHttpServer;
import org.openhab.binding.vms.simulator.http.RecordedRequest;
import org.openhab.binding.vms.simulator.pusher.LoopbackPusherServer;
import org.openhab.binding.vms.simulator.pusher.PusherServerSettings;
import org.openhab.binding.vms.simulator.pusher.PusherSignatures;

import com.google.gson.JsonObject;

/**
 * A simulated VMS for socket tests: the in-JVM Pusher server, a loopback REST server whose channel-auth endpoint
 * signs with the same secret, and clients wired to both. Values are those of the protocol examples.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class SocketTestBed implements AutoCloseable {

    static final String APP_KEY = "vms-app-key";
    static final String SECRET = "example-secret";
    static final String BEARER = "test-bearer-token";
    static final String TOKEN_ID = "7c1e9a4b2f6d8e0a3c5b7d9f1e2a4c6b8d0f2e4a6c8b0d2f4e6a8c0b2d4f6e8a0c2e4b6d8f0a2c4e";
    static final long USER_ID = 42;
    static final String TOKEN_CHANNEL = "private-token." + TOKEN_ID;
    static final String USER_CHANNEL = "private-user.42";
    static final String THREAD_PREFIX = "test-vms-socket";

    final LoopbackPusherServer pusher;
    final LoopbackHttpServer http;
    final RecordingSocketListener listener = new RecordingSocketListener();
    private final List<VmsSocketClient> clients = new CopyOnWriteArrayList<>();

    SocketTestBed(PusherServerSettings settings) throws IOException {
        this(settings, null);
    }

    /** @param tls when given, the Pusher server speaks {@code wss} with it */
    SocketTestBed(PusherServerSettings settings, @Nullable SSLContext tls) throws IOException {
        pusher = new LoopbackPusherServer(settings, tls);
        http = new LoopbackHttpServer();
        http.route("POST", LoopbackChannelAuthorizer.PATH, this::signedAuth);
    }

    static SocketTestBed push1st() throws IOException {
        return new SocketTestBed(PusherServerSettings.push1st(APP_KEY, SECRET));
    }

    static SocketTestBed hostedPusher() throws IOException {
        return new SocketTestBed(PusherServerSettings.hostedPusher(APP_KEY, SECRET));
    }

    /** The channel-auth endpoint: checks the bearer token and signs like the VMS backend. */
    HttpReply signedAuth(RecordedRequest request) {
        if (!("Bearer " + BEARER).equals(request.header("Authorization"))) {
            return HttpReply.json(401, "{\"message\":\"Unauthenticated.\"}");
        }
        Map<String, String> form = form(request.body());
        JsonObject body = new JsonObject();
        body.addProperty("auth", PusherSignatures.auth(APP_KEY, SECRET, form.getOrDefault("socket_id", ""),
                form.getOrDefault("channel_name", "")));
        return HttpReply.json(200, body.toString());
    }

    static Map<String, String> form(String body) {
        Map<String, String> result = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                result.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return result;
    }

    VmsSocketSettings settings() {
        try {
            return VmsSocketSettings.of(VmsSocketUrl.of(pusher.wsUrl(), APP_KEY, "test"), TOKEN_ID, USER_ID)
                    .withThreadNamePrefix(THREAD_PREFIX);
        } catch (VmsApiException e) {
            throw new IllegalStateException(e);
        }
    }

    VmsChannelAuthorizer authorizer() {
        return new LoopbackChannelAuthorizer(http.baseUrl(), BEARER);
    }

    VmsSocketClient client(VmsSocketSettings settings, VmsChannelAuthorizer authorizer) throws VmsApiException {
        VmsSocketClient client = new VmsSocketClient(settings, authorizer, listener);
        clients.add(client);
        return client;
    }

    VmsSocketClient client() throws VmsApiException {
        return client(settings(), authorizer());
    }

    /** A client that has connected and subscribed both channels. */
    VmsSocketClient subscribedClient() throws VmsApiException {
        return subscribedClient(settings());
    }

    VmsSocketClient subscribedClient(VmsSocketSettings settings) throws VmsApiException {
        VmsSocketClient client = client(settings, authorizer());
        client.connect();
        waitForAssert(() -> assertEquals(VmsConnectionState.SUBSCRIBED, client.getState()));
        return client;
    }

    /** An example file from the protocol, exactly as on disk. */
    static String example(String name) {
        String path = "/vms-examples/" + name;
        try (InputStream in = SocketTestBed.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing example " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (VmsSocketClient client : clients) {
            client.close();
        }
        pusher.close();
        http.close();
    }
}
