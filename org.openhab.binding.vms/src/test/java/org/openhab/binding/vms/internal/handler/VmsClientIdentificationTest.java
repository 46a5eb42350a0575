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

import java.io.IOException;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConfig;
import org.openhab.binding.vms.simulator.testing.OpenHabStatusText;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * The {@code X-Client}/{@code X-Version} pair is the account's advanced parameters {@code clientName} and
 * {@code clientVersion}: today's Android values by default, the user's values otherwise, so that a server raising its
 * minimum version does not take every installation offline until a release. Unusable values stop the bridge before
 * anything is sent; the "too old" text says which parameter to raise. (The headers on the wire:
 * {@code VmsAccountHandlerLiveTest}.)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsClientIdentificationTest {

    @Test
    void withoutTheParametersTheConnectionGetsTheAndroidAppsValues() {
        VmsAccountConfig config = connectionConfig(Map.of());
        assertEquals("android", config.clientName());
        assertEquals("23.12.1.0", config.clientVersion());
    }

    @Test
    void theConfiguredValuesReachTheConnection() {
        VmsAccountConfig config = connectionConfig(Map.of("clientName", " ios", "clientVersion", "24.03.0.0 "));
        assertEquals("ios", config.clientName());
        assertEquals("24.03.0.0", config.clientVersion());
    }

    @Test
    void unusableValuesAreAConfigurationErrorBeforeAnythingStarts() {
        for (String bad : new String[] { "", " ", "x".repeat(65), "24.0\nX-Injected: 1", "\u0417\u0435\u0442\u0430" }) {
            for (String parameter : new String[] { "clientName", "clientVersion" }) {
                Map<String, Object> config = HandlerFixture.defaultAccountConfig();
                config.put(parameter, bad);
                HandlerFixture fixture = new HandlerFixture(config);
                fixture.start();
                assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                        VmsStatusText.INVALID_CLIENT), fixture.status(HandlerFixture.BRIDGE_UID), parameter + "=" + bad);
                assertNull(fixture.connectionConfig(), "no connection is created");
            }
        }
    }

    @Test
    void theTooOldTextSaysWhichParameterToRaise() throws IOException {
        String description = AccountStatusMapper.describe(new VmsApiException(Reason.CLIENT_TOO_OLD, "409"), null,
                false, false);
        String shown = OpenHabStatusText.render(description, VmsStatusTextTest.properties()::getProperty);
        assertEquals("The server refuses this client version as too old. Raise the advanced parameter Client Version"
                + " (clientVersion) to the version of the current mobile app, or update the binding.", shown);
    }

    private static VmsAccountConfig connectionConfig(Map<String, Object> changes) {
        Map<String, Object> config = HandlerFixture.defaultAccountConfig();
        config.putAll(changes);
        HandlerFixture fixture = new HandlerFixture(config);
        fixture.start();
        VmsAccountConfig connectionConfig = fixture.connectionConfig();
        assertNotNull(connectionConfig, () -> "started: " + fixture.status(HandlerFixture.BRIDGE_UID));
        fixture.account.dispose();
        return connectionConfig;
    }
}
