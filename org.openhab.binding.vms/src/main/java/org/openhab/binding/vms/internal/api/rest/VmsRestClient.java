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

import static org.openhab.binding.vms.internal.api.model.VmsJsonFields.*;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.client.util.BytesContentProvider;
import org.eclipse.jetty.client.util.FormContentProvider;
import org.eclipse.jetty.client.util.StringContentProvider;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.Fields;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.model.VmsCamera;
import org.openhab.binding.vms.internal.api.model.VmsEventData;
import org.openhab.binding.vms.internal.api.model.VmsIntercom;
import org.openhab.binding.vms.internal.api.model.VmsIntercomCall;
import org.openhab.binding.vms.internal.api.model.VmsIntercomCode;
import org.openhab.binding.vms.internal.api.model.VmsStreamLink;
import org.openhab.binding.vms.internal.api.rest.dto.VmsLoginRequest;
import org.openhab.binding.vms.internal.api.rest.dto.VmsLoginResult;
import org.openhab.binding.vms.internal.api.rest.dto.VmsSession;
import org.openhab.binding.vms.internal.api.rest.dto.VmsWsUrl;
import org.openhab.binding.vms.internal.api.rest.dto.VmsUser;
import org.openhab.binding.vms.internal.api.socket.VmsChannelAuthorizer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Blocking client for the VMS REST API (docs/protocol.md, "REST"). Every call has the configured time limit
 * and every failure is a {@link VmsApiException} with a {@link Reason} to switch on. Thread-safe: the only mutable
 * state is the bearer token (volatile); Jetty's {@link HttpClient} is shared and owned by the caller, who must have
 * started it.
 * <p>
 * The client is itself the socket's {@link VmsChannelAuthorizer} ({@code POST broadcasting/auth}).
 * <p>
 * Headers: see {@link VmsRestConfig}; {@code X-Socket-ID} is never sent, so the server does not hide the socket echo
 * of our own actions (favourites, renames) from us (docs/protocol.md, "Base URL and headers").
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsRestClient implements VmsChannelAuthorizer {

    private static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

    private final HttpClient httpClient;
    private final VmsRestConfig config;
    private final HttpTransport transport;
    private final AtomicLong droppedItems = new AtomicLong();
    private volatile @Nullable String accessToken;

    public VmsRestClient(HttpClient httpClient, VmsRestConfig config) {
        this.httpClient = httpClient;
        this.config = config;
        this.transport = new HttpTransport(httpClient, config);
    }

    public VmsRestConfig getConfig() {
        return config;
    }

    /** A client for the same server over the same HTTP client, with another time limit per request and no token. */
    public VmsRestClient withTimeout(Duration timeout) {
        return new VmsRestClient(httpClient, config.withTimeout(timeout));
    }

    // ---- token ----

    /** Uses this bearer token for the following calls (null forgets it); unchecked, see {@link #loginWithToken}. */
    public void setAccessToken(@Nullable String token) {
        accessToken = token == null || token.isBlank() ? null : token.trim();
    }

    public boolean hasAccessToken() {
        return accessToken != null;
    }

    /** @return the current bearer token; for the caller to persist, never to log */
    public @Nullable String getAccessToken() {
        return accessToken;
    }

    // ---- login and user ----

    /** {@link #login(VmsLoginRequest)} with login and password only. */
    public VmsLoginResult login(String login, String password) throws VmsApiException {
        return login(VmsLoginRequest.of(login, password));
    }

    /**
     * {@code POST token}. On success the token is kept for the following calls.
     *
     * @throws VmsTooManySessionsException on HTTP 419; repeat with {@link VmsLoginRequest#replacingSession(String)}
     * @throws VmsApiException {@link Reason#INVALID_CREDENTIALS}, {@link Reason#CAPTCHA_REQUIRED}, or any other reason
     */
    public VmsLoginResult login(VmsLoginRequest request) throws VmsApiException {
        String action = "log in";
        JsonObject body = new JsonObject();
        body.addProperty("login", request.login());
        body.addProperty("password", request.password());
        // absent optional fields are omitted (iOS style) rather than sent as null (Android style)
        addIfPresent(body, "captcha", request.captcha());
        addIfPresent(body, "key", request.captchaKey());
        addIfPresent(body, "session_id", request.sessionId());
        Request http = transport.newRequest("token").method(HttpMethod.POST);
        transport.addNormalHeaders(http, null);
        http.content(new StringContentProvider("application/json", body.toString(), StandardCharsets.UTF_8));
        List<@Nullable String> secrets = Arrays.asList(request.password(), accessToken);
        RestResponse response = transport.send(http, action, secrets);
        if (!response.isSuccess()) {
            throw HttpErrors.forStatus(CallKind.LOGIN, action, response, secrets);
        }
        JsonObject json = RestJson.parseObject(response.body(), action);
        String token = optString(json, "access_token");
        if (token == null || token.isBlank()) {
            throw RestJson.malformed(action, "no access token in the answer");
        }
        VmsUser user = readUser(optObject(json, "user"), action);
        accessToken = token;
        return new VmsLoginResult(token, user);
    }

    /**
     * Accepts a token obtained elsewhere (e.g. saved from an earlier login): checks it with {@code GET users/self},
     * which also yields the user id and access token id the socket needs. The token is kept only when valid.
     *
     * @throws VmsApiException {@link Reason#TOKEN_INVALID} when the server rejects the token
     */
    public VmsLoginResult loginWithToken(String token) throws VmsApiException {
        String candidate = token.trim();
        if (candidate.isEmpty()) {
            throw new VmsApiException(Reason.TOKEN_INVALID, "No access token configured");
        }
        VmsUser user = readUser(getJson("users/self", "read the current user", candidate), "read the current user");
        accessToken = candidate;
        return new VmsLoginResult(candidate, user);
    }

    /**
     * {@code POST logout}: ends the session of the current token on the server (docs/protocol.md, "End of a
     * session"; the body carries the device id like iOS, {@code {}} without one; the answer body is ignored). The
     * token is forgotten afterwards, whatever the answer: it is of no use once the server may have ended the session.
     *
     * @throws VmsApiException {@link Reason#TOKEN_INVALID} without a token or when the server no longer knows it, or
     *             whatever else the call met
     */
    public void logout() throws VmsApiException {
        String action = "log out";
        String token = requireToken(action);
        try {
            JsonObject body = new JsonObject();
            addIfPresent(body, "uuid", config.deviceUuid());
            exchange(HttpMethod.POST, "logout", action, token, body);
        } finally {
            if (token.equals(accessToken)) {
                accessToken = null;
            }
        }
    }

    /** {@code GET users/self}. */
    public VmsUser getCurrentUser() throws VmsApiException {
        String action = "read the current user";
        return readUser(getJson("users/self", action, requireToken(action)), action);
    }

    // ---- socket ----

    /** {@code GET wsurl}: where the Pusher socket is and its application key. */
    public VmsWsUrl getSocketSettings() throws VmsApiException {
        String action = "read the socket settings";
        JsonObject json = getJson("wsurl", action, requireToken(action));
        String wsUrl = optString(json, "ws_url");
        String appKey = optString(json, "app_key");
        if (wsUrl == null || wsUrl.isBlank() || appKey == null || appKey.isBlank()) {
            throw RestJson.malformed(action, "'ws_url' or 'app_key' missing");
        }
        return new VmsWsUrl(wsUrl.trim(), appKey.trim());
    }

    /**
     * {@code POST broadcasting/auth} (docs/protocol.md, "Channel authorisation"): only {@code Authorization} and the
     * form body, as both SDKs do; 200 and 201 are success; the answer must carry {@code auth}.
     *
     * @return the {@code auth} value for {@code pusher:subscribe}; a secret, never log it
     */
    @Override
    public String authorize(String socketId, String channelName) throws VmsApiException {
        String action = "authorise the socket channel " + channelName;
        String token = requireToken(action);
        Fields form = new Fields();
        form.put("socket_id", socketId);
        form.put("channel_name", channelName);
        Request http = transport.newRequest("broadcasting/auth").method(HttpMethod.POST);
        http.header(HttpHeader.AUTHORIZATION, "Bearer " + token);
        http.content(new FormContentProvider(form, StandardCharsets.UTF_8), FORM_CONTENT_TYPE);
        List<@Nullable String> secrets = List.of(token);
        RestResponse response = transport.send(http, action, secrets);
        if (response.status() != 200 && response.status() != 201) {
            throw HttpErrors.forStatus(CallKind.CHANNEL_AUTH, action, response, secrets);
        }
        JsonElement parsed = RestJson.parseQuietly(response.body());
        String auth = parsed != null && parsed.isJsonObject() ? optString(parsed.getAsJsonObject(), "auth") : null;
        if (auth == null || auth.isBlank()) {
            throw RestJson.malformed(action, "no 'auth' in the answer");
        }
        return auth;
    }

    // ---- cameras ----

    /** {@code GET cameras/flat-tree}: every camera the user can see, de-duplicated by id, in tree order. */
    public List<VmsCamera> getCameras() throws VmsApiException {
        String action = "read the camera list";
        JsonElement body = getElement("cameras/flat-tree", action);
        JsonElement roots = body;
        if (body.isJsonObject()) {
            roots = body.getAsJsonObject().get("data"); // tolerate a Laravel resource wrapper
        }
        if (roots == null || !roots.isJsonArray()) {
            throw RestJson.malformed(action, "not a list of camera groups");
        }
        return countDropped(CameraTree.collect(roots.getAsJsonArray()));
    }

    /** {@code GET cameras/{id}}. */
    public VmsCamera getCamera(long cameraId) throws VmsApiException {
        String action = "read camera " + cameraId;
        VmsCamera camera = VmsCamera.fromJson(getJson("cameras/" + cameraId, action, requireToken(action)));
        if (camera.id() == null) {
            throw RestJson.malformed(action, "camera without id");
        }
        return camera;
    }

    /** {@code GET cameras/shows?ids[]=...}: several cameras at once (an empty id list asks nothing). */
    public List<VmsCamera> getCamerasByIds(Collection<Long> cameraIds) throws VmsApiException {
        if (cameraIds.isEmpty()) {
            return List.of();
        }
        StringBuilder query = new StringBuilder("cameras/shows");
        char separator = '?';
        for (Long id : cameraIds) {
            query.append(separator).append("ids%5B%5D=").append(id);
            separator = '&';
        }
        String action = "read cameras " + cameraIds;
        JsonElement body = getElement(query.toString(), action);
        return countDropped(
                PagedReader.readAll("camera list", page -> body, VmsCamera::fromJson, VmsCamera::id));
    }

    /** {@code POST cameras/{id}/favorites}; the answer body is ignored (iOS). */
    public void addFavorite(long cameraId) throws VmsApiException {
        sendWithoutBody(HttpMethod.POST, "cameras/" + cameraId + "/favorites", "add camera " + cameraId
                + " to the favourites");
    }

    /** {@code DELETE cameras/{id}/favorites}; the answer body is ignored. */
    public void removeFavorite(long cameraId) throws VmsApiException {
        sendWithoutBody(HttpMethod.DELETE, "cameras/" + cameraId + "/favorites", "remove camera " + cameraId
                + " from the favourites");
    }

    /**
     * {@code GET cameras/{id}/preview}: the URL of the latest snapshot. Per both SDKs' docs that URL yields a one-frame
     * MP4, not a JPEG. A relative URL is resolved against the base URL.
     */
    public String getPreviewUrl(long cameraId) throws VmsApiException {
        String action = "read the preview of camera " + cameraId;
        String preview = optString(getJson("cameras/" + cameraId + "/preview", action, requireToken(action)),
                "preview");
        if (preview == null || preview.isBlank()) {
            throw RestJson.malformed(action, "no 'preview' URL in the answer");
        }
        return config.absoluteUrl(preview.trim());
    }

    /**
     * {@code GET cameras/{id}/preview?date=...}: the URL of the camera's frame at a moment, e.g. an analytic event's
     * time (docs/protocol.md, "Camera preview"); without a moment the latest frame, as {@link #getPreviewUrl(long)}.
     */
    public String getPreviewUrl(long cameraId, @Nullable Instant at) throws VmsApiException {
        if (at == null) {
            return getPreviewUrl(cameraId);
        }
        String action = "read the preview of camera " + cameraId;
        String date = queryValue(serverUtc(at));
        String preview = optString(
                getJson("cameras/" + cameraId + "/preview?date=" + date, action, requireToken(action)), "preview");
        if (preview == null || preview.isBlank()) {
            throw RestJson.malformed(action, "no 'preview' URL in the answer");
        }
        return config.absoluteUrl(preview.trim());
    }

    /**
     * Downloads a file the server linked to (a preview MP4, a detection picture), with the client's time limit and
     * at most {@code maxBytes}. The session's headers (with the token) go only to the VMS server itself (the base
     * URL's scheme, host and port), and then redirects are not followed; a link to another host (storage, a CDN)
     * gets a plain GET that may follow redirects (docs/protocol.md, "Camera preview").
     *
     * @param url an absolute link, as {@link VmsRestConfig#absoluteUrl(String)} makes it
     * @param what what is downloaded, for messages ("the preview of camera 5")
     * @throws VmsApiException on an error status, a time-out or a body over the limit
     */
    public byte[] download(String url, int maxBytes, String what) throws VmsApiException {
        String action = "download " + what;
        String token = accessToken;
        boolean ownServer = sameOrigin(url, config.baseUrl());
        Request http;
        try {
            http = transport.newDownload(url, !ownServer);
        } catch (IllegalArgumentException e) {
            throw new VmsApiException(Reason.MALFORMED_RESPONSE, "The VMS server sent an unusable link, could not "
                    + action);
        }
        if (ownServer) {
            transport.addNormalHeaders(http, token);
        }
        http.header(HttpHeader.ACCEPT, null); // a null value removes the JSON one of the normal headers
        http.header(HttpHeader.ACCEPT, "*/*");
        List<@Nullable String> secrets = Collections.singletonList(token);
        ContentResponse response = transport.fetch(http, action, maxBytes, secrets);
        if (response.getStatus() < 200 || response.getStatus() >= 300) {
            throw HttpErrors.forStatus(CallKind.NORMAL, action,
                    new RestResponse(response.getStatus(), response.getHeaders(), ""), secrets);
        }
        return response.getContent();
    }

    /** Same scheme, host and port (default ports filled in). */
    static boolean sameOrigin(String url, String baseUrl) {
        try {
            URI a = new URI(url);
            URI b = new URI(baseUrl);
            return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
                    && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    // ---- intercoms and calls ----

    /** {@code GET intercom?page=N}, all pages. */
    public List<VmsIntercom> getIntercoms() throws VmsApiException {
        String action = "read the intercom list";
        String token = requireToken(action);
        return countDropped(PagedReader.readAll("intercom list",
                page -> getElement("intercom?page=" + page, action, token), VmsIntercom::fromJson, VmsIntercom::id));
    }

    /** {@code POST intercom/{id}/open-door}: no body; any 2xx is success; the answer is not read. */
    public void openDoor(long intercomId) throws VmsApiException {
        sendWithoutBody(HttpMethod.POST, "intercom/" + intercomId + "/open-door",
                "open the door of intercom " + intercomId);
    }

    /** {@code GET intercom/calls/{id}}: the call's current state ({@code status == "ring"}: still answerable). */
    public VmsIntercomCall getCall(long callId) throws VmsApiException {
        String action = "read intercom call " + callId;
        VmsIntercomCall call = VmsIntercomCall.fromJson(getJson("intercom/calls/" + callId, action,
                requireToken(action)));
        if (call.id() == null) {
            throw RestJson.malformed(action, "call without id");
        }
        return call;
    }

    // ---- archive clips, marks and visitor codes (the rule actions') ----

    /**
     * The longest archive clip the server makes (docs/protocol.md, "Archive clips, marks and visitor codes"); longer
     * ranges are refused here, before any request.
     */
    public static final Duration MAX_ARCHIVE_CLIP = Duration.ofMinutes(10);

    /**
     * {@code GET cameras/{id}/archive/link?from=&to=}: asks the server to make a download link for a clip. The
     * server only accepts the request; the link arrives later as the {@code archive_generated} message.
     *
     * @throws VmsApiException {@link Reason#INVALID_REQUEST} without a request when {@code to} is not after
     *             {@code from} or the range is longer than {@link #MAX_ARCHIVE_CLIP}; else what the call met
     */
    public void requestArchiveClip(long cameraId, Instant from, Instant to) throws VmsApiException {
        String action = "request an archive clip of camera " + cameraId;
        if (!to.isAfter(from)) {
            throw new VmsApiException(Reason.INVALID_REQUEST,
                    "Could not " + action + ": the end of the range must be after its start");
        }
        if (Duration.between(from, to).compareTo(MAX_ARCHIVE_CLIP) > 0) {
            throw new VmsApiException(Reason.INVALID_REQUEST, "Could not " + action
                    + ": the server makes clips of at most " + MAX_ARCHIVE_CLIP.toMinutes() + " minutes");
        }
        String path = "cameras/" + cameraId + "/archive/link?from=" + queryValue(serverUtc(from)) + "&to="
                + queryValue(serverUtc(to));
        exchange(HttpMethod.GET, path, action, requireToken(action));
    }

    /**
     * {@code POST cameras/{id}/marks} with {@code {"title", "from", "to"}}: a mark on the camera's archive.
     *
     * @return the mark the server made
     */
    public VmsEventData createMark(long cameraId, String title, Instant from, Instant to) throws VmsApiException {
        String action = "create a mark on camera " + cameraId;
        JsonObject body = new JsonObject();
        body.addProperty("title", title);
        body.addProperty("from", serverUtc(from));
        body.addProperty("to", serverUtc(to));
        RestResponse response = exchange(HttpMethod.POST, "cameras/" + cameraId + "/marks", action, requireToken(action),
                body);
        return VmsEventData.fromJson(RestJson.parseObject(response.body(), action));
    }

    /**
     * {@code POST intercom/{id}/codes} with {@code {"title", "expired_at"}}: a new visitor door code.
     *
     * @return the code as the server made it; its {@code code} is a secret, never log it
     * @throws VmsApiException {@link Reason#MALFORMED_RESPONSE} when the answer lacks the code or its id
     */
    public VmsIntercomCode createVisitorCode(long intercomId, String title, Instant validUntil)
            throws VmsApiException {
        String action = "create a visitor code for intercom " + intercomId;
        JsonObject body = new JsonObject();
        body.addProperty("title", title);
        body.addProperty("expired_at", serverUtc(validUntil));
        RestResponse response = exchange(HttpMethod.POST, "intercom/" + intercomId + "/codes", action,
                requireToken(action), body);
        VmsIntercomCode code = VmsIntercomCode.fromJson(RestJson.parseObject(response.body(), action));
        String secret = code.code();
        if (code.id() == null || secret == null || secret.isBlank()) {
            throw RestJson.malformed(action, "no code or no code id in the answer");
        }
        return code;
    }

    /** {@code DELETE intercom/codes} with {@code {"ids": [id]}}; the answer body is not read. */
    public void deleteVisitorCode(long codeId) throws VmsApiException {
        JsonObject body = new JsonObject();
        JsonArray ids = new JsonArray();
        ids.add(codeId);
        body.add("ids", ids);
        String action = "delete visitor code " + codeId;
        exchange(HttpMethod.DELETE, "intercom/codes", action, requireToken(action), body);
    }

    // ---- histories (docs/protocol.md, "Histories") ----

    /**
     * Reads a history list newest first: the items created from {@code from} to {@code to} (both included), at most
     * {@code max}, as the server sent them. The server's date filter is asked for and checked again here, since the
     * call list documents none.
     */
    public List<JsonObject> getHistory(VmsHistoryList list, Instant from, Instant to, int max)
            throws VmsApiException {
        if (max <= 0) {
            return List.of();
        }
        String action = "read the " + list.description;
        String token = requireToken(action);
        String query = list.path + "?sort=created_at&dir=desc&from=" + queryValue(serverUtc(from)) + "&to="
                + queryValue(serverUtc(to)) + "&page=";
        return PagedReader.readNewest(list.description, page -> getElement(query + page, action, token), item -> {
            Instant created = parseInstant(optString(item, "created_at"));
            return created == null || created.isBefore(from) || created.isAfter(to);
        }, max);
    }

    // ---- streams, PTZ, call rejection, intercom settings ----

    /**
     * {@code GET cameras/{id}/streams?type=...&source=...}: the live stream link (docs/protocol.md, "Live streams"). A
     * relative URL is made absolute against the base URL.
     *
     * @param quality {@code high} or {@code low}
     * @param source {@code hls} or {@code rtsp}
     */
    public VmsStreamLink getStreamLink(long cameraId, String quality, String source) throws VmsApiException {
        String action = "read the " + source + " stream of camera " + cameraId;
        JsonObject json = getJson("cameras/" + cameraId + "/streams?type=" + queryValue(quality) + "&source="
                + queryValue(source), action, requireToken(action));
        VmsStreamLink link = VmsStreamLink.fromJson(json, Instant.now());
        if (link == null) {
            throw RestJson.malformed(action, "no 'url' in the answer");
        }
        String fallback = link.fallbackUrl();
        return new VmsStreamLink(streamUrl(link.url()), fallback == null ? null : streamUrl(fallback),
                link.expiresAt());
    }

    /** A link with a scheme of its own (https, rtsp, ...) as it is; a relative one against the base URL. */
    private String streamUrl(String link) {
        return link.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*://.*") ? link : config.absoluteUrl(link);
    }

    /**
     * {@code POST cameras/{id}/move} with one direction set to true (docs/protocol.md, "PTZ").
     *
     * @param direction the wire key: {@code up}, {@code down}, {@code left}, {@code right}, {@code zoom-in},
     *            {@code zoom-out}
     */
    public void movePtz(long cameraId, String direction) throws VmsApiException {
        JsonObject body = new JsonObject();
        body.addProperty(direction, true);
        String action = "move camera " + cameraId + " " + direction;
        exchange(HttpMethod.POST, "cameras/" + cameraId + "/move", action, requireToken(action), body);
    }

    /** {@code POST cameras/{id}/move/home} (docs/protocol.md, "PTZ"). */
    public void ptzHome(long cameraId) throws VmsApiException {
        sendWithoutBody(HttpMethod.POST, "cameras/" + cameraId + "/move/home", "move camera " + cameraId + " home");
    }

    /** {@code POST intercom/calls/{id}/cancel}: rejects a call that rings (docs/protocol.md, "Call control"). */
    public void cancelCall(long callId) throws VmsApiException {
        sendWithoutBody(HttpMethod.POST, "intercom/calls/" + callId + "/cancel", "reject intercom call " + callId);
    }

    /**
     * {@code PATCH intercom/{id}} with {@code is_enabled} (docs/protocol.md, "Intercom settings").
     *
     * @return the intercom as the server answers, or null when the answer is not an intercom (any 2xx is success)
     */
    public @Nullable VmsIntercom setIntercomEnabled(long intercomId, boolean enabled) throws VmsApiException {
        JsonObject body = new JsonObject();
        body.addProperty("is_enabled", enabled);
        String action = (enabled ? "enable" : "disable") + " intercom " + intercomId;
        RestResponse response = exchange(HttpMethod.PATCH, "intercom/" + intercomId, action, requireToken(action),
                body);
        try {
            VmsIntercom intercom = VmsIntercom.fromJson(RestJson.parseObject(response.body(), action));
            return intercom.id() == null ? null : intercom;
        } catch (VmsApiException e) {
            return null; // an empty or other body: the change was accepted all the same
        }
    }

    /** A call with a JSON body; the answer must be 2xx. */
    private RestResponse exchange(HttpMethod method, String path, String action, String token, JsonObject body)
            throws VmsApiException {
        Request http = transport.newRequest(path).method(method);
        transport.addNormalHeaders(http, token);
        http.content(new StringContentProvider("application/json", body.toString(), StandardCharsets.UTF_8));
        List<@Nullable String> secrets = List.of(token);
        RestResponse response = transport.send(http, action, secrets);
        if (!response.isSuccess()) {
            throw HttpErrors.forStatus(CallKind.NORMAL, action, response, secrets);
        }
        return response;
    }

    // ---- sessions ----

    /**
     * {@code GET sessions} (docs/protocol.md, "Sessions"): the account's open sessions, to see which to end when the
     * account reached its session limit. A {@code data} wrapper is tolerated; entries without id are dropped.
     */
    public List<VmsSession> getSessions() throws VmsApiException {
        String action = "read the sessions";
        JsonElement body = getElement("sessions", action);
        JsonElement list = body.isJsonObject() ? body.getAsJsonObject().get("data") : body;
        if (list == null || !list.isJsonArray()) {
            throw RestJson.malformed(action, "not a list of sessions");
        }
        List<VmsSession> sessions = new ArrayList<>();
        for (JsonElement element : list.getAsJsonArray()) {
            if (sessions.size() >= MAX_LIST_SIZE) {
                break;
            }
            VmsSession session = element.isJsonObject() ? VmsSession.fromJson(element.getAsJsonObject()) : null;
            if (session != null) {
                sessions.add(session);
            } else {
                droppedItems.incrementAndGet();
            }
        }
        return sessions;
    }

    /** @return how many list items (cameras, intercoms) were dropped as unusable since this client was created */
    public long getDroppedItemCount() {
        return droppedItems.get();
    }

    // ---- plumbing ----

    private String requireToken(String action) throws VmsApiException {
        String token = accessToken;
        if (token == null) {
            throw new VmsApiException(Reason.TOKEN_INVALID, "Not logged in to the VMS server, could not " + action);
        }
        return token;
    }

    private RestResponse exchange(HttpMethod method, String pathAndQuery, String action, String token)
            throws VmsApiException {
        Request http = transport.newRequest(pathAndQuery).method(method);
        transport.addNormalHeaders(http, token);
        if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                || method == HttpMethod.DELETE) {
            // an explicit empty body: proxies may answer "411 Length Required" to a POST without Content-Length
            http.content(new BytesContentProvider("application/json", new byte[0]));
        }
        List<@Nullable String> secrets = List.of(token);
        RestResponse response = transport.send(http, action, secrets);
        if (!response.isSuccess()) {
            throw HttpErrors.forStatus(CallKind.NORMAL, action, response, secrets);
        }
        return response;
    }

    private static String queryValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void sendWithoutBody(HttpMethod method, String path, String action) throws VmsApiException {
        exchange(method, path, action, requireToken(action));
    }

    private JsonObject getJson(String pathAndQuery, String action, String token) throws VmsApiException {
        return RestJson.parseObject(exchange(HttpMethod.GET, pathAndQuery, action, token).body(), action);
    }

    private JsonElement getElement(String pathAndQuery, String action) throws VmsApiException {
        return getElement(pathAndQuery, action, requireToken(action));
    }

    private JsonElement getElement(String pathAndQuery, String action, String token) throws VmsApiException {
        return RestJson.parseElement(exchange(HttpMethod.GET, pathAndQuery, action, token).body(), action);
    }

    private static VmsUser readUser(@Nullable JsonObject json, String action) throws VmsApiException {
        if (json == null) {
            throw RestJson.malformed(action, "no user in the answer");
        }
        JsonObject user = RestJson.unwrapData(json);
        Long id = optLong(user, "id");
        if (id == null) {
            throw RestJson.malformed(action, "user without id");
        }
        List<String> permissions = optObjectList(user, "permissions", p -> optString(p, "name"));
        return new VmsUser(id, optString(user, "access_token_id"), optString(user, "login"), optString(user, "name"),
                optString(user, "email"), permissions);
    }

    private <T> List<T> countDropped(PagedReader.Result<T> result) {
        if (result.dropped() > 0) {
            droppedItems.addAndGet(result.dropped());
        }
        return result.items();
    }

    private static void addIfPresent(JsonObject body, String key, @Nullable String value) {
        if (value != null) {
            body.addProperty(key, value);
        }
    }
}
