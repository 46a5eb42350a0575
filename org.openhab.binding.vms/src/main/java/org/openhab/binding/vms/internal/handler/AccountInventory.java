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
package org.openhab.binding.vms.internal.handler;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What the bridge knows about its account, from the REST lists and the messages since: the cameras and intercoms
 * (by id), which intercom each camera belongs to, and which intercom recent calls belong to. Every lookup is by id;
 * nothing here is ever scanned per message.
 * <p>
 * A list read over REST can be older than a message that arrived while it was being read. Messages therefore mark
 * what they change with a change number; a list read after {@link #changeMark()} leaves alone what changed since.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class AccountInventory {

    /** Calls remembered for routing {@code intercom_cancel}; a cancel follows its call within minutes. */
    static final int MAX_REMEMBERED_CALLS = 256;

    private final Map<Long, VmsKnownCamera> cameras = new ConcurrentHashMap<>();
    private final Map<Long, VmsKnownIntercom> intercoms = new ConcurrentHashMap<>();
    private final Map<Long, Long> intercomByCamera = new ConcurrentHashMap<>();
    private final Map<Long, Long> intercomByCall = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.@Nullable Entry<Long, Long> eldest) {
            return size() > MAX_REMEMBERED_CALLS;
        }
    };
    private final AtomicLong changes = new AtomicLong();
    private final Map<Long, Long> cameraChanges = new ConcurrentHashMap<>();
    private final Map<Long, Long> intercomChanges = new ConcurrentHashMap<>();
    private volatile boolean camerasListed;
    private volatile boolean intercomsListed;

    // ---- change marks

    /** Take before reading a list: what messages change afterwards is newer than the list. */
    long changeMark() {
        return changes.get();
    }

    boolean cameraChangedSince(long cameraId, long mark) {
        Long change = cameraChanges.get(cameraId);
        return change != null && change > mark;
    }

    boolean intercomChangedSince(long intercomId, long mark) {
        Long change = intercomChanges.get(intercomId);
        return change != null && change > mark;
    }

    private void cameraChanged(long cameraId) {
        cameraChanges.put(cameraId, changes.incrementAndGet());
    }

    private void intercomChanged(long intercomId) {
        intercomChanges.put(intercomId, changes.incrementAndGet());
    }

    // ---- cameras

    /**
     * Replaces the cameras with a complete list read over REST, except those a message changed after {@code mark}.
     */
    void setCameras(Collection<VmsKnownCamera> list, long mark) {
        List<Long> listed = list.stream().map(VmsKnownCamera::id).toList();
        cameras.keySet().removeIf(id -> !listed.contains(id) && !cameraChangedSince(id, mark));
        list.stream().filter(camera -> !cameraChangedSince(camera.id(), mark))
                .forEach(camera -> cameras.put(camera.id(), camera));
        camerasListed = true;
    }

    /** Every camera known now. */
    List<VmsKnownCamera> cameras() {
        return List.copyOf(cameras.values());
    }

    boolean camerasListed() {
        return camerasListed;
    }

    @Nullable
    VmsKnownCamera camera(long cameraId) {
        return cameras.get(cameraId);
    }

    /** A camera Thing with this id would be GONE: the account's list was read and does not contain it. */
    boolean isCameraMissing(long cameraId) {
        return camerasListed && !cameras.containsKey(cameraId);
    }

    /** Attached (again): present, details to follow from the next camera list. */
    void cameraAttached(long cameraId) {
        cameras.putIfAbsent(cameraId, new VmsKnownCamera(cameraId, null, null, null));
        cameraChanged(cameraId);
    }

    void cameraDetached(long cameraId) {
        cameras.remove(cameraId);
        cameraChanged(cameraId);
    }

    void favoriteChanged(long cameraId, boolean favorite) {
        cameras.computeIfPresent(cameraId, (id, camera) -> camera.withFavorite(favorite));
        cameraChanged(cameraId);
    }

    // ---- intercoms

    /**
     * Replaces the intercoms with a complete list read over REST, except those a message changed after
     * {@code mark}.
     */
    void setIntercoms(Collection<VmsKnownIntercom> list, long mark) {
        List<Long> listed = list.stream().map(VmsKnownIntercom::id).toList();
        intercoms.keySet().removeIf(id -> !listed.contains(id) && !intercomChangedSince(id, mark));
        intercomByCamera.values().removeIf(id -> !intercoms.containsKey(id));
        list.stream().filter(intercom -> !intercomChangedSince(intercom.id(), mark)).forEach(this::merge);
        intercomsListed = true;
    }

    /** Adds or updates an intercom from a message; returns what is now known about it. */
    VmsKnownIntercom putIntercom(VmsKnownIntercom intercom) {
        intercomChanged(intercom.id());
        return merge(intercom);
    }

    private VmsKnownIntercom merge(VmsKnownIntercom intercom) {
        VmsKnownIntercom merged = intercoms.merge(intercom.id(), intercom, (older, newer) -> newer.mergedOver(older));
        Long cameraId = merged.cameraId();
        if (cameraId != null) {
            intercomByCamera.put(cameraId, merged.id());
        }
        return merged;
    }

    /** Every intercom known now. */
    List<VmsKnownIntercom> intercoms() {
        return List.copyOf(intercoms.values());
    }

    boolean intercomsListed() {
        return intercomsListed;
    }

    @Nullable
    VmsKnownIntercom intercom(long intercomId) {
        return intercoms.get(intercomId);
    }

    boolean isIntercomMissing(long intercomId) {
        return intercomsListed && !intercoms.containsKey(intercomId);
    }

    void intercomDeleted(long intercomId) {
        intercoms.remove(intercomId);
        intercomByCamera.values().remove(intercomId);
        intercomChanged(intercomId);
    }

    /** The intercom whose camera this is. */
    @Nullable
    Long intercomForCamera(@Nullable Long cameraId) {
        return cameraId == null ? null : intercomByCamera.get(cameraId);
    }

    // ---- calls

    void rememberCall(long callId, long intercomId) {
        synchronized (intercomByCall) {
            intercomByCall.put(callId, intercomId);
        }
    }

    /** The intercom of a call stored earlier, if it is still remembered. */
    @Nullable
    Long intercomForCall(@Nullable Long callId) {
        if (callId == null) {
            return null;
        }
        synchronized (intercomByCall) {
            return intercomByCall.get(callId);
        }
    }
}
