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

import java.util.Arrays;
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
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for openHAB's {@code AbstractDiscoveryService}. As in openHAB: {@link #thingDiscovered} and
 * {@link #thingRemoved} reach every added {@link DiscoveryListener} (an exception in one listener does not stop the
 * others), results are remembered and replayed to listeners added later, an active scan is stopped after the scan
 * timeout (if it is above zero), and {@link #activate}/{@link #modified}/{@link #deactivate} start and stop background
 * discovery according to {@link DiscoveryService#CONFIG_PROPERTY_BACKGROUND_DISCOVERY}.
 * <p>
 * Labels are localised as in openHAB ({@link #getLocalizedDiscoveryResult}) when the subclass has set
 * {@link #i18nProvider} and {@link #localeProvider} (openHAB's discovery services get them as DS references).
 * <p>
 * Left out (different in openHAB 5; see README): {@code removeOlderResults(...)}, {@code getTimestampOfLastScan()},
 * the constructor taking a scheduler and {@code thingDiscovered(DiscoveryResult, Bundle)}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractDiscoveryService implements DiscoveryService {

    private static final String DISCOVERY_THREADPOOL_NAME = "discovery";
    private static final String TEXT_PREFIX = "@text/";

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

    /** Set by the subclass (a DS reference in openHAB); without both, labels are passed on as they are. */
    protected @NonNullByDefault({}) TranslationProvider i18nProvider;
    protected @NonNullByDefault({}) LocaleProvider localeProvider;

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
     * Tells every {@link DiscoveryListener} about a discovered thing, with its label localised
     * ({@link #getLocalizedDiscoveryResult}), and remembers the result.
     */
    protected void thingDiscovered(DiscoveryResult discoveryResult) {
        DiscoveryResult localized = getLocalizedDiscoveryResult(discoveryResult,
                FrameworkUtil.getBundle(getClass()));
        for (DiscoveryListener listener : discoveryListeners) {
            try {
                listener.thingDiscovered(this, localized);
            } catch (RuntimeException e) {
                logger.error("An error occurred while calling the discovery listener {}.",
                        listener.getClass().getName(), e);
            }
        }
        synchronized (cachedResults) {
            cachedResults.put(localized.getThingUID(), localized);
        }
    }

    /**
     * The result with its label translated, as openHAB does it: a label {@code @text/key} or
     * {@code @text/key ["arg1", "arg2"]} is looked up in the bundle (the arguments are split at commas, stripped of
     * quotes and brackets, blank ones dropped); any other label is looked up under the key
     * {@code discovery.<thing UID with dots>.label} and kept if there is none. Either way the text goes through
     * {@link java.text.MessageFormat} in the translation provider, so quotes and braces in a plain label must be
     * escaped the MessageFormat way.
     *
     * @param bundle where the texts are; {@code null} outside an OSGi framework
     * @return the result itself when nothing changes or there is no translation provider
     */
    protected DiscoveryResult getLocalizedDiscoveryResult(DiscoveryResult discoveryResult, @Nullable Bundle bundle) {
        TranslationProvider translations = i18nProvider;
        LocaleProvider locales = localeProvider;
        if (translations == null || locales == null) {
            return discoveryResult;
        }
        String currentLabel = discoveryResult.getLabel();
        String reference = currentLabel.startsWith(TEXT_PREFIX) ? currentLabel.substring(TEXT_PREFIX.length())
                : "discovery." + discoveryResult.getThingUID().getAsString().replace(':', '.') + ".label";
        String[] keyAndArguments = reference.split("\\s+", 2);
        Object @Nullable [] arguments = keyAndArguments.length == 1 ? null
                : Arrays.stream(keyAndArguments[1].replaceAll("\\[|\\]|\"", "").split(","))
                        .filter(argument -> !argument.isBlank()).map(String::trim).toArray(Object[]::new);
        String label = translations.getText(bundle, keyAndArguments[0], currentLabel, locales.getLocale(),
                arguments);
        if (currentLabel.equals(label)) {
            return discoveryResult;
        }
        return DiscoveryResultBuilder.create(discoveryResult.getThingUID())
                .withThingType(discoveryResult.getThingTypeUID()).withBridge(discoveryResult.getBridgeUID())
                .withProperties(discoveryResult.getProperties())
                .withRepresentationProperty(discoveryResult.getRepresentationProperty()).withLabel(label)
                .withTTL(discoveryResult.getTimeToLive()).build();
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
