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

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhab.binding.vms.internal.discovery.VmsDiscoveryService;
import org.openhab.binding.vms.simulator.runtime.BundleTranslations;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.ScanListener;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

import com.google.gson.JsonObject;

/**
 * Discovery of cameras and intercoms: from the REST lists when the bridge comes online and on a scan, and live from
 * messages; stale results are withdrawn. Labels are localised as openHAB does it, with the binding's own i18n file.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsDiscoveryServiceTest extends AccountTestBase {

    private final VmsDiscoveryService service = new VmsDiscoveryService();
    private final DiscoveryListener listener = mock(DiscoveryListener.class);

    @BeforeEach
    void discoveryServiceOfTheBridge() {
        // what SCR binds in openHAB; the texts are the bundle's OH-INF/i18n/vms.properties
        service.bindTranslationProvider(new BundleTranslations(VmsDiscoveryService.class, BINDING_ID));
        service.bindLocaleProvider(() -> Locale.ENGLISH);
        service.setThingHandler(fixture().account);
        service.addDiscoveryListener(listener);
        service.initialize();
    }

    @Test
    void theAccountsCamerasAndIntercomsAreDiscoveredWhenTheBridgeComesOnline() {
        onlineAndResynced();
        Map<String, DiscoveryResult> results = discovered();
        assertEquals(List.of("vms:camera:home:1001", "vms:camera:home:1002", "vms:camera:home:1010",
                "vms:intercom:home:301"), List.copyOf(results.keySet()));

        DiscoveryResult camera = results.get("vms:camera:home:1001");
        assertNotNull(camera);
        assertEquals("Front Door", camera.getLabel());
        assertEquals(THING_TYPE_CAMERA, camera.getThingTypeUID());
        assertEquals(HandlerFixture.BRIDGE_UID, camera.getBridgeUID());
        assertEquals(CONFIG_CAMERA_ID, camera.getRepresentationProperty());
        assertEquals(Map.of(CONFIG_CAMERA_ID, 1001L), camera.getProperties(), "only the id, no secrets");

        DiscoveryResult intercom = results.get("vms:intercom:home:301");
        assertNotNull(intercom);
        assertEquals("Entrance 2", intercom.getLabel());
        assertEquals(THING_TYPE_INTERCOM, intercom.getThingTypeUID());
        assertEquals(CONFIG_INTERCOM_ID, intercom.getRepresentationProperty());
        assertEquals(Map.of(CONFIG_INTERCOM_ID, 301L), intercom.getProperties());
        assertEquals(new BigDecimal(301),
                new org.openhab.core.config.core.Configuration(Map.<String, Object> copyOf(intercom.getProperties()))
                        .get(CONFIG_INTERCOM_ID),
                "the property becomes the configuration parameter when the result is accepted");
    }

    @Test
    void unnamedOnesAreLabelledFromTheI18nFileAndNamesArriveAsTheServerGivesThem() {
        sim().addCamera(1003, " ");
        sim().addCamera(1004, "Bob's {gate}, left");
        sim().addIntercom(302, "", "1 Example Street, back", 1002);
        onlineAndResynced();
        Map<String, DiscoveryResult> results = discovered();

        assertEquals("VMS Camera 1003", label(results, "vms:camera:home:1003"));
        assertEquals("Bob's {gate}, left", label(results, "vms:camera:home:1004"),
                "apostrophes, braces and commas survive openHAB's MessageFormat");
        assertEquals("VMS Intercom 302", label(results, "vms:intercom:home:302"));
        assertEquals("Front Door", label(results, "vms:camera:home:1001"));
    }

    private static String label(Map<String, DiscoveryResult> results, String uid) {
        DiscoveryResult result = results.get(uid);
        assertNotNull(result, uid + " in " + results.keySet());
        return result.getLabel();
    }

    @Test
    void attachedCamerasAreDiscoveredAndDetachedOnesWithdrawn() {
        onlineAndResynced();
        sim().addCamera(1003, "Garage");
        fixture().deliverFrame(Examples.modified("user-push.cameras_updated.json", inner -> {
            JsonObject data = inner.getAsJsonObject("data").getAsJsonObject("data");
            data.add("attached", com.google.gson.JsonParser.parseString("[1003]"));
            data.add("detached", com.google.gson.JsonParser.parseString("[1002]"));
        }));
        verify(listener).thingRemoved(service, uid(THING_TYPE_CAMERA, "1002"));
        waitForAssert(() -> {
            DiscoveryResult garage = discovered().get("vms:camera:home:1003");
            assertNotNull(garage);
            assertEquals("Garage", garage.getLabel());
        });
    }

    @Test
    void aNewIntercomIsDiscoveredAndADeletedOneWithdrawn() {
        onlineAndResynced();
        fixture().deliverFrame(Examples.modified("notification.intercom.store.json", inner -> {
            JsonObject intercom = inner.getAsJsonObject("intercom");
            intercom.addProperty("id", 302);
            intercom.addProperty("title", "Back gate");
        }));
        DiscoveryResult gate = discovered().get("vms:intercom:home:302");
        assertNotNull(gate);
        assertEquals("Back gate", gate.getLabel());
        assertEquals(List.of("INTERCOM_ADDED"), fixture().triggers(HandlerFixture.BRIDGE_UID, CHANNEL_ACCOUNT_EVENT));

        fixture().deliver("notification.intercom.delete.json");
        verify(listener).thingRemoved(service, uid(THING_TYPE_INTERCOM, "301"));
    }

    @Test
    void aScanReadsTheListsAndWithdrawsWhatIsNoLongerThere() {
        onlineAndResynced();
        ScanListener scan = mock(ScanListener.class);
        clearInvocations(listener);
        sim().detachCamera(1002);
        sim().addIntercom(302, "Back gate", "1 Example Street, back", 1002);
        service.startScan(scan);
        awaitResync();
        verify(listener).thingRemoved(service, uid(THING_TYPE_CAMERA, "1002"));
        assertEquals(List.of("vms:camera:home:1001", "vms:camera:home:1010", "vms:intercom:home:301",
                "vms:intercom:home:302"), List.copyOf(discovered().keySet()));
    }

    @Test
    void aScanWhileTheAccountIsOfflineFindsNothing() {
        fixture().start();
        service.startScan(mock(ScanListener.class));
        verify(listener, never()).thingDiscovered(any(), any());
        assertNull(fixture().account.lastResync());
    }

    @Test
    void withoutBackgroundDiscoveryOnlyAScanReports() {
        service.modified(Map.of("background", false));
        onlineAndResynced();
        fixture().deliverFrame(Examples.modified("notification.intercom.store.json",
                inner -> inner.getAsJsonObject("intercom").addProperty("id", 302)));
        verify(listener, never()).thingDiscovered(any(), any());
        service.startScan(mock(ScanListener.class));
        awaitResync();
        assertEquals(4, discovered().size());
    }

    @Test
    void aServiceStartedAfterTheListsWereReadGetsThemAtOnce() {
        service.dispose();
        onlineAndResynced();
        VmsDiscoveryService late = new VmsDiscoveryService();
        DiscoveryListener lateListener = mock(DiscoveryListener.class);
        late.setThingHandler(fixture().account);
        late.addDiscoveryListener(lateListener);
        late.initialize();
        verify(lateListener, times(4)).thingDiscovered(eq(late), any());
        verify(listener, never()).thingDiscovered(any(), any());
    }

    @Test
    void aDisposedServiceHearsNothingMore() {
        onlineAndResynced();
        service.dispose();
        clearInvocations(listener);
        fixture().deliverFrame(Examples.modified("notification.intercom.store.json",
                inner -> inner.getAsJsonObject("intercom").addProperty("id", 302)));
        fixture().deliver("notification.intercom.delete.json");
        resync();
        verifyNoInteractions(listener);
    }

    /** The latest result per UID, sorted by UID. */
    private Map<String, DiscoveryResult> discovered() {
        ArgumentCaptor<DiscoveryResult> captor = ArgumentCaptor.forClass(DiscoveryResult.class);
        verify(listener, atLeast(0)).thingDiscovered(eq(service), captor.capture());
        Map<String, DiscoveryResult> results = new TreeMap<>();
        captor.getAllValues().forEach(result -> results.put(result.getThingUID().getAsString(), result));
        ArgumentCaptor<ThingUID> removed = ArgumentCaptor.forClass(ThingUID.class);
        verify(listener, atLeast(0)).thingRemoved(eq(service), removed.capture());
        removed.getAllValues().forEach(uid -> results.remove(uid.getAsString()));
        return results;
    }

    private static ThingUID uid(ThingTypeUID type, String id) {
        return new ThingUID(type, HandlerFixture.BRIDGE_UID, id);
    }
}
