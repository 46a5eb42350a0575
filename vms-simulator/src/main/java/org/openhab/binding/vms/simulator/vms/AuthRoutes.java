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

import java.net.URI;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.pusher.PusherSignatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Login, user, socket settings and channel authorisation (docs/protocol.md, "REST"): {@code POST token},
 * {@code POST logout}, {@code GET users/self}, {@code GET wsurl}, {@code POST broadcasting/auth}, {@code GET sessions}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class AuthRoutes {

    private final Logger logger = LoggerFactory.getLogger(AuthRoutes.class);
    private final VmsState state;
    private final VmsAccountSettings settings;
    private final PusherBackend backend;
    private final VmsEventPublisher publisher;
    private final int userId;
    private final String accessTokenId;

    AuthRoutes(VmsState state, VmsAccountSettings settings, PusherBackend backend, VmsEventPublisher publisher,
            int userId, String accessTokenId) {
        this.state = state;
        this.settings = settings;
        this.backend = backend;
        this.publisher = publisher;
        this.userId = userId;
        this.accessTokenId = accessTokenId;
    }

    void register(VmsRouter router) {
        router.open("POST", "token", r -> login(r));
        router.protect("POST", "logout", r -> logout(r));
        router.protect("GET", "users/self", r -> VmsReplies.ok(user()));
        router.protect("GET", "wsurl", r -> VmsReplies.ok(wsUrl()));
        router.protect("POST", "broadcasting/auth", r -> channelAuth(r));
        router.protect("GET", "sessions", r -> VmsReplies.ok(VmsWireModels.sessions(state.sessions(), r.token())));
    }

    private JsonObject user() {
        return VmsWireModels.user(userId, settings.login(), accessTokenId);
    }

    private HttpReply login(VmsRequest request) {
        JsonObject body = jsonObject(request.http().body());
        if (body == null) {
            return VmsReplies.invalid(422, Map.of("login", "The login field is required."));
        }
        String login = string(body, "login");
        String password = string(body, "password");
        if (login == null || login.isEmpty()) {
            return VmsReplies.invalid(422, Map.of("login", "The login field is required."));
        }
        if (password == null || password.isEmpty()) {
            return VmsReplies.invalid(422, Map.of("password", "The password field is required."));
        }
        if (!login.equals(settings.login()) || !password.equals(settings.password())) {
            logger.debug("Simulated VMS: login refused for wrong credentials");
            int status = settings.wrongCredentialsStatus();
            return status == 422 ? VmsReplies.invalid(422, Map.of("login", "These credentials do not match our records."))
                    : VmsReplies.message(status, "Invalid credentials.");
        }
        String sessionId = string(body, "session_id");
        if (sessionId != null && !sessionId.isEmpty()) {
            if (state.revokeSession(sessionId) == null) {
                return VmsReplies.invalid(422, Map.of("session_id", "The selected session id is invalid."));
            }
            logger.debug("Simulated VMS: login replaced session {}", sessionId);
        }
        int limit = settings.sessionLimit();
        if (limit > 0 && state.sessions().size() >= limit) {
            return VmsReplies.status(419, VmsWireModels.sessionLimit(limit, state.sessions()));
        }
        String userAgent = request.http().header("User-Agent");
        SimSession session = state.openSession(userAgent == null ? "unknown" : userAgent);
        state.countLogin();
        return VmsReplies.ok(VmsWireModels.tokenResponse(session.token(), user()));
    }

    private HttpReply logout(VmsRequest request) {
        String token = request.token();
        if (token != null) {
            state.revoke(token);
        }
        return VmsReplies.statusOk();
    }

    /** {@code ws_url} and {@code app_key} of the backend, plus the Android-only fields derived from the URL. */
    private JsonObject wsUrl() {
        String override = settings.wsUrlOverride();
        String url = override != null ? override : backend.wsUrl();
        JsonObject json = VmsExamples.json("rest/wsurl.response");
        json.addProperty("ws_url", url);
        json.addProperty("app_key", backend.appKey());
        try {
            URI uri = URI.create(url);
            boolean tls = "wss".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            json.addProperty("host", uri.getHost());
            json.addProperty("port", uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80);
            json.addProperty("path", uri.getPath() == null ? "" : uri.getPath());
            json.addProperty("is_encrypted", Boolean.toString(tls));
        } catch (IllegalArgumentException e) {
            // a deliberately broken override: answer it as it is, without the derived fields
            json.remove("host");
            json.remove("port");
            json.remove("path");
            json.remove("is_encrypted");
        }
        return json;
    }

    private HttpReply channelAuth(VmsRequest request) {
        Map<String, String> form = FormBody.parse(request.http().body());
        String socketId = form.get("socket_id");
        String channel = form.get("channel_name");
        if (socketId == null || socketId.isEmpty() || channel == null || !mayJoin(channel)) {
            logger.debug("Simulated VMS: channel authorisation refused for channel {}", channel);
            return VmsReplies.forbidden();
        }
        JsonObject body = new JsonObject();
        body.addProperty("auth", PusherSignatures.auth(backend.appKey(), backend.appSecret(), socketId, channel));
        return VmsReplies.ok(body);
    }

    /** The user may join only its own user channel and the channel of its token. */
    private boolean mayJoin(String channel) {
        return channel.equals(publisher.userChannel()) || channel.equals(publisher.tokenChannel());
    }

    /** The body as a JSON object; null when it is not one. */
    static @Nullable JsonObject jsonObject(String text) {
        try {
            JsonElement parsed = JsonParser.parseString(text);
            return parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
        } catch (JsonParseException e) {
            return null;
        }
    }

    private static @Nullable String string(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }
}
