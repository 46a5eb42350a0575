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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The camera and intercom handlers below one bridge, by VMS id. Filled by the bridge's
 * {@code childHandlerInitialized}/{@code childHandlerDisposed}, read on the event thread: a message finds its Thing
 * with one map lookup.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class VmsChildHandlers {

    private final Map<Long, VmsCameraHandler> cameras = new ConcurrentHashMap<>();
    private final Map<Long, VmsIntercomHandler> intercoms = new ConcurrentHashMap<>();

    void add(VmsCameraHandler handler, long cameraId) {
        cameras.put(cameraId, handler);
    }

    void add(VmsIntercomHandler handler, long intercomId) {
        intercoms.put(intercomId, handler);
    }

    /** Removes the handler only if it is still the registered one (a re-initialised Thing may have replaced it). */
    void remove(VmsCameraHandler handler, long cameraId) {
        cameras.remove(cameraId, handler);
    }

    void remove(VmsIntercomHandler handler, long intercomId) {
        intercoms.remove(intercomId, handler);
    }

    @Nullable
    VmsCameraHandler camera(@Nullable Long cameraId) {
        return cameraId == null ? null : cameras.get(cameraId);
    }

    @Nullable
    VmsIntercomHandler intercom(@Nullable Long intercomId) {
        return intercomId == null ? null : intercoms.get(intercomId);
    }

    Map<Long, VmsCameraHandler> cameras() {
        return Map.copyOf(cameras);
    }

    Map<Long, VmsIntercomHandler> intercoms() {
        return Map.copyOf(intercoms);
    }

    /** For messages that name no intercom (deleted codes and calls): all of them. */
    Collection<VmsIntercomHandler> allIntercoms() {
        return intercoms.values();
    }
}
