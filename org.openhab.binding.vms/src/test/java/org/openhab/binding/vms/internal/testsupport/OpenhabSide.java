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
package org.openhab.binding.vms.internal.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.handler.VmsTokenStorage;
import org.openhab.binding.vms.internal.testsupport.CallbackRecorder.Recorded;
import org.openhab.binding.vms.simulator.runtime.LocalThingManager;
import org.openhab.binding.vms.simulator.runtime.VolatileStorageService;
import org.openhab.core.storage.Storage;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.openhab.core.types.State;

/**
 * openHAB's side of a handler test: the one {@link LocalThingManager} (openHAB's thing manager rules) running the
 * Things, a {@link CallbackRecorder} of everything their handlers report, and openHAB's storage in memory
 * ({@link VolatileStorageService}). The handlers come from the binding's factory, or from
 * {@link #handlerOf(Thing)} of a subclass that makes them itself (with parts of its own).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class OpenhabSide implements AutoCloseable {

    public final LocalThingManager manager;
    public final CallbackRecorder recorder = new CallbackRecorder();
    /** What the handlers reported, in order (the recorder's log). */
    public final List<Recorded> log = recorder.log;
    public final VolatileStorageService storage;

    /** The handlers come from {@link #handlerOf(Thing)}. */
    protected OpenhabSide() {
        storage = new VolatileStorageService();
        manager = new LocalThingManager(this::handlerOf);
        manager.addListener(recorder);
    }

    /**
     * @param factory makes the handlers (see {@link BindingComponents})
     * @param storage the storage service the factory got
     */
    public OpenhabSide(ThingHandlerFactory factory, VolatileStorageService storage) {
        this.storage = storage;
        manager = new LocalThingManager(factory);
        manager.addListener(recorder);
    }

    /** The handler of a Thing openHAB registers, for a subclass that makes its handlers itself. */
    protected ThingHandler handlerOf(Thing thing) {
        throw new IllegalStateException("no handler for " + thing.getUID());
    }

    // ---------------------------------------------------------------- Things

    /** Adds the Thing to openHAB (its handler is made and initialised as the class comment of the manager says). */
    public void add(Thing thing) {
        manager.add(thing);
    }

    /** The handler openHAB made for the Thing; fails if it has none. */
    public <H extends ThingHandler> H handler(ThingUID uid, Class<H> type) {
        ThingHandler handler = manager.handler(uid);
        if (handler == null) {
            Thing thing = manager.thing(uid);
            throw new IllegalStateException(uid + " has no handler: " + (thing == null ? "no such Thing"
                    : thing.getStatusInfo() + " (openHAB makes a child's handler once its bridge is initialised)"));
        }
        return type.cast(handler);
    }

    /** Waits until openHAB's thing manager has told the bridges and children all it had to tell them. */
    public void awaitIdle() {
        manager.awaitIdle();
    }

    public List<Thing> things() {
        return manager.things();
    }

    public ThingStatusInfo status(ThingUID uid) {
        Thing thing = manager.thing(uid);
        if (thing == null) {
            throw new IllegalStateException("unknown thing " + uid);
        }
        return thing.getStatusInfo();
    }

    public ThingStatusInfo status(ThingHandler handler) {
        return status(handler.getThing().getUID());
    }

    // ---------------------------------------------------------------- what the handlers reported

    public List<State> states(ThingUID thing, String channelId) {
        return recorder.states(thing, channelId);
    }

    public List<State> states(ThingHandler handler, String channelId) {
        return states(handler.getThing().getUID(), channelId);
    }

    public @Nullable State lastState(ThingUID thing, String channelId) {
        return recorder.lastState(thing, channelId);
    }

    public @Nullable State lastState(ThingHandler handler, String channelId) {
        return lastState(handler.getThing().getUID(), channelId);
    }

    public List<String> triggers(ThingUID thing, String channelId) {
        return recorder.triggers(thing, channelId);
    }

    public List<String> triggers(ThingHandler handler, String channelId) {
        return triggers(handler.getThing().getUID(), channelId);
    }

    public List<String> allTriggers() {
        return recorder.allTriggers();
    }

    public List<ThingStatusInfo> statusChanges(ThingUID thing) {
        return recorder.statusChanges(thing);
    }

    public int firstStateIndex(ThingUID thing, String channelId) {
        return recorder.firstStateIndex(thing, channelId);
    }

    public int firstTriggerIndex(ThingUID thing, String channelId) {
        return recorder.firstTriggerIndex(thing, channelId);
    }

    public void clearLog() {
        recorder.clear();
    }

    /** The session tokens the handlers keep in openHAB's storage, by key. */
    public Map<String, String> storedTokens() {
        Storage<String> tokens = storage.getStorage(VmsTokenStorage.STORAGE_NAME);
        Map<String, String> stored = new HashMap<>();
        for (String key : tokens.getKeys()) {
            String token = tokens.get(key);
            if (token != null) {
                stored.put(key, token);
            }
        }
        return stored;
    }

    /** Disposes every handler as openHAB does when the binding goes (children before their bridge). */
    @Override
    public void close() {
        manager.close();
    }
}
