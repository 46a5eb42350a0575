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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.SSLContext;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.http.LoopbackHttpServer;
import org.openhab.binding.vms.simulator.http.RecordedRequest;

/**
 * A simulated VMS backend: the REST API (docs/protocol.md, "REST") on a loopback HTTP server, with state (one
 * user, tokens, cameras, intercoms, calls), and application events published through a {@link PusherBackend}
 * (the in-JVM Pusher server, soketi, or a recording fake). Tests drive it through the control methods below, which
 * change the state and broadcast what the real backend would broadcast.
 * <p>
 * The account is the one of the protocol examples ({@link VmsState#exampleAccount()}): user 42 with the examples'
 * access token id, so the example frames' channels are this user's channels.
 * <p>
 * Closing it stops the HTTP server and closes the backend.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class SimulatedVms implements AutoCloseable {

    public static final int USER_ID = 42;
    public static final String ACCESS_TOKEN_ID = VmsExamples.EXAMPLE_ACCESS_TOKEN_ID;
    /** Credentials of {@code rest/token.request.json}. */
    public static final String DEFAULT_LOGIN = "demo@example.com";
    /** Where the examples' detection pictures ({@code crop}, {@code analytic_file.url}) point. */
    private static final String EXAMPLE_PICTURES = "https://example.com/s3/analytics/";
    public static final String DEFAULT_PASSWORD = "secret-password";

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final LoopbackHttpServer server;
    private final PusherBackend backend;
    private final VmsState state = VmsState.exampleAccount();
    private final VmsAccountSettings settings;
    private final VmsEventPublisher publisher;
    private final FaultInjector faults = new FaultInjector();
    private final VmsRouter router = new VmsRouter(state::isValid);
    private final ArchiveRoutes archive;
    private final VisitorCodeRoutes visitorCodes;
    private final VmsHistory history = new VmsHistory(state);
    private final PictureFiles pictures = new PictureFiles();

    public SimulatedVms(PusherBackend backend) throws IOException {
        this(backend, DEFAULT_LOGIN, DEFAULT_PASSWORD);
    }

    public SimulatedVms(PusherBackend backend, String login, String password) throws IOException {
        this(backend, login, password, null);
    }

    /**
     * @param tls when given, the REST API speaks HTTPS with this context (see
     *            {@link org.openhab.binding.vms.simulator.tls.TestCertificates}); the socket's scheme is the backend's
     */
    public SimulatedVms(PusherBackend backend, @Nullable SSLContext tls) throws IOException {
        this(backend, DEFAULT_LOGIN, DEFAULT_PASSWORD, tls);
    }

    public SimulatedVms(PusherBackend backend, String login, String password, @Nullable SSLContext tls)
            throws IOException {
        this.backend = backend;
        this.settings = new VmsAccountSettings(login, password);
        this.publisher = new VmsEventPublisher(backend, USER_ID, ACCESS_TOKEN_ID);
        publisher.setHistory(history);
        this.server = new LoopbackHttpServer(tls);
        String baseUrl = server.baseUrl();
        new AuthRoutes(state, settings, backend, publisher, USER_ID, ACCESS_TOKEN_ID).register(router);
        new CameraRoutes(state, settings, publisher, baseUrl, USER_ID).register(router);
        new IntercomRoutes(state, settings, baseUrl).register(router);
        archive = new ArchiveRoutes(state, publisher, baseUrl);
        archive.register(router);
        visitorCodes = new VisitorCodeRoutes(state, settings, publisher, baseUrl);
        visitorCodes.register(router);
        new HistoryRoutes(history, settings, baseUrl).register(router);
        new ControlRoutes(state, publisher, baseUrl).register(router);
        for (String method : METHODS) {
            server.route(method, "/*", this::handle);
        }
    }

    /**
     * A simulated VMS with its own in-JVM Pusher server (push1st behaviour, the examples' app key and secret),
     * everything on loopback; closing it stops both. What the main job runs without arguments.
     */
    public static SimulatedVms withLoopbackPusher() throws IOException {
        LoopbackPusherBackend backend = LoopbackPusherBackend.start();
        try {
            return new SimulatedVms(backend);
        } catch (IOException | RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    private HttpReply handle(RecordedRequest request) {
        HttpReply fault = faults.take(request.method(), request.path());
        if (fault != null) {
            return fault;
        }
        HttpReply reply = PictureFiles.isFile(request.path()) ? pictures.serve(request, state)
                : router.dispatch(request);
        Duration delay = faults.delayFor(request.method(), request.path());
        return delay.isZero() ? reply : reply.withDelay(delay);
    }

    // ---------------------------------------------------------------- where it is

    /** The REST base URL a client configures: {@code http://127.0.0.1:<port>}, no trailing slash. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The HTTP server, for routes a test wants to script itself (an exact route wins over the simulator's). */
    public LoopbackHttpServer server() {
        return server;
    }

    public PusherBackend backend() {
        return backend;
    }

    public VmsState state() {
        return state;
    }

    /** The detections and marks the server keeps of what it published (calls: {@link #state()}). */
    public VmsHistory history() {
        return history;
    }

    public VmsAccountSettings settings() {
        return settings;
    }

    /** {@code private-user.42}. */
    public String userChannel() {
        return publisher.userChannel();
    }

    /** {@code private-token.<access token id>}. */
    public String tokenChannel() {
        return publisher.tokenChannel();
    }

    // ---------------------------------------------------------------- sessions

    /** Opens a session as a login would, without counting a login; returns its bearer token. */
    public String issueToken() {
        return state.openSession("test").token();
    }

    public boolean isTokenValid(String token) {
        return state.isValid(token);
    }

    public List<String> validTokens() {
        return state.sessions().stream().map(SimSession::token).toList();
    }

    /** Makes the token invalid without telling anyone: the next REST call with it gets 401. */
    public void revoke(String token) {
        state.revoke(token);
    }

    /** Ends the token's session server-side: revokes it and publishes TokenPush {@code logout} on the token channel. */
    public void logout(String token) {
        state.revoke(token);
        publisher.logout();
    }

    /** Successful logins so far. */
    public int loginCount() {
        return state.loginCount();
    }

    /** Open sessions allowed before a login gets 419; 0 (the default) means no limit. */
    public void setSessionLimit(int limit) {
        settings.setSessionLimit(limit);
    }

    /** Items per page of {@code intercom}, {@code intercom/calls}, {@code cameras} and {@code cameras/favorites}. */
    public void setPageSize(int size) {
        settings.setPageSize(size);
    }

    public void setNotificationChannels(NotificationChannels channels) {
        publisher.setNotificationChannels(channels);
    }

    // ---------------------------------------------------------------- cameras

    public @Nullable SimCamera camera(int id) {
        return state.camera(id);
    }

    public boolean isFavorite(int id) {
        SimCamera camera = state.camera(id);
        return camera != null && camera.favorite();
    }

    /** Adds (or re-attaches) an active, non-favourite camera under the root node and publishes cameras_updated. */
    public SimCamera addCamera(int id, String name) {
        SimCamera camera = new SimCamera(id, name, "active", false, true, VmsState.ROOT_NODE_ID);
        state.putCamera(camera);
        publisher.camerasUpdated(List.of(id), List.of());
        return camera;
    }

    /** Detaches a camera from the account (it disappears from every list) and publishes cameras_updated. */
    public void detachCamera(int id) {
        requireCamera(state.updateCamera(id, c -> c.withAttached(false)), id);
        publisher.camerasUpdated(List.of(), List.of(id));
    }

    /** Attaches a known camera again and publishes cameras_updated. */
    public void attachCamera(int id) {
        requireCamera(state.updateCamera(id, c -> c.withAttached(true)), id);
        publisher.camerasUpdated(List.of(id), List.of());
    }

    /** Changes a camera's favourite flag as another client would, publishing the favourite event. */
    public void setFavorite(int id, boolean favorite) {
        setFavorite(id, favorite, true);
    }

    /**
     * Changes a camera's favourite flag; with {@code publish} false nobody is told, as if it had changed while the
     * client was disconnected.
     */
    public void setFavorite(int id, boolean favorite, boolean publish) {
        SimCamera changed = requireCamera(state.updateCamera(id, c -> c.withFavorite(favorite)), id);
        if (publish) {
            publisher.favorite(changed, USER_ID);
        }
    }

    /** Changes a camera's status ({@code active}, {@code inactive}, ...) without publishing anything. */
    public void setCameraStatus(int id, String status) {
        requireCamera(state.updateCamera(id, c -> c.withStatus(status)), id);
    }

    // ---------------------------------------------------------------- intercoms and calls

    public @Nullable SimIntercom intercom(int id) {
        return state.intercom(id);
    }

    /** Adds an intercom and publishes intercom.store. */
    public SimIntercom addIntercom(int id, String title, String address, int cameraId) {
        SimIntercom intercom = new SimIntercom(id, title, address, true, cameraId);
        state.putIntercom(intercom);
        publisher.intercomChanged("intercom.store", IntercomRoutes.intercomJson(state, intercom));
        return intercom;
    }

    /** Renames an intercom and publishes the intercom.rename notification. */
    public void renameIntercom(int id, String title) {
        SimIntercom changed = requireIntercom(state.updateIntercom(id, i -> i.withTitle(title)), id);
        publisher.intercomChanged("intercom.rename", IntercomRoutes.intercomJson(state, changed));
    }

    /** Changes an intercom's online flag and publishes intercom.update. */
    public void setIntercomOnline(int id, boolean online) {
        SimIntercom changed = requireIntercom(state.updateIntercom(id, i -> i.withOnline(online)), id);
        publisher.intercomChanged("intercom.update", IntercomRoutes.intercomJson(state, changed));
    }

    /** Removes an intercom and publishes intercom.delete. */
    public void deleteIntercom(int id) {
        requireIntercom(state.removeIntercom(id), id);
        publisher.deleted("intercom.delete", List.of(id));
    }

    /** Adds a call with status {@code missed}/{@code ring}/{@code ended}/{@code answered}, publishes intercom.call.store. */
    public SimCall storeCall(int intercomId, String status) {
        requireIntercom(state.intercom(intercomId), intercomId);
        SimCall call = state.newCall(intercomId, status);
        publisher.callStored(IntercomRoutes.callJson(state, call));
        return call;
    }

    /**
     * Cancels a (ringing) call at the intercom: the call becomes {@code missed} and intercom_cancel is published with
     * {@code id} = the call id and {@code call_id} = its distinct SIP call id.
     */
    public void cancelCall(int callId) {
        SimCall call = state.updateCall(callId, c -> c.withStatus("missed"));
        if (call == null) {
            throw new IllegalArgumentException("no call " + callId);
        }
        publisher.callCancelled(call, state.intercom(call.intercomId()));
    }

    public @Nullable SimCall call(int id) {
        return state.call(id);
    }

    /** Intercom ids of every accepted {@code open-door} request, in order. */
    public List<Integer> openedDoors() {
        return state.openedDoors();
    }

    // ---------------------------------------------------------------- issue 9: streams, PTZ, calls, settings

    /**
     * Makes the camera PTZ or not; with {@code announce}, the account says its cameras changed ({@code cameras_updated}
     * naming it as attached), so a client reads the camera list again.
     */
    public void setPtz(int id, boolean ptz, boolean announce) {
        requireCamera(state.updateCamera(id, c -> c.withPtz(ptz)), id);
        if (announce) {
            publisher.camerasUpdated(List.of(id), List.of());
        }
    }

    /** Stream links issued from now on expire after this and say so; null: links without a stated expiry. */
    public void setStreamLinkLifetime(@Nullable Duration lifetime) {
        state.setStreamLinkLifetime(lifetime);
    }

    public List<String> issuedStreamLinks() {
        return state.issuedStreamLinks();
    }

    /** Accepted PTZ requests, as {@code <cameraId>:<direction>} ({@code up}, ..., {@code home}). */
    public List<String> ptzMoves() {
        return state.ptzMoves();
    }

    /** Ids of the calls rejected with {@code POST intercom/calls/{id}/cancel}. */
    public List<Integer> rejectedCalls() {
        return state.rejectedCalls();
    }

    /** Turns the intercom's calls on or off as another app would, announced with {@code intercom.update}. */
    public void setIntercomEnabled(int id, boolean enabled) {
        SimIntercom changed = requireIntercom(state.updateIntercom(id, i -> i.withEnabled(enabled)), id);
        publisher.intercomChanged("intercom.update", IntercomRoutes.intercomJson(state, changed));
    }

    /** A call of the intercom starts ringing: stored with status {@code ring} and broadcast. */
    public SimCall ring(int intercomId) {
        return storeCall(intercomId, "ring");
    }

    /** The call is answered in an app: stored again with status {@code answered} and broadcast. */
    public SimCall answerCall(int callId) {
        SimCall call = state.updateCall(callId, c -> c.withStatus("answered"));
        if (call == null) {
            throw new IllegalArgumentException("no call " + callId);
        }
        publisher.callStored(IntercomRoutes.callJson(state, call));
        return call;
    }

    // ---------------------------------------------------------------- raw frames

    /** Publishes any frame as given. */
    public void publish(String channel, String event, String dataJson) {
        publisher.raw(channel, event, dataJson);
    }

    /**
     * Publishes the frame of {@code vms-examples/<name>.json} on its own channel, unchanged but for its detection
     * picture links: those point to this server's pictures instead of example.com, so that a binding fetching them
     * never leaves the machine (tests must not reach other hosts).
     */
    public void publishExample(String name) {
        publisher.example(name, this::localPictureLinks);
    }

    /** The data {@link #publishExample} publishes for {@code vms-examples/<name>.json}. */
    public String exampleData(String name) {
        return localPictureLinks(VmsExamples.frame(name).data());
    }

    /** Publishes all 39 application examples in {@link VmsExamples#APPLICATION_FRAMES} order (logout last). */
    public void replayAllExamples() {
        VmsExamples.APPLICATION_FRAMES.forEach(this::publishExample);
    }

    private String localPictureLinks(String data) {
        return data.replace(EXAMPLE_PICTURES, baseUrl() + PictureFiles.ANALYTICS);
    }

    // ---------------------------------------------------------------- pictures

    /**
     * What the camera's preview link serves from now on (default: a 1920x1080 one-frame H.264 MP4 of quadrants,
     * red, green, blue and a test pattern, see {@link #defaultPreview()}).
     */
    public void setPreview(int cameraId, byte[] mp4) {
        pictures.setPreview(cameraId, mp4);
    }

    /** The bytes every camera's preview link serves unless {@link #setPreview} said otherwise. */
    public static byte[] defaultPreview() {
        return PictureFiles.defaultPreview();
    }

    /** The JPEG every detection picture link ({@code crop}, {@code analytic_file.url}) serves. */
    public static byte[] detectionPicture() {
        return PictureFiles.detectionPicture();
    }

    /**
     * Publishes a licence plate detection on the camera now, whose {@code crop} links to this server's detection
     * picture (the examples' crops point to example.com).
     *
     * @return the event's id
     */
    public int publishAnalyticDetection(int cameraId, Instant at) {
        return publisher.analyticDetection(cameraId, at, baseUrl() + PictureFiles.CROPS);
    }

    // ---------------------------------------------------------------- faults

    /**
     * Answers every request to {@code method path} with {@code reply} instead of the normal answer until cleared.
     * {@code path} is the full path ({@code /api/v1/wsurl}) or relative to {@code /api/v1/} ({@code wsurl});
     * a trailing {@code /*} matches everything below; method {@code *} matches any method.
     */
    public void fail(String method, String path, HttpReply reply) {
        faults.fail(method, apiPath(path), reply, -1);
    }

    /** As {@link #fail(String, String, HttpReply)}, for the next {@code times} matching requests only. */
    public void fail(String method, String path, HttpReply reply, int times) {
        faults.fail(method, apiPath(path), reply, times);
    }

    /** Delays the normal answer (the request is still processed at once). */
    public void delay(String method, String path, Duration delay) {
        faults.delay(method, apiPath(path), delay);
    }

    public void clearFailures() {
        faults.clear();
    }

    private static String apiPath(String path) {
        if (path.startsWith("/api/") || PictureFiles.isFile(path) || "*".equals(path) || "/*".equals(path)) {
            return "*".equals(path) ? "/*" : path;
        }
        return VmsRouter.API_PREFIX + (path.startsWith("/") ? path.substring(1) : path);
    }

    // ---------------------------------------------------------------- request log

    public List<RecordedRequest> requests() {
        return server.requests();
    }

    /** Requests to {@code method path}; {@code path} as for {@link #fail(String, String, HttpReply)}, no wildcard. */
    public List<RecordedRequest> requests(String method, String path) {
        return server.requests(method.toUpperCase(Locale.ROOT), apiPath(path));
    }

    public void clearRequests() {
        server.clearRequests();
    }

    @Override
    public void close() {
        server.close();
        backend.close();
    }

    // ---------------------------------------------------------------- archive clips, marks, visitor codes

    /** The archive clips the server accepted to make, in order (each announced with {@code archive_generated}). */
    public List<SimArchiveRequest> archiveClips() {
        return archive.clips();
    }

    /** The marks clients created, in order. */
    public List<SimMark> marks() {
        return archive.marks();
    }

    /** The visitor codes the account has now, door codes included. */
    public List<SimVisitorCode> visitorCodes() {
        return visitorCodes.codes();
    }

    /** The door code of the next visitor code a client creates (else a random six-digit one). */
    public void presetNextVisitorCode(String code) {
        visitorCodes.presetNextCode(code);
    }

    private static SimCamera requireCamera(@Nullable SimCamera camera, int id) {
        if (camera == null) {
            throw new IllegalArgumentException("no camera " + id);
        }
        return camera;
    }

    private static SimIntercom requireIntercom(@Nullable SimIntercom intercom, int id) {
        if (intercom == null) {
            throw new IllegalArgumentException("no intercom " + id);
        }
        return intercom;
    }
}
