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

import static org.openhab.binding.vms.internal.VmsBindingConstants.CHANNEL_LAST_EVENT_JSON;
import static org.openhab.binding.vms.internal.VmsBindingConstants.CHANNEL_LATE_EVENT_TIME;

import java.time.Instant;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.event.VmsEventEnvelope;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What cameras and intercoms share: their status follows the bridge (OFFLINE/BRIDGE_OFFLINE while it is offline),
 * and OFFLINE/GONE while the account does not have them; their commands use the bridge's REST client.
 * <p>
 * <b>After dispose().</b> openHAB refuses (and logs a warning for) every update a handler makes after its
 * {@code dispose()}. The bridge's calls ({@link ChildHandlers}) and the handler's own background work therefore
 * go through {@link #runUnlessDisposed(Runnable)}, which {@code dispose()} closes, waiting for a call in progress.
 * <p>
 * <b>REFRESH.</b> Most states come from messages, which openHAB does not replay to an item linked later; the handler
 * remembers the last state of each channel and sends it again on REFRESH ({@link #refreshFromLastState(String)}).
 * A message's states are only made for channels that an item is linked to ({@link #updateFromMessage}); the others
 * are made when REFRESH asks for them (openHAB sends it when an item is linked).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class VmsChildHandler extends BaseThingHandler {

    /** Named after the concrete handler, as its own log lines are. */
    private final Logger serverCallLogger = LoggerFactory.getLogger(getClass());
    /** Held while a call of the bridge (or a background job's update) runs, and by dispose(). */
    private final Object updateLock = new Object();
    /** From initialize() to dispose(). Guarded by updateLock. */
    private boolean takesUpdates;
    private final ChannelStates channelStates = new ChannelStates(() -> getThing().getUID(), this::isLinked,
            this::updateState);
    /** What the "last ..." channels show, so that a caught-up event never moves them back. */
    protected final NewestEvent newestEvent = new NewestEvent();

    protected VmsChildHandler(Thing thing) {
        super(thing);
    }

    /** Subclasses call this first: the handler takes the bridge's calls from now on. */
    @Override
    public void initialize() {
        synchronized (updateLock) {
            takesUpdates = true;
        }
    }

    /** Nothing reaches the handler from now on; a call of the bridge that is running finishes first. */
    @Override
    public void dispose() {
        synchronized (updateLock) {
            takesUpdates = false;
        }
        super.dispose();
    }

    /**
     * Runs an update unless the handler was disposed (or never initialised); {@code dispose()} waits while one runs.
     * The update must not block: no I/O inside.
     *
     * @return whether it ran
     */
    final boolean runUnlessDisposed(Runnable update) {
        synchronized (updateLock) {
            if (!takesUpdates) {
                return false;
            }
            update.run();
            return true;
        }
    }

    /**
     * Asks openHAB something (e.g. whether a channel is linked) unless the handler was disposed, when openHAB would
     * refuse and warn; for the handler's background jobs. Must not block.
     *
     * @return the answer, or null after dispose()
     */
    final <T> @Nullable T callWhileActive(Supplier<T> question) {
        synchronized (updateLock) {
            return takesUpdates ? question.get() : null;
        }
    }

    /** Remembers the state for REFRESH; all of the handlers' updates use channel ids. */
    @Override
    protected void updateState(String channelID, State state) {
        channelStates.sent(channelID, state);
        updateState(channelStates.uid(channelID), state);
    }

    /**
     * A picture: sent but not kept for REFRESH (it can be large, and REFRESH of a picture channel downloads a new
     * one). Runs under the dispose gate like every background update.
     */
    protected void updatePicture(String channelId, State picture) {
        runUnlessDisposed(() -> updateState(channelStates.uid(channelId), picture));
    }

    /** A state that a message (or a re-read list) sets: made and sent only if an item is linked to the channel. */
    protected void updateFromMessage(String channelId, Supplier<State> state) {
        channelStates.update(channelId, state);
    }

    /** {@code last-event-json}: the message's JSON without door codes, written only if an item is linked. */
    protected void updateLastEventJson(VmsEventEnvelope envelope) {
        channelStates.updateJson(CHANNEL_LAST_EVENT_JSON, envelope.json());
    }

    @Override
    protected void triggerChannel(String channelID, String event) {
        triggerChannel(channelStates.uid(channelID), event);
    }

    /**
     * A caught-up event (docs/protocol.md, "Catch-up"): {@code late-event-time}, then the late trigger, so a rule
     * started by the trigger reads the time of its own event.
     */
    protected void fireLate(String triggerChannelId, String payload, @Nullable Instant time) {
        updateFromMessage(CHANNEL_LATE_EVENT_TIME, () -> ServerTimes.state(time));
        triggerChannel(triggerChannelId, payload);
    }

    /** The Thing now stands for another camera or intercom: what was sent for the earlier one is no answer. */
    protected void forgetLastStates() {
        channelStates.clear();
        newestEvent.clear();
    }

    /** REFRESH: the channel's last state again; nothing when there has been none yet, or after dispose(). */
    protected void refreshFromLastState(String channelId) {
        // under the lock of the bridge's calls: a message being applied cannot overtake with a newer state
        runUnlessDisposed(() -> {
            State last = channelStates.last(channelId);
            if (last != null) {
                updateState(channelId, last);
            }
        });
    }

    /** The account's list was read and does not contain this Thing's camera or intercom. */
    protected abstract boolean isMissingFromAccount(VmsAccountHandler account);

    /** The status description while OFFLINE/GONE. */
    protected abstract String goneDescription();

    /** Whether initialize() found a valid id. */
    protected abstract boolean isConfigured();

    protected @Nullable VmsAccountHandler accountHandler() {
        Bridge bridge = getBridge();
        ThingHandler handler = bridge == null ? null : bridge.getHandler();
        return handler instanceof VmsAccountHandler account ? account : null;
    }

    /** The account's REST client while the account is ONLINE, else null; null too once this handler is disposed. */
    protected @Nullable VmsRestClient restClient() {
        synchronized (updateLock) {
            if (!takesUpdates) {
                return null; // a job that starts after dispose(): openHAB would refuse even the bridge lookup
            }
            VmsAccountHandler account = accountHandler();
            return account == null ? null : account.restClient();
        }
    }

    /**
     * Calls the server on the caller's thread (a rule's, or the scheduler's for a command), bounded by the REST
     * client's time limit: only while the handler is initialised and the account is ONLINE. Failures are logged with
     * the Thing's UID (the exception texts name the action and carry no secrets) and treated like a failed command's
     * ({@link #requestFailed}); nothing is thrown.
     *
     * @param what what the call does, for the log line when it cannot be made, e.g. "open the door"
     * @return what the call yielded; null when it could not be made or failed
     */
    public <T> @Nullable T callServer(String what, VmsRestCall<T> call) {
        VmsRestClient rest;
        synchronized (updateLock) {
            if (!takesUpdates) {
                serverCallLogger.debug("{}: did not {}: the Thing's handler is not running", getThing().getUID(),
                        what);
                return null;
            }
            if (!isConfigured()) {
                serverCallLogger.warn("{}: cannot {}: the Thing's configuration is invalid", getThing().getUID(), what);
                return null;
            }
            rest = restClient();
        }
        if (rest == null) {
            serverCallLogger.warn("{}: cannot {} while the VMS account is offline", getThing().getUID(), what);
            return null;
        }
        try {
            return call.call(rest);
        } catch (VmsApiException e) {
            serverCallLogger.warn("{}: {}", getThing().getUID(), e.getMessage());
            runUnlessDisposed(() -> requestFailed(e));
        } catch (RuntimeException e) {
            // a defect, but a rule or the scheduler must not be the one to meet it
            serverCallLogger.warn("{}: could not {}: {}", getThing().getUID(), what, e.toString());
        }
        return null;
    }

    /** ONLINE, or why not: the bridge is offline, or the account does not have this camera/intercom. */
    protected void updateStatusFromBridge() {
        if (!isConfigured()) {
            return;
        }
        Bridge bridge = getBridge();
        if (bridge == null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_UNINITIALIZED, VmsStatusText.BRIDGE_OFFLINE);
            return;
        }
        if (bridge.getStatus() != ThingStatus.ONLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE, VmsStatusText.BRIDGE_OFFLINE);
            return;
        }
        VmsAccountHandler account = accountHandler();
        boolean missing = account != null && isMissingFromAccount(account);
        showPresence(missing);
        // openHAB tells a Thing about its bridge on its own thread, while the bridge may be applying a list it just
        // read (which ends in gone() or present() here): if the list changed meanwhile, it is the newer answer
        if (account != null && isMissingFromAccount(account) != missing) {
            showPresence(!missing);
        }
    }

    private void showPresence(boolean missingFromAccount) {
        if (missingFromAccount) {
            gone();
        } else {
            updateStatus(ThingStatus.ONLINE);
        }
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (!isConfigured()) {
            return;
        }
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE) {
            updateStatusFromBridge();
        } else {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE, VmsStatusText.BRIDGE_OFFLINE);
        }
    }

    /**
     * What a failed command means for the Thing: 404 means the account does not have it (any more): GONE; 401 means
     * the session may be gone: the bridge checks it (and goes offline, with its children, if it is). Anything else
     * leaves the Thing as it is.
     */
    protected void requestFailed(VmsApiException e) {
        switch (e.getReason()) {
            case NOT_FOUND -> gone();
            case TOKEN_INVALID -> {
                VmsAccountHandler account = accountHandler();
                if (account != null) {
                    account.reportUnauthorized();
                }
            }
            default -> {
                // a refused or failed request says nothing about the Thing
            }
        }
    }

    /** OFFLINE/GONE: the account does not have it (any more). */
    protected void gone() {
        if (isConfigured()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.GONE, goneDescription());
        }
    }

    /** The account has it (again): a Thing that was GONE comes back. */
    protected void present() {
        if (getThing().getStatusInfo().getStatusDetail() == ThingStatusDetail.GONE) {
            updateStatusFromBridge();
        }
    }
}
