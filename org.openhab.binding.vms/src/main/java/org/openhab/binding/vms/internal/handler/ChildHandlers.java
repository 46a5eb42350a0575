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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The camera and intercom handlers below one bridge, by VMS id, and the only way the bridge calls into them.
 * <p>
 * openHAB tells a bridge that a child was disposed asynchronously ({@code childHandlerDisposed} runs on another
 * thread, possibly after the child's callback is gone) and not at all when the bridge's handler goes first, so this
 * registry may still hold handlers that were disposed. A call into a child therefore runs only
 * <ul>
 * <li>within the bridge session it was started in ({@link #open()} in the bridge's {@code initialize()},
 * {@link #close()} in its {@code dispose()}): work of an ended session (a re-read still reading, a message still
 * being routed) never reaches a child, even when the bridge was initialised again meanwhile;</li>
 * <li>while the child itself takes calls ({@link VmsChildHandler#runUnlessDisposed}).</li>
 * </ul>
 * A call runs while holding this registry's lock, so {@link #close()} returns only after a call in progress has
 * finished. The lock is held for one in-memory call into one child at a time, never around I/O.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ChildHandlers {

    private final Map<Long, VmsCameraHandler> cameras = new ConcurrentHashMap<>();
    private final Map<Long, VmsIntercomHandler> intercoms = new ConcurrentHashMap<>();
    /** Held while a call into a child runs, and to open or close a session. */
    private final Object callLock = new Object();
    /** Counts opened and closed sessions. Guarded by callLock. */
    private long session;
    /** Whether the session numbered {@link #session} is open. Guarded by callLock. */
    private boolean open;

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

    /** A new session: its calls run until {@link #close()}; those of earlier sessions stay refused. */
    Calls open() {
        synchronized (callLock) {
            session++;
            open = true;
            return new Calls(session);
        }
    }

    /** Ends the current session; returns once a call into a child that is in progress has finished. */
    void close() {
        synchronized (callLock) {
            session++;
            open = false;
        }
    }

    /** The calls of the current session, refused anyway while no session is open. */
    Calls current() {
        synchronized (callLock) {
            return new Calls(session);
        }
    }

    private <H extends VmsChildHandler> boolean call(long callSession, @Nullable H handler, Consumer<H> call) {
        if (handler == null) {
            return false;
        }
        synchronized (callLock) {
            if (!open || callSession != session) {
                return false;
            }
            return handler.runUnlessDisposed(() -> call.accept(handler));
        }
    }

    /**
     * The calls into the children that one bridge session may make. Each method returns whether the call ran: false
     * when there is no such child Thing, it was disposed, or the session has ended.
     */
    final class Calls {

        private final long id;

        private Calls(long id) {
            this.id = id;
        }

        /** Whether this session is still open. */
        boolean isCurrent() {
            synchronized (callLock) {
                return open && id == session;
            }
        }

        boolean camera(@Nullable Long cameraId, Consumer<VmsCameraHandler> call) {
            return call(id, cameraId == null ? null : cameras.get(cameraId), call);
        }

        boolean intercom(@Nullable Long intercomId, Consumer<VmsIntercomHandler> call) {
            return call(id, intercomId == null ? null : intercoms.get(intercomId), call);
        }

        /** This handler, whether or not it is (still) the registered one. */
        <H extends VmsChildHandler> boolean handler(H handler, Consumer<H> call) {
            return call(id, handler, call);
        }

        /** Every registered camera handler, one call at a time. */
        void eachCamera(BiConsumer<Long, VmsCameraHandler> call) {
            Map.copyOf(cameras).forEach((cameraId, handler) -> call(id, handler, h -> call.accept(cameraId, h)));
        }

        /** Every registered intercom handler, e.g. for messages that name no intercom (deleted codes and calls). */
        void eachIntercom(BiConsumer<Long, VmsIntercomHandler> call) {
            Map.copyOf(intercoms).forEach((intercomId, handler) -> call(id, handler, h -> call.accept(intercomId, h)));
        }
    }
}
