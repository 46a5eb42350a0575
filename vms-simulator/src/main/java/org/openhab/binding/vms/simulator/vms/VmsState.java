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

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Everything the simulated account holds: its cameras and tree, intercoms, call history, open sessions, and what
 * clients did (logins, door openings). Thread-safe: the HTTP threads and the test thread use it at once.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsState {

    public static final int ROOT_NODE_ID = 1;
    public static final int INTERCOM_NODE_ID = 5;

    private static final DateTimeFormatter SERVER_UTC = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final SecureRandom random = new SecureRandom();
    private final List<CameraTreeNode> nodes = new ArrayList<>();
    private final Map<Integer, SimCamera> cameras = new TreeMap<>();
    private final Map<Integer, SimIntercom> intercoms = new TreeMap<>();
    private final Map<Integer, SimCall> calls = new TreeMap<>();
    private final Map<String, SimSession> sessionsByToken = new LinkedHashMap<>();
    private final List<Integer> openedDoors = new ArrayList<>();
    private int loginCount;
    private int nextSessionNumber = 1;
    private int nextCallId = 9002;
    private int nextSipCallId = 4711;

    /**
     * The account of the protocol examples: cameras 1001 "Front Door" (favourite), 1002 "Backyard" and 1010
     * "Entrance 2 camera", intercom 301 "Entrance 2" with camera 1010, and the missed call 9001. The next stored
     * call gets id 9002 and SIP call id 4711, as in {@code notification.intercom_cancel.json}.
     */
    public static VmsState exampleAccount() {
        VmsState state = new VmsState();
        state.nodes.add(new CameraTreeNode(ROOT_NODE_ID, "1 Example Street", 0));
        state.nodes.add(new CameraTreeNode(INTERCOM_NODE_ID, "Entrance 2", ROOT_NODE_ID));
        state.putCamera(new SimCamera(1001, "Front Door", "active", true, true, ROOT_NODE_ID));
        state.putCamera(new SimCamera(1002, "Backyard", "active", false, true, ROOT_NODE_ID));
        state.putCamera(new SimCamera(1010, "Entrance 2 camera", "active", false, true, INTERCOM_NODE_ID));
        state.putIntercom(new SimIntercom(301, "Entrance 2", "1 Example Street, entrance 2", true, 1010));
        state.calls.put(9001, new SimCall(9001, 301, "missed", "2024-03-01T12:20:00.000000Z", 4710));
        return state;
    }

    /** An instant in the server's format, {@code 2024-03-01T12:34:56.000000Z}. */
    public static String serverUtc(Instant instant) {
        return SERVER_UTC.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    /** Now in the server's format. */
    public static String nowServerUtc() {
        return serverUtc(Instant.now());
    }

    // ---- cameras

    public synchronized List<CameraTreeNode> nodes() {
        return List.copyOf(nodes);
    }

    public synchronized void addNode(CameraTreeNode node) {
        nodes.removeIf(n -> n.id() == node.id());
        nodes.add(node);
    }

    public synchronized void putCamera(SimCamera camera) {
        cameras.put(camera.id(), camera);
    }

    public synchronized @Nullable SimCamera camera(int id) {
        return cameras.get(id);
    }

    /** The camera if it exists and is attached to the account, else null. */
    public synchronized @Nullable SimCamera attachedCamera(int id) {
        SimCamera camera = cameras.get(id);
        return camera != null && camera.attached() ? camera : null;
    }

    /** Attached cameras by id. */
    public synchronized List<SimCamera> attachedCameras() {
        return cameras.values().stream().filter(SimCamera::attached).toList();
    }

    /** Replaces the camera by {@code change(camera)}; returns the new value, null if there is no such camera. */
    public synchronized @Nullable SimCamera updateCamera(int id, UnaryOperator<SimCamera> change) {
        SimCamera camera = cameras.get(id);
        if (camera == null) {
            return null;
        }
        SimCamera changed = change.apply(camera);
        cameras.put(id, changed);
        return changed;
    }

    // ---- intercoms

    public synchronized void putIntercom(SimIntercom intercom) {
        intercoms.put(intercom.id(), intercom);
    }

    public synchronized @Nullable SimIntercom intercom(int id) {
        return intercoms.get(id);
    }

    public synchronized List<SimIntercom> intercoms() {
        return List.copyOf(intercoms.values());
    }

    public synchronized @Nullable SimIntercom updateIntercom(int id, UnaryOperator<SimIntercom> change) {
        SimIntercom intercom = intercoms.get(id);
        if (intercom == null) {
            return null;
        }
        SimIntercom changed = change.apply(intercom);
        intercoms.put(id, changed);
        return changed;
    }

    public synchronized @Nullable SimIntercom removeIntercom(int id) {
        return intercoms.remove(id);
    }

    public synchronized void recordOpenDoor(int intercomId) {
        openedDoors.add(intercomId);
    }

    /** Intercom ids of every accepted open-door request, in order. */
    public synchronized List<Integer> openedDoors() {
        return List.copyOf(openedDoors);
    }

    // ---- calls

    /** Adds a call to the history, created now. */
    public synchronized SimCall newCall(int intercomId, String status) {
        SimCall call = new SimCall(nextCallId++, intercomId, status,
                SERVER_UTC.format(Instant.now().truncatedTo(ChronoUnit.MICROS)), nextSipCallId++);
        calls.put(call.id(), call);
        return call;
    }

    /**
     * A call announced by a published {@code intercom.call.store}: added to the history, or its status updated when
     * the call is known.
     */
    public synchronized void recordCall(SimCall call) {
        SimCall known = calls.get(call.id());
        if (known == null && calls.size() >= VmsHistory.CAPACITY) {
            return; // a long benchmark or fuzz run must not fill the heap
        }
        calls.put(call.id(), known == null ? call : known.withStatus(call.status()));
    }

    public synchronized @Nullable SimCall call(int id) {
        return calls.get(id);
    }

    public synchronized List<SimCall> calls() {
        return List.copyOf(calls.values());
    }

    public synchronized @Nullable SimCall updateCall(int id, UnaryOperator<SimCall> change) {
        SimCall call = calls.get(id);
        if (call == null) {
            return null;
        }
        SimCall changed = change.apply(call);
        calls.put(id, changed);
        return changed;
    }

    // ---- issue 9: stream links, PTZ moves, rejected calls

    private @Nullable Duration streamLinkLifetime;
    private final List<String> issuedStreamLinks = new ArrayList<>();
    private final List<String> ptzMoves = new ArrayList<>();
    private final List<Integer> rejectedCalls = new ArrayList<>();

    /** How long the stream links issued from now on are valid (announced in the answer); null: no expiry said. */
    public synchronized void setStreamLinkLifetime(@Nullable Duration lifetime) {
        streamLinkLifetime = lifetime;
    }

    public synchronized @Nullable Duration streamLinkLifetime() {
        return streamLinkLifetime;
    }

    /** Records a stream link issued; returns its number (1, 2, ...), part of the link's token. */
    public synchronized int recordStreamLink(String link) {
        issuedStreamLinks.add(link);
        return issuedStreamLinks.size();
    }

    /** Every stream link issued, in order. */
    public synchronized List<String> issuedStreamLinks() {
        return List.copyOf(issuedStreamLinks);
    }

    /** Records an accepted PTZ request: {@code <cameraId>:<key>}, the key being the direction or {@code home}. */
    public synchronized void recordPtzMove(int cameraId, String key) {
        ptzMoves.add(cameraId + ":" + key);
    }

    public synchronized List<String> ptzMoves() {
        return List.copyOf(ptzMoves);
    }

    public synchronized void recordRejectedCall(int callId) {
        rejectedCalls.add(callId);
    }

    public synchronized List<Integer> rejectedCalls() {
        return List.copyOf(rejectedCalls);
    }

    // ---- sessions

    /** Opens a session with a fresh random bearer token. */
    public synchronized SimSession openSession(String userAgent) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        SimSession session = new SimSession("sim-session-" + nextSessionNumber++,
                "sim." + HexFormat.of().formatHex(bytes), userAgent);
        sessionsByToken.put(session.token(), session);
        return session;
    }

    public synchronized boolean isValid(String token) {
        return sessionsByToken.containsKey(token);
    }

    /** Ends the session of {@code token}; false if it was not open. */
    public synchronized boolean revoke(String token) {
        return sessionsByToken.remove(token) != null;
    }

    /** Ends the session with this id and returns its token, or null if there is none. */
    public synchronized @Nullable String revokeSession(String sessionId) {
        for (SimSession session : sessionsByToken.values()) {
            if (session.sessionId().equals(sessionId)) {
                sessionsByToken.remove(session.token());
                return session.token();
            }
        }
        return null;
    }

    public synchronized List<SimSession> sessions() {
        return List.copyOf(sessionsByToken.values());
    }

    public synchronized void countLogin() {
        loginCount++;
    }

    /** Successful logins ({@code POST token} answered 200). */
    public synchronized int loginCount() {
        return loginCount;
    }
}
