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
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.event.VmsEventEnvelope;
import org.openhab.binding.vms.internal.api.model.VmsIntercom;
import org.openhab.binding.vms.internal.api.model.VmsIntercomCall;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.config.VmsThingIds;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
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

    /** Opens the door, then sets the switch back to OFF, whatever the answer. */
    private void openDoor() {
        VmsRestClient rest = restClient();
        try {
            if (rest == null) {
                logger.warn("Intercom {}: cannot open the door while the account is offline", intercomId);
                return;
            }
            rest.openDoor(intercomId);
            logger.debug("Intercom {}: door opened", intercomId);
        } catch (VmsApiException e) {
            logger.warn("Intercom {}: could not open the door: {}", intercomId, e.getMessage());
            runUnlessDisposed(() -> requestFailed(e)); // other failures leave the intercom ONLINE
        } finally {
            // the Thing may have been removed while the server answered
            runUnlessDisposed(() -> updateState(CHANNEL_OPEN_DOOR, OnOffType.OFF));
        }
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
        VmsRestClient rest = restClient();
        if (rest == null) {
            logger.debug("Intercom {}: cannot reject call {} while the account is offline", intercomId, callId);
            return false;
        }
        try {
            rest.cancelCall(callId);
            logger.debug("Intercom {}: call {} rejected", intercomId, callId);
            runUnlessDisposed(() -> ringEnded(callId));
            return true;
        } catch (VmsApiException e) {
            logger.warn("Intercom {}: could not reject call {}: {}", intercomId, callId, e.getMessage());
            runUnlessDisposed(() -> requestFailed(e));
            return false;
        }
    }

    /**
     * Turns the delivery of calls to this account on or off ({@code PATCH intercom/{id}} with {@code is_enabled};
     * blocks for one REST call).
     *
     * @return whether the server accepted the change
     */
    public boolean setEnabled(boolean enabled) {
        VmsRestClient rest = restClient();
        if (rest == null) {
            logger.debug("Intercom {}: cannot change 'enabled' while the account is offline", intercomId);
            runUnlessDisposed(() -> refreshFromLastState(CHANNEL_ENABLED));
            return false;
        }
        try {
            VmsIntercom answer = rest.setIntercomEnabled(intercomId, enabled);
            Boolean confirmed = answer == null ? null : answer.isEnabled();
            boolean now = confirmed != null ? confirmed : enabled;
            runUnlessDisposed(() -> updateState(CHANNEL_ENABLED, OnOffType.from(now)));
            return true;
        } catch (VmsApiException e) {
            logger.warn("Intercom {}: could not {} it: {}", intercomId, enabled ? "enable" : "disable",
                    e.getMessage());
            runUnlessDisposed(() -> {
                refreshFromLastState(CHANNEL_ENABLED);
                requestFailed(e);
            });
            return false;
        }
    }

    /** Whether a call rings now, as far as the binding saw. */
    public boolean isRinging() {
        return ringing.isRinging();
    }

    private void ringEnded(@Nullable Long callId) {
        if (ringing.ended(callId)) {
            updateFromMessage(CHANNEL_RINGING, () -> OnOffType.OFF);
        }
    }

    /** Under runUnlessDisposed, from the scheduler. */
    private void ringTimedOut(long callId) {
        if (ringing.ended(callId)) {
            logger.debug("Intercom {}: no end of call {} within {} s; ringing OFF", intercomId, callId,
                    ringTimeout.toSeconds());
            updateFromMessage(CHANNEL_RINGING, () -> OnOffType.OFF);
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
        Long callId = call.id();
        updateFromMessage(CHANNEL_LAST_CALL_ID, () -> callId == null ? UnDefType.UNDEF : new DecimalType(callId));
        updateFromMessage(CHANNEL_LAST_CALL_TIME, () -> ServerTimes.state(call.createdAtInstant()));
        String status = callStatus(call.status());
        updateFromMessage(CHANNEL_LAST_CALL_STATUS, () -> status == null ? UnDefType.UNDEF : new StringType(status));
        updateLastEventJson(envelope);
        if (RING_STATUS.equalsIgnoreCase(String.valueOf(call.status()).trim())) {
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
