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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What the bridge knows about its account, from the REST lists and the messages since: the cameras and intercoms
 * (by id), which intercom each camera belongs to, and which intercom recent calls belong to. Every lookup is by id;
 * nothing here is ever scanned per message.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class VmsAccountInventory {

    /** Calls remembered for routing {@code intercom_cancel}; a cancel follows its call within minutes. */
    static final int MAX_REMEMBERED_CALLS = 256;

    private final Map<Long, KnownCamera> cameras = new ConcurrentHashMap<>();
    private final Map<Long, KnownIntercom> intercoms = new ConcurrentHashMap<>();
    private final Map<Long, Long> intercomByCamera = new ConcurrentHashMap<>();
    private final Map<Long, Long> intercomByCall = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.@Nullable Entry<Long, Long> eldest) {
            return size() > MAX_REMEMBERED_CALLS;
        }
    };
    private volatile boolean camerasListed;
    private volatile boolean intercomsListed;

    // ---- cameras

    /** Replaces the cameras with a complete list read over REST. */
    void setCameras(Collection<KnownCamera> list) {
        cameras.keySet().retainAll(list.stream().map(KnownCamera::id).toList());
        list.forEach(camera -> cameras.put(camera.id(), camera));
        camerasListed = true;
    }

    /** Every camera known now. */
    List<KnownCamera> cameras() {
        return List.copyOf(cameras.values());
    }

    boolean camerasListed() {
        return camerasListed;
    }

    @Nullable
    KnownCamera camera(long cameraId) {
        return cameras.get(cameraId);
    }

    /** A camera Thing with this id would be GONE: the account's list was read and does not contain it. */
    boolean isCameraMissing(long cameraId) {
        return camerasListed && !cameras.containsKey(cameraId);
    }

    /** Attached again: present, details to follow from the next camera list. */
    void cameraAttached(long cameraId) {
        cameras.putIfAbsent(cameraId, new KnownCamera(cameraId, null, null, null));
    }

    void cameraDetached(long cameraId) {
        cameras.remove(cameraId);
    }

    void favoriteChanged(long cameraId, boolean favorite) {
        cameras.computeIfPresent(cameraId, (id, camera) -> camera.withFavorite(favorite));
    }

    // ---- intercoms

    /** Replaces the intercoms with a complete list read over REST. */
    void setIntercoms(Collection<KnownIntercom> list) {
        List<Long> ids = list.stream().map(KnownIntercom::id).toList();
        intercoms.keySet().retainAll(ids);
        intercomByCamera.values().retainAll(ids);
        list.forEach(this::putIntercom);
        intercomsListed = true;
    }

    /** Adds or updates an intercom from a message; returns what is now known about it. */
    KnownIntercom putIntercom(KnownIntercom intercom) {
        KnownIntercom merged = intercoms.merge(intercom.id(), intercom, (older, newer) -> newer.mergedOver(older));
        Long cameraId = merged.cameraId();
        if (cameraId != null) {
            intercomByCamera.put(cameraId, merged.id());
        }
        return merged;
    }

    /** Every intercom known now. */
    List<KnownIntercom> intercoms() {
        return List.copyOf(intercoms.values());
    }

    boolean intercomsListed() {
        return intercomsListed;
    }

    @Nullable
    KnownIntercom intercom(long intercomId) {
        return intercoms.get(intercomId);
    }

    boolean isIntercomMissing(long intercomId) {
        return intercomsListed && !intercoms.containsKey(intercomId);
    }

    void intercomDeleted(long intercomId) {
        intercoms.remove(intercomId);
        intercomByCamera.values().remove(intercomId);
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
