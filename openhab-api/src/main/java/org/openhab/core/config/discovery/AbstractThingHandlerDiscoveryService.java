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
package org.openhab.core.config.discovery;

import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for openHAB's {@code AbstractThingHandlerDiscoveryService}: a discovery service that belongs to one
 * handler. openHAB sets the handler ({@link #setThingHandler}), then calls {@link #initialize()}, which starts
 * background discovery if it is enabled; {@link #dispose()} stops it. {@link #activate(Map)} only reads the
 * configuration, because the handler is not set yet at that point.
 * <p>
 * {@link #getThingHandler()} returns {@link ThingHandler} as in openHAB 4.3 (5.x returns {@code T}); use the field
 * {@link #thingHandler}, which is of type {@code T} in both.
 *
 * @param <T> the type of the handler
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractThingHandlerDiscoveryService<T extends ThingHandler> extends AbstractDiscoveryService
        implements ThingHandlerService {

    private final Logger logger = LoggerFactory.getLogger(AbstractThingHandlerDiscoveryService.class);
    private final Class<T> thingClazz;
    private boolean backgroundDiscoveryEnabled;

    // set by setThingHandler before initialize(); initialised with "something" for the null analysis, as openHAB does
    @SuppressWarnings("null")
    protected @NonNullByDefault({}) T thingHandler = (@NonNull T) null;

    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, @Nullable Set<ThingTypeUID> supportedThingTypes,
            int timeout, boolean backgroundDiscoveryEnabledByDefault, @Nullable String scanInputLabel,
            @Nullable String scanInputDescription) throws IllegalArgumentException {
        super(supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, scanInputLabel, scanInputDescription);
        this.thingClazz = thingClazz;
        this.backgroundDiscoveryEnabled = backgroundDiscoveryEnabledByDefault;
    }

    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, @Nullable Set<ThingTypeUID> supportedThingTypes,
            int timeout, boolean backgroundDiscoveryEnabledByDefault) throws IllegalArgumentException {
        this(thingClazz, supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, null, null);
    }

    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, @Nullable Set<ThingTypeUID> supportedThingTypes,
            int timeout) throws IllegalArgumentException {
        this(thingClazz, supportedThingTypes, timeout, true);
    }

    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, int timeout) throws IllegalArgumentException {
        this(thingClazz, null, timeout);
    }

    @Override
    protected abstract void startScan();

    /**
     * @throws IllegalArgumentException if the handler is not of the type given to the constructor
     */
    @Override
    public void setThingHandler(ThingHandler handler) {
        if (!thingClazz.isInstance(handler)) {
            throw new IllegalArgumentException(
                    "Expected class is " + thingClazz + " but the parameter has class " + handler.getClass());
        }
        this.thingHandler = thingClazz.cast(handler);
    }

    @Override
    public @Nullable ThingHandler getThingHandler() {
        return thingHandler;
    }

    @Override
    public void activate(@Nullable Map<String, Object> config) {
        // no background discovery here: the handler is not set yet; initialize() starts it
        if (config != null) {
            Object value = config.get(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY);
            if (value != null) {
                backgroundDiscoveryEnabled = isEnabled(value);
            }
        }
    }

    @Override
    public void modified(@Nullable Map<String, Object> config) {
        if (config == null) {
            return;
        }
        Object value = config.get(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY);
        if (value == null) {
            return;
        }
        boolean enabled = isEnabled(value);
        if (backgroundDiscoveryEnabled && !enabled) {
            stopBackgroundDiscovery();
            logger.debug("Background discovery for discovery service '{}' disabled.", getClass().getName());
        } else if (!backgroundDiscoveryEnabled && enabled) {
            startBackgroundDiscovery();
            logger.debug("Background discovery for discovery service '{}' enabled.", getClass().getName());
        }
        backgroundDiscoveryEnabled = enabled;
    }

    @Override
    public void deactivate() {
        // background discovery is stopped in dispose()
    }

    @Override
    public void initialize() {
        if (backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
            logger.debug("Background discovery for discovery service '{}' enabled.", getClass().getName());
        }
    }

    @Override
    public void dispose() {
        if (backgroundDiscoveryEnabled) {
            stopBackgroundDiscovery();
        }
    }

    private static boolean isEnabled(Object value) {
        return value instanceof String text ? Boolean.parseBoolean(text) : Boolean.TRUE.equals(value);
    }
}
