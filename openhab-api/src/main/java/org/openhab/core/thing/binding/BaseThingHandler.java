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
package org.openhab.core.thing.binding;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for openHAB's {@code BaseThingHandler}. Everything a handler reports (state, trigger, status, thing,
 * configuration and property changes) goes to the {@link ThingHandlerCallback}, as in openHAB: {@link #updateStatus}
 * in particular does not touch the thing itself, the framework (or a test fixture) does that. Without a callback
 * (after dispose) the calls are logged and dropped.
 * <p>
 * {@link #getConfig()} behaves as in openHAB 5.x, the stricter of the two releases: it returns a copy of the
 * configuration made on first use and kept until the configuration reaches the handler the framework's way
 * ({@link #thingUpdated}, or {@link #updateConfiguration} from {@link #handleConfigurationUpdate}). Editing
 * {@code getThing().getConfiguration()} in place is not seen by {@code getConfig()}/{@link #getConfigAs} afterwards.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseThingHandler implements ThingHandler {

    private static final String THING_HANDLER_THREADPOOL_NAME = "thingHandler";

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandler.class);

    protected final ScheduledExecutorService scheduler = ThreadPoolManager
            .getScheduledPool(THING_HANDLER_THREADPOOL_NAME);

    protected Thing thing;

    private @Nullable ThingHandlerCallback callback;

    /**
     * What {@link #getConfig()} answers until the configuration is replaced. openHAB 5.x resolves variables
     * ({@code ${ENV:NAME}}) in it; the stand-in only copies (no configuration of the project uses variables).
     */
    private volatile @Nullable Configuration resolvedConfig;

    public BaseThingHandler(Thing thing) {
        this.thing = thing;
    }

    @Override
    public void handleRemoval() {
        updateStatus(ThingStatus.REMOVED);
    }

    @Override
    public void handleConfigurationUpdate(Map<String, Object> configurationParameters) {
        if (!isModifyingCurrentConfig(configurationParameters)) {
            return;
        }
        validateConfigurationParameters(configurationParameters);
        Configuration configuration = editConfiguration();
        configurationParameters.forEach(configuration::put);
        if (isInitialized()) {
            // persist the new configuration and initialise again with it
            dispose();
            updateConfiguration(configuration);
            initialize();
        } else {
            updateConfiguration(configuration);
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.configurationUpdated(getThing());
            } else {
                logger.warn("Handler {} tried updating its configuration although the handler was already disposed.",
                        getClass().getSimpleName());
            }
        }
    }

    protected boolean isModifyingCurrentConfig(Map<String, Object> configurationParameters) {
        Configuration current = getConfig();
        for (Map.Entry<String, Object> entry : configurationParameters.entrySet()) {
            if (!Objects.equals(current.get(entry.getKey()), entry.getValue())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void dispose() {
        // can be overridden by subclasses
    }

    @Override
    public Thing getThing() {
        return this.thing;
    }

    @Override
    public void thingUpdated(Thing thing) {
        dispose();
        synchronized (this) {
            this.resolvedConfig = null;
            this.thing = thing;
        }
        initialize();
    }

    @Override
    public void setCallback(@Nullable ThingHandlerCallback thingHandlerCallback) {
        synchronized (this) {
            this.callback = thingHandlerCallback;
        }
    }

    protected @Nullable ThingHandlerCallback getCallback() {
        return this.callback;
    }

    @Override
    public void channelLinked(ChannelUID channelUID) {
        // newly linked items get the current state
        handleCommand(channelUID, RefreshType.REFRESH);
    }

    @Override
    public void channelUnlinked(ChannelUID channelUID) {
        // can be overridden by subclasses
    }

    protected void validateConfigurationParameters(Map<String, Object> configurationParameters) {
        ThingHandlerCallback callback = this.callback;
        if (callback != null) {
            callback.validateConfigurationParameters(getThing(), configurationParameters);
        } else {
            logger.warn("Handler {} tried validating its configuration although the handler was already disposed.",
                    getClass().getSimpleName());
        }
    }

    /**
     * @return the thing's configuration as it was when first asked for since the last {@link #thingUpdated} or
     *         {@link #updateConfiguration} (a copy; changing it changes nothing)
     */
    protected Configuration getConfig() {
        Configuration resolved = this.resolvedConfig;
        if (resolved == null) {
            synchronized (this) {
                resolved = this.resolvedConfig;
                if (resolved == null) {
                    resolved = new Configuration(getThing().getConfiguration());
                    this.resolvedConfig = resolved;
                }
            }
        }
        return resolved;
    }

    /**
     * @param configurationClass a class with a public no-argument constructor
     * @return the thing's configuration mapped onto a new instance of the class (see {@link Configuration#as})
     */
    protected <T> T getConfigAs(Class<T> configurationClass) {
        return getConfig().as(configurationClass);
    }

    protected void updateState(ChannelUID channelUID, State state) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.stateUpdated(channelUID, state);
            } else {
                logger.warn("Handler {} of thing {} tried updating channel {} although the handler was already "
                        + "disposed.", getClass().getSimpleName(), channelUID.getThingUID(), channelUID.getId());
            }
        }
    }

    protected void updateState(String channelID, State state) {
        updateState(new ChannelUID(getThing().getUID(), channelID), state);
    }

    protected void triggerChannel(ChannelUID channelUID, String event) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.channelTriggered(getThing(), channelUID, event);
            } else {
                logger.warn("Handler {} of thing {} tried triggering channel {} although the handler was already "
                        + "disposed.", getClass().getSimpleName(), channelUID.getThingUID(), channelUID.getId());
            }
        }
    }

    protected void triggerChannel(String channelID, String event) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelID), event);
    }

    protected void triggerChannel(String channelUID) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelUID), "");
    }

    protected void triggerChannel(ChannelUID channelUID) {
        triggerChannel(channelUID, "");
    }

    protected void postCommand(String channelID, Command command) {
        postCommand(new ChannelUID(getThing().getUID(), channelID), command);
    }

    protected void postCommand(ChannelUID channelUID, Command command) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.postCommand(channelUID, command);
            } else {
                logger.warn("Handler {} of thing {} tried posting a command to channel {} although the handler was "
                        + "already disposed.", getClass().getSimpleName(), channelUID.getThingUID(),
                        channelUID.getId());
            }
        }
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.statusUpdated(this.thing, new ThingStatusInfo(status, statusDetail, description));
            } else {
                logger.warn("Handler {} tried updating the thing status although the handler was already disposed.",
                        getClass().getSimpleName());
            }
        }
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail) {
        updateStatus(status, statusDetail, null);
    }

    protected void updateStatus(ThingStatus status) {
        updateStatus(status, ThingStatusDetail.NONE, null);
    }

    /**
     * @return a builder that builds a copy of the thing; pass the result to {@link #updateThing(Thing)}
     */
    protected ThingBuilder editThing() {
        return ThingBuilder.create(thing.getThingTypeUID(), thing.getUID()).withBridge(thing.getBridgeUID())
                .withChannels(thing.getChannels()).withConfiguration(thing.getConfiguration())
                .withLabel(thing.getLabel()).withLocation(thing.getLocation()).withProperties(thing.getProperties());
    }

    /**
     * @param thing the changed copy of the thing (not the current instance)
     * @throws IllegalArgumentException if the current thing instance is passed
     */
    protected void updateThing(Thing thing) {
        if (thing == this.thing) {
            throw new IllegalArgumentException(
                    "Changes must not be done on the current thing - create a copy, e.g. via editThing()");
        }
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                this.thing = thing;
                callback.thingUpdated(thing);
            } else {
                logger.warn("Handler {} tried updating thing {} although the handler was already disposed.",
                        getClass().getSimpleName(), thing.getUID());
            }
        }
    }

    protected Configuration editConfiguration() {
        return new Configuration(new HashMap<>(thing.getConfiguration().getProperties()));
    }

    protected void updateConfiguration(Configuration configuration) {
        Map<String, Object> old = thing.getConfiguration().getProperties();
        try {
            thing.getConfiguration().setProperties(configuration.getProperties());
            resolvedConfig = null;
            synchronized (this) {
                ThingHandlerCallback callback = this.callback;
                if (callback != null) {
                    callback.thingUpdated(thing);
                } else {
                    logger.warn("Handler {} tried updating its configuration although the handler was already "
                            + "disposed.", getClass().getSimpleName());
                }
            }
        } catch (RuntimeException e) {
            logger.warn("Error while applying configuration changes: '{}: {}' - reverting configuration changes on "
                    + "thing '{}'.", e.getClass().getSimpleName(), e.getMessage(), thing.getUID());
            thing.getConfiguration().setProperties(old);
            resolvedConfig = null;
            throw e;
        }
    }

    protected Map<String, String> editProperties() {
        return new HashMap<>(thing.getProperties());
    }

    /**
     * Sets the given properties on the thing and, if any of them changed, tells the framework. A {@code null} value
     * removes the property.
     */
    protected void updateProperties(@Nullable Map<String, String> properties) {
        if (properties == null) {
            return;
        }
        boolean changed = false;
        for (Map.Entry<String, String> property : properties.entrySet()) {
            String name = property.getKey();
            String value = property.getValue();
            if (!Objects.equals(thing.getProperties().get(name), value)) {
                thing.setProperty(name, value);
                changed = true;
            }
        }
        if (changed) {
            synchronized (this) {
                ThingHandlerCallback callback = this.callback;
                if (callback != null) {
                    callback.thingUpdated(thing);
                } else {
                    logger.warn("Handler {} tried updating its thing's properties although the handler was already "
                            + "disposed.", getClass().getSimpleName());
                }
            }
        }
    }

    /**
     * @param name the property
     * @param value the new value, or {@code null} to remove the property
     */
    @SuppressWarnings("null")
    protected void updateProperty(String name, @Nullable String value) {
        updateProperties(Collections.singletonMap(name, value));
    }

    protected @Nullable Bridge getBridge() {
        ThingUID bridgeUID = thing.getBridgeUID();
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                return bridgeUID != null ? callback.getBridge(bridgeUID) : null;
            }
            logger.warn("Handler {} of thing {} tried accessing its bridge although the handler was already disposed.",
                    getClass().getSimpleName(), thing.getUID());
            return null;
        }
    }

    protected boolean isLinked(String channelId) {
        return isLinked(new ChannelUID(getThing().getUID(), channelId));
    }

    protected boolean isLinked(ChannelUID channelUID) {
        ThingHandlerCallback callback = this.callback;
        if (callback != null) {
            return callback.isChannelLinked(channelUID);
        }
        logger.warn("Handler {} of thing {} tried checking if channel {} is linked although the handler was already "
                + "disposed.", getClass().getSimpleName(), channelUID.getThingUID(), channelUID.getId());
        return false;
    }

    /**
     * @return whether the handler has been initialised: its thing is ONLINE, OFFLINE or UNKNOWN
     */
    protected boolean isInitialized() {
        ThingStatus status = getThing().getStatus();
        return status == ThingStatus.ONLINE || status == ThingStatus.OFFLINE || status == ThingStatus.UNKNOWN;
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE
                && getThing().getStatusInfo().getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE) {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        } else if (bridgeStatusInfo.getStatus() == ThingStatus.OFFLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    protected void changeThingType(ThingTypeUID thingTypeUID, Configuration configuration) {
        ThingHandlerCallback callback = this.callback;
        if (callback != null) {
            callback.migrateThingType(getThing(), thingTypeUID, configuration);
        } else {
            logger.warn("Handler {} tried migrating the thing type although the handler was already disposed.",
                    getClass().getSimpleName());
        }
    }
}
