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

import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import java.util.Collection;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.action.VmsIntercomActions;
import org.openhab.binding.vms.internal.api.event.VmsEventEnvelope;
import org.openhab.binding.vms.internal.api.model.VmsIntercom;
import org.openhab.binding.vms.internal.api.model.VmsIntercomCall;
import org.openhab.binding.vms.internal.config.VmsThingIds;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.UnDefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A door intercom of the account: name, address and online state, calls and intercom events from the messages the
 * bridge routes here, and door opening over REST.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsIntercomHandler extends VmsChildHandler {

    private final Logger logger = LoggerFactory.getLogger(VmsIntercomHandler.class);

    /** The {@code ringTimeout} default, in seconds. */
    static final int DEFAULT_RING_TIMEOUT = 60;
    private static final String RING_STATUS = "ring";

    private volatile long intercomId;
    private volatile Duration ringTimeout = Duration.ofSeconds(DEFAULT_RING_TIMEOUT);
    private final IntercomRinging ringing;

    public VmsIntercomHandler(Thing thing) {
        super(thing);
        ringing = new IntercomRinging(scheduler, callId -> runUnlessDisposed(() -> ringTimedOut(callId)));
    }

    /** The configured intercom id; 0 until initialised with a valid configuration. */
    public long getIntercomId() {
        return intercomId;
    }

    @Override
    public void initialize() {
        super.initialize();
        // not getConfigAs: its conversion to long truncates fractions and wraps huge numbers into valid-looking ids
        long configured = VmsThingIds.positiveId(getThing().getConfiguration().get(CONFIG_INTERCOM_ID));
        if (configured != intercomId) {
            forgetLastStates();
        }
        if (configured <= 0) {
            intercomId = 0;
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    VmsStatusText.INVALID_INTERCOM_ID);
            return;
        }
        intercomId = configured;
        ringTimeout = Duration.ofSeconds(ringTimeoutSeconds(getThing().getConfiguration().get(CONFIG_RING_TIMEOUT)));
        updateStatusFromBridge();
        // nothing rings that this handler knows of
        updateFromMessage(CHANNEL_RINGING, () -> OnOffType.OFF);
    }

    @Override
    public void dispose() {
        ringing.reset();
        super.dispose();
    }

    /** The configured {@code ringTimeout} in seconds; the default when absent or not a positive number. */
    static long ringTimeoutSeconds(@Nullable Object configured) {
        if (configured instanceof Number number && number.doubleValue() >= 1) {
            return Math.min(number.longValue(), 86_400);
        }
        if (configured instanceof String text) {
            try {
                return ringTimeoutSeconds(Double.valueOf(text.trim()));
            } catch (NumberFormatException e) {
                // the default below
            }
        }
        return DEFAULT_RING_TIMEOUT;
    }

    @Override
    protected boolean isMissingFromAccount(VmsAccountHandler account) {
        return account.isIntercomMissing(intercomId);
    }

    @Override
    protected String goneDescription() {
        return VmsStatusText.INTERCOM_DELETED;
    }

    @Override
    protected boolean isConfigured() {
        return intercomId > 0;
    }

    /** The rule actions of this Thing: openHAB's handler factory makes and registers them (a PROTOTYPE component). */
    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return List.of(VmsIntercomActions.class);
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        String channelId = channelUID.getId();
        switch (channelId) {
            case CHANNEL_OPEN_DOOR:
                if (command == OnOffType.ON) {
                    scheduler.execute(this::openDoor);
                } else if (command instanceof OnOffType || command instanceof RefreshType) {
                    updateState(CHANNEL_OPEN_DOOR, OnOffType.OFF);
                }
                break;
            case CHANNEL_REJECT_CALL:
                if (command == OnOffType.ON) {
                    scheduler.execute(() -> {
                        rejectCall();
                        runUnlessDisposed(() -> updateState(CHANNEL_REJECT_CALL, OnOffType.OFF));
                    });
                } else if (command instanceof OnOffType || command instanceof RefreshType) {
                    updateState(CHANNEL_REJECT_CALL, OnOffType.OFF);
                }
                break;
            case CHANNEL_ENABLED:
                if (command instanceof OnOffType onOff) {
                    scheduler.execute(() -> setEnabled(onOff == OnOffType.ON));
                } else if (command instanceof RefreshType) {
                    refreshFromLastState(channelId);
                }
                break;
            default:
                if (command instanceof RefreshType) {
                    // name, address, online, ringing and the last call's channels: what the bridge last sent
                    refreshFromLastState(channelId);
                }
                break;
        }
    }

    /**
     * Opens the door on the caller's thread (the scheduler for the channel, the rule's thread for the action), then
     * sets the switch back to OFF, whatever the answer, unless the Thing was disposed meanwhile.
     *
     * @return whether the server accepted the request
     */
    public boolean openDoor() {
        Boolean opened = callServer("open the door", rest -> {
            rest.openDoor(intercomId);
            return true;
        });
        if (opened != null) {
            logger.debug("Intercom {}: door opened", intercomId);
        }
        runUnlessDisposed(() -> updateState(CHANNEL_OPEN_DOOR, OnOffType.OFF));
        return opened != null;
    }

    // ---------------------------------------------------------------- for channels and rule actions

    /**
     * Rejects the call that rings now ({@code POST intercom/calls/{id}/cancel}; blocks for one REST call). Without a
     * ringing call whose id is known nothing is sent.
     *
     * @return whether a ringing call was rejected
     */
    public boolean rejectCall() {
        Long callId = ringing.ringingCall();
        if (callId == null) {
            logger.debug("Intercom {}: no call is ringing (that the binding saw with its id); nothing to reject",
                    intercomId);
            return false;
        }
        Boolean rejected = callServer("reject call " + callId, rest -> {
            rest.cancelCall(callId);
            return true;
        });
        if (rejected == null) {
            return false;
        }
        logger.debug("Intercom {}: call {} rejected", intercomId, callId);
        runUnlessDisposed(() -> ringEnded(callId));
        return true;
    }

    /**
     * Turns the delivery of calls to this account on or off ({@code PATCH intercom/{id}} with {@code is_enabled};
     * blocks for one REST call).
     *
     * @return whether the server accepted the change
     */
    public boolean setEnabled(boolean enabled) {
        Boolean now = callServer(enabled ? "enable the intercom" : "disable the intercom", rest -> {
            VmsIntercom answer = rest.setIntercomEnabled(intercomId, enabled);
            Boolean confirmed = answer == null ? null : answer.isEnabled();
            return confirmed != null ? confirmed : enabled;
        });
        // the server's answer, or back to what the channel showed when the change was not made
        runUnlessDisposed(() -> {
            if (now != null) {
                updateState(CHANNEL_ENABLED, OnOffType.from(now));
            } else {
                refreshFromLastState(CHANNEL_ENABLED);
            }
        });
        return now != null;
    }

    /** Whether a call rings now, as far as the binding saw. */
    public boolean isRinging() {
        return ringing.isRinging();
    }

    /** @return whether that call was the one ringing (ringing is OFF now) */
    private boolean ringEnded(@Nullable Long callId) {
        if (!ringing.ended(callId)) {
            return false;
        }
        updateFromMessage(CHANNEL_RINGING, () -> OnOffType.OFF);
        return true;
    }

    /** Under runUnlessDisposed, from the scheduler. */
    private void ringTimedOut(long callId) {
        if (ringEnded(callId)) {
            logger.debug("Intercom {}: no end of call {} within {} s; ringing OFF", intercomId, callId,
                    ringTimeout.toSeconds());
        }
    }

    // ---------------------------------------------------------------- called by the bridge

    /** The intercom as the account lists it; back ONLINE if it had gone. */
    void applyIntercom(VmsKnownIntercom intercom) {
        String name = intercom.name();
        if (name != null) {
            updateFromMessage(CHANNEL_NAME, () -> new StringType(name));
        }
        String address = intercom.address();
        if (address != null) {
            updateFromMessage(CHANNEL_ADDRESS, () -> new StringType(address));
        }
        Boolean online = intercom.online();
        if (online != null) {
            updateFromMessage(CHANNEL_ONLINE, () -> OnOffType.from(online));
        }
        Boolean enabled = intercom.enabled();
        if (enabled != null) {
            updateFromMessage(CHANNEL_ENABLED, () -> OnOffType.from(enabled));
        }
        if (!intercom.properties().isEmpty()) {
            updateProperties(intercom.properties());
        }
        present();
    }

    /** {@code intercom.store}, {@code .rename}, {@code .update}: the states, the JSON, then {@code intercom-event}. */
    void intercomChanged(VmsKnownIntercom intercom, String payload, VmsEventEnvelope envelope) {
        applyIntercom(intercom);
        intercomEvent(payload, envelope);
    }

    /** Sets {@code last-event-json} (door codes removed), then fires {@code intercom-event}. */
    void intercomEvent(String payload, VmsEventEnvelope envelope) {
        updateLastEventJson(envelope);
        triggerChannel(CHANNEL_INTERCOM_EVENT, payload);
    }

    /** {@code intercom.call.store}: the call's channels, then {@code call} with its status in upper case. */
    void callStored(VmsIntercomCall call, VmsEventEnvelope envelope) {
        callStored(call, envelope, false);
    }

    /**
     * As {@link #callStored(VmsIntercomCall, VmsEventEnvelope)}; a {@code late} call (caught up after a gap) fires
     * {@code late-call}, never {@code call}, and sets the states only if it is not older than what they show.
     */
    void callStored(VmsIntercomCall call, VmsEventEnvelope envelope, boolean late) {
        Long callId = call.id();
        String status = callStatus(call.status());
        if (newestEvent.advance(call.createdAtInstant(), late)) {
            updateFromMessage(CHANNEL_LAST_CALL_ID,
                    () -> callId == null ? UnDefType.UNDEF : new DecimalType(callId));
            updateFromMessage(CHANNEL_LAST_CALL_TIME, () -> ServerTimes.state(call.createdAtInstant()));
            updateFromMessage(CHANNEL_LAST_CALL_STATUS,
                    () -> status == null ? UnDefType.UNDEF : new StringType(status));
            updateLastEventJson(envelope);
        }
        boolean rings = RING_STATUS.equalsIgnoreCase(String.valueOf(call.status()).trim());
        if (late) {
            // a call caught up after a gap never rings now; one that ended meanwhile rings no more
            if (status != null && !rings) {
                ringEnded(callId);
            }
            if (status != null) {
                fireLate(CHANNEL_LATE_CALL, status, call.createdAtInstant());
            }
            return;
        }
        if (rings) {
            ringing.started(callId, ringTimeout);
            updateFromMessage(CHANNEL_RINGING, () -> OnOffType.ON);
        } else if (status != null) {
            ringEnded(callId); // missed, answered, ended: that call rings no more
        }
        if (status != null) {
            triggerChannel(CHANNEL_CALL, status);
        } else {
            logger.debug("Intercom {}: call {} stored without a status; no call trigger", intercomId, callId);
        }
    }

    /** A detection of the intercom's camera caught up after a gap: {@code late-intercom-event}. */
    void lateIntercomEvent(String payload, VmsEventEnvelope envelope, @Nullable Instant time) {
        if (newestEvent.advance(time, true)) {
            updateLastEventJson(envelope);
        }
        fireLate(CHANNEL_LATE_INTERCOM_EVENT, payload, time);
    }

    /** {@code intercom_cancel} for a call of this intercom. */
    void callCanceled(VmsEventEnvelope envelope) {
        ringEnded(null);
        updateLastEventJson(envelope);
        triggerChannel(CHANNEL_CALL_CANCELED, CALL_CANCELED);
    }

    /** {@code intercom.delete}, or missing from the account's list. */
    void intercomDeleted() {
        gone();
    }

    /** The trigger payload of a call status: upper case, so unknown statuses pass on too; null when blank. */
    static @Nullable String callStatus(@Nullable String status) {
        return status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT);
    }
}
