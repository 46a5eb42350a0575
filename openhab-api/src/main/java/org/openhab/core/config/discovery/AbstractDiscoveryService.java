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

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for openHAB's {@code AbstractDiscoveryService}. As in openHAB: {@link #thingDiscovered} and
 * {@link #thingRemoved} reach every added {@link DiscoveryListener} (an exception in one listener does not stop the
 * others), results are remembered and replayed to listeners added later, an active scan is stopped after the scan
 * timeout (if it is above zero), and {@link #activate}/{@link #modified}/{@link #deactivate} start and stop background
 * discovery according to {@link DiscoveryService#CONFIG_PROPERTY_BACKGROUND_DISCOVERY}.
 * <p>
 * Left out (different in openHAB 5 or needing types the stand-in does not have; see README):
 * {@code removeOlderResults(...)}, {@code getTimestampOfLastScan()}, the constructor taking a scheduler,
 * {@code thingDiscovered(DiscoveryResult, Bundle)}, {@code getLocalizedDiscoveryResult(...)} and the
 * {@code i18nProvider}/{@code localeProvider} fields.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractDiscoveryService implements DiscoveryService {

    private static final String DISCOVERY_THREADPOOL_NAME = "discovery";

    private final Logger logger = LoggerFactory.getLogger(AbstractDiscoveryService.class);

    protected final ScheduledExecutorService scheduler = ThreadPoolManager.getScheduledPool(DISCOVERY_THREADPOOL_NAME);

    protected @Nullable ScanListener scanListener = null;

    private final Set<DiscoveryListener> discoveryListeners = new CopyOnWriteArraySet<>();
    private final Map<ThingUID, DiscoveryResult> cachedResults = new LinkedHashMap<>();
    private final Set<ThingTypeUID> supportedThingTypes;
    private final int timeout;
    private final @Nullable String scanInputLabel;
    private final @Nullable String scanInputDescription;
    private boolean backgroundDiscoveryEnabled;
    private @Nullable ScheduledFuture<?> scheduledStop;

    /**
     * @param supportedThingTypes the thing types this service finds (may be {@code null})
     * @param timeout seconds after which an active scan is stopped (0: never)
     * @param backgroundDiscoveryEnabledByDefault whether background discovery runs unless configured off
     * @param scanInputLabel label of the optional scan input, or {@code null}
     * @param scanInputDescription description of the optional scan input, or {@code null}
     * @throws IllegalArgumentException if the timeout is negative
     */
    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault, @Nullable String scanInputLabel,
            @Nullable String scanInputDescription) throws IllegalArgumentException {
        if (timeout < 0) {
            throw new IllegalArgumentException("The timeout must be >= 0!");
        }
        this.supportedThingTypes = supportedThingTypes == null ? Set.of()
                : Collections.unmodifiableSet(new HashSet<>(supportedThingTypes));
        this.timeout = timeout;
        this.backgroundDiscoveryEnabled = backgroundDiscoveryEnabledByDefault;
        this.scanInputLabel = scanInputLabel;
        this.scanInputDescription = scanInputDescription;
    }

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault) throws IllegalArgumentException {
        this(supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, null, null);
    }

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout)
            throws IllegalArgumentException {
        this(supportedThingTypes, timeout, true);
    }

    protected AbstractDiscoveryService(int timeout) throws IllegalArgumentException {
        this(null, timeout);
    }

    @Override
    public Set<ThingTypeUID> getSupportedThingTypes() {
        return supportedThingTypes;
    }

    @Override
    public boolean isScanInputSupported() {
        return scanInputLabel != null && scanInputDescription != null;
    }

    @Override
    public @Nullable String getScanInputLabel() {
        return scanInputLabel;
    }

    @Override
    public @Nullable String getScanInputDescription() {
        return scanInputDescription;
    }

    @Override
    public int getScanTimeout() {
        return timeout;
    }

    @Override
    public boolean isBackgroundDiscoveryEnabled() {
        return backgroundDiscoveryEnabled;
    }

    @Override
    public void addDiscoveryListener(@Nullable DiscoveryListener listener) {
        if (listener == null) {
            return;
        }
        synchronized (cachedResults) {
            for (DiscoveryResult cachedResult : cachedResults.values()) {
                listener.thingDiscovered(this, cachedResult);
            }
        }
        discoveryListeners.add(listener);
    }

    @Override
    public void removeDiscoveryListener(@Nullable DiscoveryListener listener) {
        if (listener != null) {
            discoveryListeners.remove(listener);
        }
    }

    @Override
    public void startScan(@Nullable ScanListener listener) {
        synchronized (this) {
            startScanInternal(listener);
            try {
                startScan();
            } catch (RuntimeException e) {
                cancelScheduledStop();
                scanListener = null;
                throw e;
            }
        }
    }

    @Override
    public void startScan(String input, @Nullable ScanListener listener) {
        synchronized (this) {
            if (!isScanInputSupported()) {
                throw new UnsupportedOperationException(getClass().getName() + " does not support scan input");
            }
            startScanInternal(listener);
            try {
                startScan(input);
            } catch (RuntimeException e) {
                cancelScheduledStop();
                scanListener = null;
                throw e;
            }
        }
    }

    private void startScanInternal(@Nullable ScanListener listener) {
        // a running scan is finished first, with its scheduled stop
        stopScan();
        cancelScheduledStop();
        this.scanListener = listener;
        if (getScanTimeout() > 0) {
            scheduledStop = scheduler.schedule(() -> {
                try {
                    stopScan();
                } catch (RuntimeException e) {
                    logger.debug("Exception occurred during execution: {}", e.getMessage(), e);
                }
            }, getScanTimeout(), TimeUnit.SECONDS);
        }
    }

    private void cancelScheduledStop() {
        ScheduledFuture<?> stop = scheduledStop;
        if (stop != null) {
            stop.cancel(false);
            scheduledStop = null;
        }
    }

    @Override
    public synchronized void abortScan() {
        cancelScheduledStop();
        ScanListener listener = this.scanListener;
        if (listener != null) {
            listener.onErrorOccurred(new CancellationException("Scan has been aborted."));
            this.scanListener = null;
        }
    }

    /**
     * Starts an active scan; called by {@link #startScan(ScanListener)}, which stops it again after
     * {@link #getScanTimeout()} seconds.
     */
    protected abstract void startScan();

    /**
     * Starts an active scan with the user's input; only called when {@link #isScanInputSupported()}.
     */
    protected void startScan(String input) {
        throw new UnsupportedOperationException(getClass().getName() + " does not support scan input");
    }

    /**
     * Ends the active scan and tells its {@link ScanListener}.
     */
    protected synchronized void stopScan() {
        ScanListener listener = this.scanListener;
        if (listener != null) {
            listener.onFinished();
            this.scanListener = null;
        }
    }

    /**
     * Tells every {@link DiscoveryListener} about a discovered thing and remembers the result.
     */
    protected void thingDiscovered(DiscoveryResult discoveryResult) {
        for (DiscoveryListener listener : discoveryListeners) {
            try {
                listener.thingDiscovered(this, discoveryResult);
            } catch (RuntimeException e) {
                logger.error("An error occurred while calling the discovery listener {}.",
                        listener.getClass().getName(), e);
            }
        }
        synchronized (cachedResults) {
            cachedResults.put(discoveryResult.getThingUID(), discoveryResult);
        }
    }

    /**
     * Tells every {@link DiscoveryListener} that a thing is gone and forgets its result.
     */
    protected void thingRemoved(ThingUID thingUID) {
        for (DiscoveryListener listener : discoveryListeners) {
            try {
                listener.thingRemoved(this, thingUID);
            } catch (RuntimeException e) {
                logger.error("An error occurred while calling the discovery listener {}.",
                        listener.getClass().getName(), e);
            }
        }
        synchronized (cachedResults) {
            cachedResults.remove(thingUID);
        }
    }

    protected void activate(@Nullable Map<String, Object> configProperties) {
        if (configProperties != null) {
            Object property = configProperties.get(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY);
            if (property != null) {
                backgroundDiscoveryEnabled = isEnabled(property);
            }
        }
        if (backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
            logger.debug("Background discovery for discovery service '{}' enabled.", getClass().getName());
        }
    }

    protected void modified(@Nullable Map<String, Object> configProperties) {
        if (configProperties == null) {
            return;
        }
        Object property = configProperties.get(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY);
        if (property == null) {
            return;
        }
        boolean enabled = isEnabled(property);
        if (backgroundDiscoveryEnabled && !enabled) {
            stopBackgroundDiscovery();
            logger.debug("Background discovery for discovery service '{}' disabled.", getClass().getName());
        } else if (!backgroundDiscoveryEnabled && enabled) {
            startBackgroundDiscovery();
            logger.debug("Background discovery for discovery service '{}' enabled.", getClass().getName());
        }
        backgroundDiscoveryEnabled = enabled;
    }

    protected void deactivate() {
        if (backgroundDiscoveryEnabled) {
            stopBackgroundDiscovery();
        }
    }

    /**
     * Can be overridden to start background discovery.
     */
    protected void startBackgroundDiscovery() {
        // can be overridden
    }

    /**
     * Can be overridden to stop background discovery.
     */
    protected void stopBackgroundDiscovery() {
        // can be overridden
    }

    private static boolean isEnabled(Object value) {
        return value instanceof String text ? Boolean.parseBoolean(text) : Boolean.TRUE.equals(value);
    }
}
