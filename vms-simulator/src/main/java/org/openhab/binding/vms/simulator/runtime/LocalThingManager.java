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
package org.openhab.binding.vms.simulator.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openHAB's thing registry and thing manager for a binding that runs without openHAB: the main job, the benchmarks
 * and the tests. It follows the rules of openHAB's {@code ThingManagerImpl} and {@code ThingHandlerCallbackImpl}
 * (4.3 and 5.x alike):
 * <ul>
 * <li>{@link #add} registers the Thing's handler (the factory's {@code registerHandler}, then the callback) and
 * initialises it, in the caller's thread, the status INITIALIZING set first. A child of a bridge whose handler is not
 * initialised (ONLINE, OFFLINE or UNKNOWN) gets no handler: it waits as UNINITIALIZED/BRIDGE_UNINITIALIZED and is
 * started on the manager's thread when its bridge first reports an initialised status.</li>
 * <li>A handler that throws in {@code initialize()} leaves its Thing UNINITIALIZED/HANDLER_INITIALIZING_ERROR, a
 * factory that throws leaves it UNINITIALIZED/HANDLER_REGISTERING_ERROR; a Thing no factory supports is
 * UNINITIALIZED/HANDLER_MISSING_ERROR.</li>
 * <li>On the manager's thread, never in the caller's: a bridge hears {@code childHandlerInitialized} when a child
 * first reports an initialised status and {@code childHandlerDisposed} after a child's {@code dispose()}, but only
 * while the bridge still has its handler; each initialised child hears {@code bridgeStatusChanged} when its
 * initialised bridge's status (with detail and description) changes; commands reach initialised handlers.</li>
 * <li>Removing, disabling or closing disposes a bridge's children first, then the Thing: UNINITIALIZED,
 * {@code dispose()}, the factory's {@code unregisterHandler}, {@code setCallback(null)}, UNINITIALIZED with
 * HANDLER_MISSING_ERROR (or DISABLED). From then on openHAB's {@code BaseThingHandler} refuses the handler's updates
 * and logs its warning.</li>
 * <li>A configuration change goes to the handler's {@code handleConfigurationUpdate} ({@link #updateConfiguration},
 * as openHAB's thing registry does); the callback's {@code thingUpdated} replaces the registry's Thing, keeping its
 * handler and status.</li>
 * </ul>
 * Which channels have items linked is the user's choice ({@link #linkChannels}; all by default). What the handlers
 * report goes to the {@link ThingManagerListener}s. Not here: thing and channel types and config descriptions (so no
 * validation, defaults or normalisation), items, persistence, the start level.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LocalThingManager implements AutoCloseable {

    /** How long {@link #awaitIdle()} waits. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    private final Logger logger = LoggerFactory.getLogger(LocalThingManager.class);

    private final HandlerSource handlers;
    private final ThingHandlerCallback callback = new LocalThingHandlerCallback(this);
    private final ThingManagerWorker worker = new ThingManagerWorker();
    /** The registry, in the order the Things were added. Guarded by itself. */
    private final Map<ThingUID, Thing> things = new LinkedHashMap<>();
    private final Map<ThingUID, ThingHandler> thingHandlers = new ConcurrentHashMap<>();
    private final Map<ThingUID, ReentrantLock> thingLocks = new ConcurrentHashMap<>();
    private final Set<ThingUID> disabled = ConcurrentHashMap.newKeySet();
    private final List<ThingManagerListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Predicate<ChannelUID> linked = channel -> true;

    /** The handlers come from the binding's factory (an activated one, if its handlers have services). */
    public LocalThingManager(ThingHandlerFactory factory) {
        this.handlers = HandlerSource.of(factory);
    }

    /**
     * The handlers come from the given function, for tests that make their handlers themselves (with parts of their
     * own); nothing is done when one is unregistered.
     */
    public LocalThingManager(Function<Thing, ThingHandler> handlerOf) {
        this.handlers = HandlerSource.of(handlerOf);
    }

    public void addListener(ThingManagerListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ThingManagerListener listener) {
        listeners.remove(listener);
    }

    /** Which channels have an item linked from now on ({@code isChannelLinked}); every channel until this is called. */
    public void linkChannels(Predicate<ChannelUID> linkedChannels) {
        linked = linkedChannels;
    }

    // ---------------------------------------------------------------- the registry

    /**
     * Adds the Thing and starts its handler (see the class comment).
     *
     * @throws IllegalArgumentException if a Thing with its UID exists already
     */
    public void add(Thing thing) {
        ThingUID uid = thing.getUID();
        synchronized (things) {
            if (things.containsKey(uid)) {
                throw new IllegalArgumentException(
                        "Cannot add Thing, because a Thing with same UID (" + uid + ") already exists.");
            }
            things.put(uid, thing);
        }
        registerAndInitializeHandler(thing);
    }

    /**
     * Removes the Thing as openHAB's thing registry does: with a handler, the Thing is REMOVING and its handler's
     * {@code handleRemoval()} runs on the manager's thread; once the handler reports REMOVED, the Thing goes
     * ({@link #forceRemove}). A Thing without a handler goes at once.
     */
    public void remove(ThingUID uid) {
        Thing thing = thing(uid);
        if (thing == null) {
            return;
        }
        if (thingHandlers.containsKey(uid)) {
            setThingStatus(thing, status(ThingStatus.REMOVING, ThingStatusDetail.NONE, null));
            notifyHandlerAboutRemoval(thing);
        } else {
            forceRemove(uid);
        }
    }

    /** Removes the Thing at once: its handler (a bridge's children's first) is disposed and unregistered. */
    public void forceRemove(ThingUID uid) {
        Thing thing = thing(uid);
        if (thing == null) {
            return;
        }
        ThingHandler handler = thingHandlers.get(uid);
        if (handler != null) {
            unregisterAndDisposeHandler(thing, handler);
            handlers.removeThing(uid);
        }
        synchronized (things) {
            things.remove(uid);
        }
    }

    /**
     * Enables or disables the Thing, as openHAB's thing manager does: disabling disposes and unregisters its handler
     * (a bridge's children's first, which then wait for the bridge); enabling starts it again with a new handler.
     */
    public void setEnabled(ThingUID uid, boolean enabled) {
        if (enabled) {
            disabled.remove(uid);
        } else {
            disabled.add(uid);
        }
        Thing thing = thing(uid);
        if (thing == null) {
            return;
        }
        if (enabled) {
            if (isHandlerRegistered(thing)) {
                initializeHandler(thing);
            } else {
                registerAndInitializeHandler(thing);
            }
            return;
        }
        ThingHandler handler = thingHandlers.get(uid);
        if (handler != null && isHandlerRegistered(thing)) {
            unregisterAndDisposeHandler(thing, handler);
        } else {
            setThingStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.DISABLED, null));
        }
        if (thing instanceof Bridge) {
            for (Thing child : children(uid)) {
                if (child.getStatus() == ThingStatus.UNINITIALIZED
                        && child.getStatusInfo().getStatusDetail() != ThingStatusDetail.DISABLED) {
                    setThingStatus(child,
                            status(ThingStatus.UNINITIALIZED, ThingStatusDetail.BRIDGE_UNINITIALIZED, null));
                }
            }
        }
    }

    /**
     * A configuration change as openHAB's thing registry makes it (UI, REST): the handler's
     * {@code handleConfigurationUpdate} gets the changed parameters, in the caller's thread.
     *
     * @throws IllegalArgumentException if there is no such Thing
     * @throws IllegalStateException if it has no handler
     */
    public void updateConfiguration(ThingUID uid, Map<String, Object> configurationParameters) {
        Thing thing = thing(uid);
        if (thing == null) {
            throw new IllegalArgumentException("Thing with UID " + uid + " does not exists.");
        }
        ThingHandler handler = thing.getHandler();
        if (handler == null) {
            throw new IllegalStateException("Thing with UID " + uid + " has no handler attached.");
        }
        handler.handleConfigurationUpdate(configurationParameters);
    }

    public @Nullable Thing thing(ThingUID uid) {
        synchronized (things) {
            return things.get(uid);
        }
    }

    /** Every Thing, in the order they were added. */
    public List<Thing> things() {
        synchronized (things) {
            return List.copyOf(things.values());
        }
    }

    /** The Thing's registered handler, or null. */
    public @Nullable ThingHandler handler(ThingUID uid) {
        return thingHandlers.get(uid);
    }

    /**
     * A command for a channel, as from an item linked to it: the listeners see it, and the Thing's handler gets it on
     * the manager's thread if it is initialised (else it is dropped, as openHAB drops it).
     */
    public void sendCommand(ChannelUID channel, Command command) {
        for (ThingManagerListener listener : listeners) {
            listener.commandSent(channel, command);
        }
        Thing thing = thing(channel.getThingUID());
        ThingHandler handler = thing == null ? null : thing.getHandler();
        if (thing == null || handler == null || !isInitialized(thing)) {
            logger.debug("Not delivering command '{}' to channel '{}': its Thing's handler is not initialized",
                    command, channel);
            return;
        }
        worker.execute(() -> call(thing, "handleCommand", () -> handler.handleCommand(channel, command)));
    }

    /**
     * Waits until the manager's thread has done all it was given (notices to bridges and children, children started,
     * commands), including what that work gave it, up to {@link #IDLE_TIMEOUT}.
     *
     * @throws IllegalStateException on time-out, or when called from the manager's thread
     */
    public void awaitIdle() {
        worker.awaitIdle(IDLE_TIMEOUT);
    }

    /** A pause of the manager's thread; closing it lets the thread go on. */
    @FunctionalInterface
    public interface Pause extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Holds what the manager's thread is given from now on (notices to bridges and children, children to start,
     * commands) until the pause is closed, as openHAB's busy thread pool would: for tests of a handler that must not
     * rely on when such a notice arrives. {@link #awaitIdle()} waits for the end of the pause.
     */
    public Pause pause() {
        return worker.pause();
    }

    /**
     * Disposes and unregisters every handler, each bridge's children before the bridge, as openHAB does when the
     * binding's factory goes; then runs what the manager's thread still has and stops it. The Things stay.
     */
    @Override
    public void close() {
        for (Thing thing : things()) {
            ThingHandler handler = thingHandlers.get(thing.getUID());
            if (thing instanceof Bridge && handler != null) {
                unregisterAndDisposeHandler(thing, handler);
            }
        }
        for (Thing thing : things()) {
            ThingHandler handler = thingHandlers.get(thing.getUID());
            if (handler != null) {
                unregisterAndDisposeHandler(thing, handler);
            }
        }
        worker.close();
    }

    // ---------------------------------------------------------------- handler lifecycle (openHAB's ThingManagerImpl)

    private void registerAndInitializeHandler(Thing thing) {
        if (disabled.contains(thing.getUID())) {
            setThingStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.DISABLED, null));
        } else if (!handlers.supports(thing.getThingTypeUID())) {
            setThingStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_MISSING_ERROR,
                    "Handler factory not found"));
        } else {
            registerHandler(thing);
            initializeHandler(thing);
        }
    }

    private void registerHandler(Thing thing) {
        ReentrantLock lock = lockOf(thing.getUID());
        lock.lock();
        try {
            if (isHandlerRegistered(thing)) {
                return;
            }
            ThingUID bridgeUID = thing.getBridgeUID();
            Bridge bridge = bridgeUID == null ? null : bridge(bridgeUID);
            if (bridgeUID != null && (bridge == null || !isInitialized(bridge))) {
                setThingStatus(thing,
                        status(ThingStatus.UNINITIALIZED, ThingStatusDetail.BRIDGE_UNINITIALIZED, null));
                return;
            }
            try {
                ThingHandler handler = handlers.register(thing);
                handler.setCallback(callback);
                thing.setHandler(handler);
                thingHandlers.put(thing.getUID(), handler);
            } catch (RuntimeException e) {
                Throwable cause = e.getCause();
                setThingStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_REGISTERING_ERROR,
                        cause != null ? cause.getMessage() : e.getMessage()));
                logger.error("Exception occurred while calling thing handler factory for '{}': {}", thing.getUID(),
                        e.getMessage(), e);
            }
        } finally {
            lock.unlock();
        }
    }

    void initializeHandler(Thing thing) {
        if (disabled.contains(thing.getUID())) {
            setThingStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.DISABLED, null));
            return;
        }
        if (!isHandlerRegistered(thing)) {
            return;
        }
        ReentrantLock lock = lockOf(thing.getUID());
        lock.lock();
        try {
            ThingHandler handler = thing.getHandler();
            if (isInitialized(thing) || thing.getStatus() == ThingStatus.INITIALIZING || handler == null) {
                return; // initialised already, or being initialised
            }
            if (thing.getStatus() != ThingStatus.REMOVING) {
                setThingStatus(thing, status(ThingStatus.INITIALIZING, ThingStatusDetail.NONE, null));
            }
            try {
                handler.initialize();
            } catch (RuntimeException e) {
                setThingStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_INITIALIZING_ERROR,
                        e.getMessage()));
                logger.error("Exception occurred while initializing handler of thing '{}': {}", thing.getUID(),
                        e.getMessage(), e);
            }
        } finally {
            lock.unlock();
        }
    }

    private void unregisterAndDisposeHandler(Thing thing, ThingHandler handler) {
        List<Runnable> notices = new ArrayList<>();
        unregisterAndDisposeHandler(thing, handler, notices);
        notices.forEach(worker::execute);
    }

    /**
     * @param notices gets the bridge notices of the disposed children; they are handed to the manager's thread only
     *            after a bridge that goes too is gone, so they never reach it (in openHAB they lose that race)
     */
    private void unregisterAndDisposeHandler(Thing thing, ThingHandler handler, List<Runnable> notices) {
        if (thing instanceof Bridge) {
            for (Thing child : children(thing.getUID())) {
                ThingHandler childHandler = thingHandlers.get(child.getUID());
                if (childHandler != null) {
                    unregisterAndDisposeHandler(child, childHandler, notices);
                }
            }
        }
        disposeHandler(thing, handler, notices);
        unregisterHandler(thing);
    }

    private void disposeHandler(Thing thing, ThingHandler handler, List<Runnable> notices) {
        ReentrantLock lock = lockOf(thing.getUID());
        lock.lock();
        try {
            setThingStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.NONE, null));
            call(thing, "dispose", handler::dispose);
            Runnable notice = childHandlerDisposalNotice(thing, handler);
            if (notice != null) {
                notices.add(notice);
            }
        } finally {
            lock.unlock();
        }
    }

    private void unregisterHandler(Thing thing) {
        ReentrantLock lock = lockOf(thing.getUID());
        lock.lock();
        try {
            ThingHandler handler = thingHandlers.get(thing.getUID());
            if (handler == null) {
                return;
            }
            call(thing, "unregisterHandler", () -> handlers.unregister(thing));
            handler.setCallback(null);
            thing.setHandler(null);
            setThingStatus(thing, status(ThingStatus.UNINITIALIZED, disabled.contains(thing.getUID())
                    ? ThingStatusDetail.DISABLED : ThingStatusDetail.HANDLER_MISSING_ERROR, null));
            thingHandlers.remove(thing.getUID());
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- what the callback asks for

    void setThingStatus(Thing thing, ThingStatusInfo status) {
        ThingStatusInfo previous = thing.getStatusInfo();
        thing.setStatusInfo(status);
        for (ThingManagerListener listener : listeners) {
            listener.statusUpdated(thing, previous, status);
        }
    }

    /** The bridge has just become initialised: its children without a handler are started, each on its own turn. */
    void registerChildHandlers(Bridge bridge) {
        for (Thing child : children(bridge.getUID())) {
            ThingUID childUID = child.getUID();
            worker.execute(() -> {
                Thing current = thing(childUID);
                if (current != null) {
                    registerAndInitializeHandler(current);
                }
            });
        }
    }

    void notifyChildrenAboutBridgeStatusChange(Bridge bridge, ThingStatusInfo bridgeStatus) {
        if (!isInitialized(bridge)) {
            return;
        }
        for (Thing child : children(bridge.getUID())) {
            worker.execute(() -> {
                ThingHandler handler = child.getHandler();
                if (handler != null && isInitialized(child)) {
                    call(child, "bridgeStatusChanged", () -> handler.bridgeStatusChanged(bridgeStatus));
                }
            });
        }
    }

    void notifyBridgeAboutChildHandlerInitialization(Thing child) {
        ThingUID bridgeUID = child.getBridgeUID();
        Bridge bridge = bridgeUID == null ? null : bridge(bridgeUID);
        if (bridge == null) {
            return;
        }
        worker.execute(() -> {
            BridgeHandler bridgeHandler = bridge.getHandler();
            ThingHandler childHandler = child.getHandler();
            if (bridgeHandler != null && childHandler != null) {
                call(bridge, "childHandlerInitialized",
                        () -> bridgeHandler.childHandlerInitialized(childHandler, child));
            }
        });
    }

    /** For the manager's thread: tells the bridge, unless it has no handler by then (it was disposed first). */
    private @Nullable Runnable childHandlerDisposalNotice(Thing child, ThingHandler childHandler) {
        ThingUID bridgeUID = child.getBridgeUID();
        Bridge bridge = bridgeUID == null ? null : bridge(bridgeUID);
        if (bridge == null) {
            return null;
        }
        return () -> {
            BridgeHandler bridgeHandler = bridge.getHandler();
            if (bridgeHandler != null) {
                call(bridge, "childHandlerDisposed", () -> bridgeHandler.childHandlerDisposed(childHandler, child));
            }
        };
    }

    void notifyHandlerAboutRemoval(Thing thing) {
        worker.execute(() -> {
            ThingHandler handler = thing.getHandler();
            if (handler != null) {
                call(thing, "handleRemoval", handler::handleRemoval);
            }
        });
    }

    /** The handler reported REMOVED: the Thing goes, on the manager's thread (not inside the handler's call). */
    void forceRemoveLater(ThingUID uid) {
        worker.execute(() -> forceRemove(uid));
    }

    /** The handler changed its Thing: the registry keeps the new one, with the handler and status of the old one. */
    void thingUpdatedByHandler(Thing thing) {
        ThingUID uid = thing.getUID();
        Thing old;
        synchronized (things) {
            old = things.get(uid);
            if (old == null) {
                throw new IllegalArgumentException(
                        "Cannot update thing " + uid + " because it is not known to the registry");
            }
            things.put(uid, thing);
        }
        if (old != thing) {
            thing.setHandler(old.getHandler());
            thing.setStatusInfo(old.getStatusInfo());
        }
        for (ThingManagerListener listener : listeners) {
            listener.thingUpdated(thing);
        }
    }

    void stateUpdated(ChannelUID channel, State state) {
        for (ThingManagerListener listener : listeners) {
            listener.stateUpdated(channel, state);
        }
    }

    void channelTriggered(Thing thing, ChannelUID channel, String event) {
        for (ThingManagerListener listener : listeners) {
            listener.channelTriggered(thing, channel, event);
        }
    }

    void timeSeriesSent(ChannelUID channel, TimeSeries timeSeries) {
        for (ThingManagerListener listener : listeners) {
            listener.timeSeriesSent(channel, timeSeries);
        }
    }

    boolean isLinked(ChannelUID channel) {
        return linked.test(channel);
    }

    @Nullable
    Bridge bridge(ThingUID bridgeUID) {
        return thing(bridgeUID) instanceof Bridge bridge ? bridge : null;
    }

    // ---------------------------------------------------------------- helpers

    /** openHAB's ThingHandlerHelper.isHandlerInitialized: the Thing is ONLINE, OFFLINE or UNKNOWN. */
    static boolean isInitialized(Thing thing) {
        ThingStatus status = thing.getStatus();
        return status == ThingStatus.ONLINE || status == ThingStatus.OFFLINE || status == ThingStatus.UNKNOWN;
    }

    private boolean isHandlerRegistered(Thing thing) {
        ThingHandler handler = thingHandlers.get(thing.getUID());
        return handler != null && handler == thing.getHandler();
    }

    private List<Thing> children(ThingUID bridgeUID) {
        List<Thing> children = new ArrayList<>();
        for (Thing thing : things()) {
            if (bridgeUID.equals(thing.getBridgeUID())) {
                children.add(thing);
            }
        }
        return children;
    }

    private ReentrantLock lockOf(ThingUID uid) {
        return thingLocks.computeIfAbsent(uid, unused -> new ReentrantLock());
    }

    private static ThingStatusInfo status(ThingStatus status, ThingStatusDetail detail, @Nullable String description) {
        return new ThingStatusInfo(status, detail, description);
    }

    /** A handler (or factory) method that throws is logged, as openHAB's safe caller does, and the rest goes on. */
    private void call(Thing thing, String method, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            logger.error("Exception occurred in {} of the handler of thing '{}': {}", method, thing.getUID(),
                    e.getMessage(), e);
        }
    }
}
