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

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.test.java.JavaTest;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.types.Command;
import org.osgi.framework.Bundle;

/**
 * {@link AbstractDiscoveryService}, {@link AbstractThingHandlerDiscoveryService} and {@link DiscoveryResultBuilder}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class DiscoveryServiceTest extends JavaTest {

    private static final ThingTypeUID ACCOUNT = new ThingTypeUID("vms", "account");
    private static final ThingTypeUID CAMERA = new ThingTypeUID("vms", "camera");
    private static final ThingUID BRIDGE_UID = new ThingUID(ACCOUNT, "acc1");
    private static final ThingUID CAMERA_UID = new ThingUID(CAMERA, BRIDGE_UID, "cam7");

    /** Counts scans and background discovery starts and stops. */
    static class CountingDiscovery extends AbstractDiscoveryService {
        final AtomicInteger scans = new AtomicInteger();
        final AtomicInteger backgroundStarts = new AtomicInteger();
        final AtomicInteger backgroundStops = new AtomicInteger();

        CountingDiscovery(int timeout) {
            super(Set.of(CAMERA), timeout);
        }

        @Override
        protected void startScan() {
            scans.incrementAndGet();
        }

        @Override
        protected void startBackgroundDiscovery() {
            backgroundStarts.incrementAndGet();
        }

        @Override
        protected void stopBackgroundDiscovery() {
            backgroundStops.incrementAndGet();
        }

        void discover(DiscoveryResult result) {
            thingDiscovered(result);
        }

        void remove(ThingUID thingUID) {
            thingRemoved(thingUID);
        }
    }

    /** Texts of one bundle, looked up and formatted as openHAB's translation provider does. */
    static class Translations implements TranslationProvider {
        private final Map<String, String> texts;

        Translations(Map<String, String> texts) {
            this.texts = texts;
        }

        @Override
        public @Nullable String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
                @Nullable Locale locale) {
            String text = key == null ? null : texts.get(key);
            return text != null ? text : defaultText;
        }

        @Override
        public @Nullable String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
                @Nullable Locale locale, @Nullable Object @Nullable... arguments) {
            String text = getText(bundle, key, defaultText, locale);
            return text == null ? null : MessageFormat.format(text, arguments);
        }
    }

    static class AccountHandler extends BaseBridgeHandler {
        AccountHandler(Bridge bridge) {
            super(bridge);
        }

        @Override
        public void initialize() {
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }
    }

    static class AccountDiscovery extends AbstractThingHandlerDiscoveryService<AccountHandler> {
        final AtomicInteger backgroundStarts = new AtomicInteger();
        final AtomicInteger backgroundStops = new AtomicInteger();

        AccountDiscovery() {
            super(AccountHandler.class, Set.of(CAMERA), 10);
        }

        @Override
        protected void startScan() {
        }

        @Override
        protected void startBackgroundDiscovery() {
            backgroundStarts.incrementAndGet();
        }

        @Override
        protected void stopBackgroundDiscovery() {
            backgroundStops.incrementAndGet();
        }
    }

    private static DiscoveryResult camera() {
        return DiscoveryResultBuilder.create(CAMERA_UID).withBridge(BRIDGE_UID).withLabel("Front door")
                .withProperty("cameraId", "c7").withRepresentationProperty("cameraId").build();
    }

    @Test
    void discoveredAndRemovedThingsReachEveryListener() {
        CountingDiscovery discovery = new CountingDiscovery(0);
        DiscoveryListener first = mock(DiscoveryListener.class);
        DiscoveryListener second = mock(DiscoveryListener.class);
        doThrow(new IllegalStateException("listener bug")).when(first).thingDiscovered(any(), any());
        discovery.addDiscoveryListener(first);
        discovery.addDiscoveryListener(second);
        DiscoveryResult result = camera();

        discovery.discover(result);
        discovery.remove(CAMERA_UID);

        verify(first).thingDiscovered(discovery, result);
        verify(second).thingDiscovered(discovery, result);
        verify(first).thingRemoved(discovery, CAMERA_UID);
        verify(second).thingRemoved(discovery, CAMERA_UID);
    }

    @Test
    void resultsAreReplayedToLaterListenersUntilRemoved() {
        CountingDiscovery discovery = new CountingDiscovery(0);
        DiscoveryResult result = camera();
        discovery.discover(result);

        DiscoveryListener late = mock(DiscoveryListener.class);
        discovery.addDiscoveryListener(late);
        verify(late).thingDiscovered(discovery, result);

        discovery.remove(CAMERA_UID);
        DiscoveryListener later = mock(DiscoveryListener.class);
        discovery.addDiscoveryListener(later);
        verifyNoInteractions(later);

        discovery.removeDiscoveryListener(late);
        discovery.discover(result);
        verify(late, times(1)).thingDiscovered(discovery, result);
        verify(later).thingDiscovered(discovery, result);
    }

    @Test
    void anActiveScanEndsAfterItsTimeout() {
        CountingDiscovery discovery = new CountingDiscovery(1);
        ScanListener scanListener = mock(ScanListener.class);

        discovery.startScan(scanListener);

        assertEquals(1, discovery.scans.get());
        verify(scanListener, never()).onFinished();
        waitForAssert(() -> verify(scanListener).onFinished(), 5000, 50);
    }

    @Test
    void anAbortedScanReportsACancellation() {
        CountingDiscovery discovery = new CountingDiscovery(60);
        ScanListener scanListener = mock(ScanListener.class);
        discovery.startScan(scanListener);

        discovery.abortScan();

        ArgumentCaptor<Exception> error = ArgumentCaptor.forClass(Exception.class);
        verify(scanListener).onErrorOccurred(error.capture());
        assertInstanceOf(CancellationException.class, error.getValue());
        verify(scanListener, never()).onFinished();
        assertThrows(UnsupportedOperationException.class, () -> discovery.startScan("input", scanListener));
        assertFalse(discovery.isScanInputSupported());
    }

    @Test
    void backgroundDiscoveryFollowsTheConfiguration() {
        CountingDiscovery discovery = new CountingDiscovery(0);
        discovery.activate(Map.of(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY, "false"));
        assertEquals(0, discovery.backgroundStarts.get());

        discovery.modified(Map.of(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY, true));
        assertEquals(1, discovery.backgroundStarts.get());
        assertTrue(discovery.isBackgroundDiscoveryEnabled());

        discovery.deactivate();
        assertEquals(1, discovery.backgroundStops.get());
        assertEquals(Set.of(CAMERA), discovery.getSupportedThingTypes());
        assertEquals(0, discovery.getScanTimeout());
    }

    @Test
    void aHandlerDiscoveryServiceBelongsToItsHandler() {
        AccountDiscovery discovery = new AccountDiscovery();
        AccountHandler handler = new AccountHandler(BridgeBuilder.create(ACCOUNT, "acc1").build());

        assertThrows(IllegalArgumentException.class, () -> discovery.setThingHandler(mock(ThingHandler.class)));
        discovery.setThingHandler(handler);
        assertSame(handler, discovery.thingHandler);
        assertSame(handler, discovery.getThingHandler());

        discovery.activate(null);
        assertEquals(0, discovery.backgroundStarts.get(), "activate waits for initialize");
        discovery.initialize();
        assertEquals(1, discovery.backgroundStarts.get());
        discovery.dispose();
        assertEquals(1, discovery.backgroundStops.get());

        AccountDiscovery disabled = new AccountDiscovery();
        disabled.activate(Map.of(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY, false));
        disabled.initialize();
        assertEquals(0, disabled.backgroundStarts.get());
    }

    @Test
    void resultBuilderKeepsWhatItIsGiven() {
        DiscoveryResult result = DiscoveryResultBuilder.create(CAMERA_UID).withBridge(BRIDGE_UID)
                .withLabel("Front door").withProperties(Map.of("cameraId", "c7")).withProperty("model", "X1")
                .withRepresentationProperty("cameraId").withTTL(300).build();

        assertEquals(CAMERA_UID, result.getThingUID());
        assertEquals(CAMERA, result.getThingTypeUID(), "derived from the thing UID");
        assertEquals("vms", result.getBindingId());
        assertEquals(BRIDGE_UID, result.getBridgeUID());
        assertEquals("Front door", result.getLabel());
        assertEquals(Map.of("cameraId", "c7", "model", "X1"), result.getProperties());
        assertEquals("cameraId", result.getRepresentationProperty());
        assertEquals(300, result.getTimeToLive());
        assertEquals(DiscoveryResultFlag.NEW, result.getFlag());
        assertEquals(DiscoveryResult.TTL_UNLIMITED, camera().getTimeToLive());
        assertThrows(IllegalArgumentException.class, () -> DiscoveryResultBuilder.create(CAMERA_UID).withTTL(0).build());
        assertEquals(new ThingTypeUID("vms", "other"),
                DiscoveryResultBuilder.create(CAMERA_UID).withThingType(new ThingTypeUID("vms", "other")).build()
                        .getThingTypeUID());
    }

    private static DiscoveryResult labelled(String label) {
        return DiscoveryResultBuilder.create(CAMERA_UID).withBridge(BRIDGE_UID).withLabel(label)
                .withProperty("cameraId", "c7").withRepresentationProperty("cameraId").withTTL(600).build();
    }

    /** The label the listener gets for a result with {@code label}, with these texts in the bundle. */
    private static String localized(String label, Map<String, String> texts) {
        CountingDiscovery discovery = new CountingDiscovery(0);
        discovery.i18nProvider = new Translations(texts);
        LocaleProvider english = () -> Locale.ENGLISH;
        discovery.localeProvider = english;
        DiscoveryListener listener = mock(DiscoveryListener.class);
        discovery.addDiscoveryListener(listener);
        discovery.discover(labelled(label));
        ArgumentCaptor<DiscoveryResult> result = ArgumentCaptor.forClass(DiscoveryResult.class);
        verify(listener).thingDiscovered(eq(discovery), result.capture());
        return result.getValue().getLabel();
    }

    @Test
    void textLabelsAreTranslatedWithTheirArgumentsSplitAtCommas() {
        Map<String, String> texts = Map.of("discovery.vms.camera.label", "VMS Camera {0}", "two", "{1} / {0}");
        assertEquals("VMS Camera 1001", localized("@text/discovery.vms.camera.label [\"1001\"]", texts));
        assertEquals("left / Garage", localized("@text/two [\"Garage, left\"]", texts),
                "openHAB splits the arguments at commas");
        assertEquals("VMS Camera {0}", localized("@text/discovery.vms.camera.label", texts));
        assertEquals("@text/unknown [\"1\"]", localized("@text/unknown [\"1\"]", texts), "unknown keys stay");
    }

    @Test
    void plainLabelsAreLookedUpUnderTheThingsKeyAndGoThroughMessageFormat() {
        assertEquals("Front door", localized("Front door", Map.of()));
        assertEquals("Bobs door", localized("Bob's door", Map.of()), "MessageFormat drops a lone apostrophe");
        assertEquals("Bob's door", localized("Bob''s door", Map.of()));
        assertEquals("Porch", localized("Front door", Map.of("discovery.vms.camera.acc1.cam7.label", "Porch")));
    }

    @Test
    void aTranslatedResultKeepsEverythingButItsLabelAndWithoutProvidersNothingChanges() {
        CountingDiscovery discovery = new CountingDiscovery(0);
        DiscoveryResult original = labelled("@text/discovery.vms.camera.label [\"7\"]");
        assertSame(original, discovery.getLocalizedDiscoveryResult(original, null), "no translation provider");

        discovery.i18nProvider = new Translations(Map.of("discovery.vms.camera.label", "Camera {0}"));
        discovery.localeProvider = () -> Locale.ENGLISH;
        DiscoveryResult translated = discovery.getLocalizedDiscoveryResult(original, null);
        assertEquals("Camera 7", translated.getLabel());
        assertEquals(CAMERA_UID, translated.getThingUID());
        assertEquals(CAMERA, translated.getThingTypeUID());
        assertEquals(BRIDGE_UID, translated.getBridgeUID());
        assertEquals(Map.of("cameraId", "c7"), translated.getProperties());
        assertEquals("cameraId", translated.getRepresentationProperty());
        assertEquals(600, translated.getTimeToLive());
    }
}
