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
import static org.mockito.Mockito.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConfig;
import org.openhab.binding.vms.internal.api.connection.VmsAccountStatus;
import org.openhab.binding.vms.internal.api.connection.VmsTokenStore;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;
import org.openhab.binding.vms.internal.api.rest.VmsTooManySessionsException;
import org.openhab.binding.vms.internal.api.rest.dto.VmsSession;
import org.openhab.binding.vms.internal.api.socket.VmsConnectionState;
import org.openhab.binding.vms.internal.discovery.VmsDiscoveryService;
import org.openhab.binding.vms.internal.testsupport.VmsTestThings;
import org.openhab.core.library.types.StringType;
import org.openhab.core.test.java.JavaTest;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.RefreshType;

/**
 * Every status of the account bridge, and of its children while it is offline, with a mocked connection that the
 * test drives through the handler's listener methods.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsAccountHandlerTest extends JavaTest {

    private final HandlerFixture fixture = new HandlerFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void initializeSetsUnknownAndStartsTheConnectionWithoutWaiting() {
        fixture.start();
        assertEquals(new ThingStatusInfo(ThingStatus.UNKNOWN, ThingStatusDetail.NONE, null), bridgeStatus());
        verify(fixture.connection).start();
        VmsAccountConfig config = fixture.connectionConfig();
        assertNotNull(config);
        assertEquals(HandlerFixture.BASE_URL, config.baseUrl());
        assertEquals("jane@example.com", config.login());
        assertEquals("secret", config.password());
        assertNull(config.token());
        assertEquals("en", config.language());
        assertEquals(HandlerFixture.BRIDGE_UID.getAsString(), config.name());
        assertFalse(config.allowPlainHttp(), "plain http is off unless the user turns it on");
        assertNull(config.trustedCertificate());
    }

    @Test
    void aPlainHttpServerUrlIsAConfigurationErrorUnlessAllowed() {
        Map<String, Object> config = HandlerFixture.defaultAccountConfig();
        config.put("baseUrl", "http://vms.example.com");
        assertConfigurationError(config, VmsStatusText.PLAIN_HTTP);
        config.put("allowPlainHttp", false);
        assertConfigurationError(config, VmsStatusText.PLAIN_HTTP);
    }

    @Test
    void aPlainSocketUrlIsAConfigurationErrorUnlessAllowed() {
        Map<String, Object> config = HandlerFixture.defaultAccountConfig();
        config.put("socketUrl", "ws://vms.example.com/pusher");
        assertConfigurationError(config, VmsStatusText.PLAIN_SOCKET);
    }

    @Test
    void allowPlainHttpLetsBothThrough() {
        // as a boolean (UI, JSON) and as text (a .things file, a tool writing strings)
        for (Object allowed : List.of(Boolean.TRUE, "true")) {
            Map<String, Object> config = HandlerFixture.defaultAccountConfig();
            config.put("baseUrl", "http://127.0.0.1:8080");
            config.put("socketUrl", "ws://127.0.0.1:6001/pusher");
            config.put("allowPlainHttp", allowed);
            HandlerFixture plain = new HandlerFixture(config);
            plain.start();
            assertEquals(ThingStatus.UNKNOWN, plain.status(HandlerFixture.BRIDGE_UID).getStatus());
            VmsAccountConfig connectionConfig = plain.connectionConfig();
            assertNotNull(connectionConfig);
            assertTrue(connectionConfig.allowPlainHttp(), "the user's value reaches the connection");
        }
    }

    @Test
    void anUnreadableTrustedCertificateIsAConfigurationError() {
        Map<String, Object> config = HandlerFixture.defaultAccountConfig();
        config.put("trustedCertificate", "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----");
        assertConfigurationError(config, VmsStatusText.INVALID_TRUSTED_CERTIFICATE);
        config.put("trustedCertificate", "my server's certificate");
        assertConfigurationError(config, VmsStatusText.INVALID_TRUSTED_CERTIFICATE);
    }

    @Test
    void theTokenIsKeptInOpenhabStoragePerBridgeAndLogin() {
        fixture.start();
        VmsTokenStore store = fixture.tokenStore();
        assertNotNull(store);
        store.store("the-token");
        assertEquals(Map.of("vms:account:home|jane@example.com", "the-token"), fixture.storedTokens());
        assertEquals("the-token", store.load());
        assertFalse(store.toString().contains("the-token"));
        // the logout of the stored session fails here (nothing listens): the Thing is removed all the same
        fixture.useRest(new VmsRestClient(new HttpClient(), VmsRestConfig.of(HandlerFixture.BASE_URL)));
        fixture.removeBridge();
        assertEquals(Map.of(), fixture.storedTokens(), "removing the Thing forgets its token");
        waitForAssert(() -> assertTrue(fixture.bridgeRemoved()));
    }

    @Test
    void aMissingServerUrlIsAConfigurationError() {
        Map<String, Object> config = HandlerFixture.defaultAccountConfig();
        config.remove("baseUrl");
        assertConfigurationError(config, VmsStatusText.MISSING_BASE_URL);
    }

    @Test
    void anInvalidServerUrlIsAConfigurationError() {
        Map<String, Object> config = HandlerFixture.defaultAccountConfig();
        config.put("baseUrl", "ftp://vms.example.com");
        assertConfigurationError(config, VmsStatusText.INVALID_BASE_URL);
    }

    @Test
    void missingCredentialsAreAConfigurationError() {
        Map<String, Object> config = HandlerFixture.defaultAccountConfig();
        config.remove("password");
        assertConfigurationError(config, VmsStatusText.MISSING_CREDENTIALS);
    }

    @Test
    void aTokenAloneIsEnough() {
        Map<String, Object> config = Map.of("baseUrl", "https://vms.example.com/api/v1/", "token", "tok-123");
        HandlerFixture tokenOnly = new HandlerFixture(config);
        tokenOnly.start();
        assertEquals(ThingStatus.UNKNOWN, tokenOnly.status(HandlerFixture.BRIDGE_UID).getStatus());
        VmsAccountConfig connectionConfig = tokenOnly.connectionConfig();
        assertNotNull(connectionConfig);
        assertEquals("tok-123", connectionConfig.token());
        assertNull(connectionConfig.login());
        assertFalse(connectionConfig.toString().contains("tok-123"));
    }

    private void assertConfigurationError(Map<String, Object> config, String description) {
        HandlerFixture broken = new HandlerFixture(config);
        broken.start();
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, description),
                broken.status(HandlerFixture.BRIDGE_UID));
        assertNull(broken.connectionConfig(), "no connection is created");
    }

    @Test
    void unknownThenOnline() {
        fixture.start();
        fixture.online();
        assertEquals(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null), bridgeStatus());
    }

    @Test
    void wrongCredentialsCaptchaAndOldClientAreConfigurationErrors() {
        fixture.start();
        assertFailed(Reason.INVALID_CREDENTIALS, VmsStatusText.WRONG_CREDENTIALS);
        assertFailed(Reason.CAPTCHA_REQUIRED, VmsStatusText.CAPTCHA_REQUIRED);
        assertFailed(Reason.CLIENT_TOO_OLD, VmsStatusText.CLIENT_TOO_OLD);
    }

    private void assertFailed(Reason reason, String description) {
        fixture.account.statusChanged(VmsAccountStatus.FAILED, new VmsApiException(reason, "test"));
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, description),
                bridgeStatus());
    }

    @Test
    void tooManySessionsListsTheSessionsAndHowToFreeOne() throws Exception {
        fixture.start();
        fixture.account.statusChanged(VmsAccountStatus.FAILED,
                new VmsTooManySessionsException("HTTP 419", "Too many sessions",
                        List.of(new VmsSession("a1", "android", null, "203.0.113.7", true, false, null),
                                new VmsSession("i2", "ios", null, "198.51.100.4", false, false, 1709294400L)),
                        2, null, null));
        ThingStatusInfo status = bridgeStatus();
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
        assertEquals("@text/offline.conf-error-too-many-sessions [\"android from 203.0.113.7; ios from 198.51.100.4"
                + " last active 2024-03-01T12:00:00Z\"]", status.getDescription());
        // the text behind the key says how to free a session
        String text = VmsStatusTextTest.properties().getProperty("offline.conf-error-too-many-sessions");
        assertTrue(text.contains("End one of them in the mobile app"), text);
    }

    @Test
    void networkProblemsAreCommunicationErrors() {
        fixture.start();
        fixture.account.statusChanged(VmsAccountStatus.RECONNECTING, new VmsApiException(Reason.NETWORK, "refused"));
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                VmsStatusText.NETWORK), bridgeStatus());
        fixture.online();
        fixture.account.statusChanged(VmsAccountStatus.RECONNECTING,
                new VmsApiException(Reason.NETWORK, "The socket connection was lost"));
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                VmsStatusText.SOCKET_LOST), bridgeStatus());
        fixture.account.statusChanged(VmsAccountStatus.RECONNECTING, new VmsApiException(Reason.NETWORK, "again"));
        assertEquals(VmsStatusText.NETWORK, bridgeStatus().getDescription(), "not online in between");
        fixture.account.statusChanged(VmsAccountStatus.RECONNECTING,
                new VmsApiException(Reason.RATE_LIMITED, "429", 429, null, Duration.ofSeconds(30)));
        assertEquals("@text/offline.comm-error-rate-limited [\"30\"]", bridgeStatus().getDescription());
        fixture.account.statusChanged(VmsAccountStatus.RECONNECTING,
                new VmsApiException(Reason.FORBIDDEN, "channel auth refused"));
        assertEquals(VmsStatusText.CHANNEL_AUTH_FAILED, bridgeStatus().getDescription());
    }

    @Test
    void aLogoutNamesTheServersReasonAndIsForgottenOnceOnline() {
        fixture.start();
        fixture.online();
        fixture.deliver("token-push.logout.json");
        assertEquals(List.of("LOGOUT"), fixture.triggers(HandlerFixture.BRIDGE_UID, CHANNEL_ACCOUNT_EVENT));
        fixture.account.statusChanged(VmsAccountStatus.RECONNECTING,
                new VmsApiException(Reason.TOKEN_INVALID, "The VMS ended this session (logout message)"));
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.comm-error-logged-out [\"Your session has been closed\"]"), bridgeStatus());
        fixture.account.statusChanged(VmsAccountStatus.FAILED,
                new VmsApiException(Reason.TOKEN_INVALID, "no credentials to log in again"));
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.comm-error-logged-out [\"Your session has been closed\"]"), bridgeStatus());
        fixture.online();
        fixture.account.statusChanged(VmsAccountStatus.FAILED, new VmsApiException(Reason.TOKEN_INVALID, "401"));
        assertEquals(VmsStatusText.WRONG_CREDENTIALS, bridgeStatus().getDescription());
    }

    @Test
    void childrenWaitForTheBridgeAndFollowIt() {
        Thing cameraThing = VmsTestThings.camera(HandlerFixture.BRIDGE_UID, "cam1001", 1001);
        Thing intercomThing = VmsTestThings.intercom(HandlerFixture.BRIDGE_UID, "door301", 301);
        fixture.add(cameraThing);
        fixture.add(intercomThing);
        assertEquals(new ThingStatusInfo(ThingStatus.UNINITIALIZED, ThingStatusDetail.BRIDGE_UNINITIALIZED, null),
                fixture.status(cameraThing.getUID()), "openHAB makes no handler before the bridge's is initialised");
        assertNull(fixture.manager.handler(intercomThing.getUID()));

        fixture.start();
        VmsCameraHandler camera = fixture.handler(cameraThing.getUID(), VmsCameraHandler.class);
        VmsIntercomHandler intercom = fixture.handler(intercomThing.getUID(), VmsIntercomHandler.class);
        ThingStatusInfo bridgeOffline = new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE,
                VmsStatusText.BRIDGE_OFFLINE);
        assertEquals(bridgeOffline, fixture.status(camera), "the bridge is not online yet");
        assertEquals(bridgeOffline, fixture.status(intercom));
        fixture.online();
        assertEquals(ThingStatus.ONLINE, fixture.status(camera).getStatus());
        assertEquals(ThingStatus.ONLINE, fixture.status(intercom).getStatus());
        fixture.account.statusChanged(VmsAccountStatus.RECONNECTING, new VmsApiException(Reason.NETWORK, "down"));
        // openHAB tells the children on its own thread
        waitForAssert(() -> assertEquals(bridgeOffline, fixture.status(camera)));
        waitForAssert(() -> assertEquals(bridgeOffline, fixture.status(intercom)));
        fixture.online();
        assertEquals(ThingStatus.ONLINE, fixture.status(camera).getStatus());
        fixture.account.statusChanged(VmsAccountStatus.FAILED, new VmsApiException(Reason.CAPTCHA_REQUIRED, "x"));
        waitForAssert(() -> assertEquals(bridgeOffline, fixture.status(intercom)));
    }

    @Test
    void childrenWithoutValidIdAreConfigurationErrorsAndStaySo() {
        fixture.start();
        VmsCameraHandler camera = fixture.camera(0L, "nocam");
        VmsIntercomHandler intercom = fixture.intercom("abc", "nodoor");
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                VmsStatusText.INVALID_CAMERA_ID), fixture.status(camera));
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                VmsStatusText.INVALID_INTERCOM_ID), fixture.status(intercom));
        fixture.online();
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, fixture.status(camera).getStatusDetail());
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, fixture.status(intercom).getStatusDetail());
    }

    @Test
    void connectionStateAndDroppedMessagesChannels() {
        fixture.start();
        fixture.account.socketStateChanged(VmsConnectionState.CONNECTING);
        fixture.account.socketStateChanged(VmsConnectionState.SUBSCRIBED);
        assertEquals(List.of(new StringType("DISCONNECTED"), new StringType("CONNECTING"),
                new StringType("SUBSCRIBED")),
                fixture.states(HandlerFixture.BRIDGE_UID, CHANNEL_CONNECTION_STATE));
        fixture.clearLog();
        fixture.account.handleCommand(new ChannelUID(HandlerFixture.BRIDGE_UID, CHANNEL_CONNECTION_STATE),
                RefreshType.REFRESH);
        assertEquals(new StringType("SUBSCRIBED"),
                fixture.lastState(HandlerFixture.BRIDGE_UID, CHANNEL_CONNECTION_STATE));
        fixture.account.handleCommand(new ChannelUID(HandlerFixture.BRIDGE_UID, CHANNEL_DROPPED_MESSAGES),
                RefreshType.REFRESH);
        assertEquals("0", String.valueOf(fixture.lastState(HandlerFixture.BRIDGE_UID, CHANNEL_DROPPED_MESSAGES)));
    }

    @Test
    void disposeStopsTheConnectionAndIgnoresWhatComesAfter() {
        fixture.startOnline();
        fixture.account.dispose();
        verify(fixture.connection).stop();
        fixture.clearLog();
        fixture.account.statusChanged(VmsAccountStatus.RECONNECTING, new VmsApiException(Reason.NETWORK, "late"));
        fixture.account.socketStateChanged(VmsConnectionState.DISCONNECTED);
        fixture.deliver("user-push.permissions_updated.json");
        fixture.account.resyncNeeded();
        assertEquals(List.of(), fixture.log);
        assertNull(fixture.account.restClient());
    }

    @Test
    void theRestClientIsOfferedOnlyWhileOnline() {
        fixture.start();
        assertNull(fixture.account.restClient());
        fixture.online();
        assertThrows(IllegalStateException.class, () -> fixture.account.restClient(),
                "online: the connection's client is asked for (none set in this test)");
        fixture.account.statusChanged(VmsAccountStatus.RECONNECTING, null);
        assertNull(fixture.account.restClient());
    }

    @Test
    void offersItsDiscoveryService() {
        assertEquals(List.of(VmsDiscoveryService.class), List.copyOf(fixture.account.getServices()));
    }

    @Test
    void relativeLinksGetTheServerAddress() {
        fixture.start();
        assertEquals("https://vms.example.com/storage/a.jpg", fixture.account.absoluteUrl("/storage/a.jpg"));
        assertEquals("https://vms.example.com/storage/a.jpg", fixture.account.absoluteUrl("storage/a.jpg"));
        assertEquals("https://cdn.example.com/a.jpg", fixture.account.absoluteUrl("//cdn.example.com/a.jpg"));
        assertEquals("http://other.example.com/a.jpg", fixture.account.absoluteUrl("http://other.example.com/a.jpg"));
        assertEquals("HTTPS://X.example.com/a", fixture.account.absoluteUrl("HTTPS://X.example.com/a"));
    }

    private ThingStatusInfo bridgeStatus() {
        return fixture.status(HandlerFixture.BRIDGE_UID);
    }
}
