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

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConnection;
import org.openhab.binding.vms.internal.discovery.VmsDiscoveryService;
import org.openhab.binding.vms.internal.testlog.LogSecretScanner;
import org.openhab.binding.vms.internal.testsupport.SharedHttpClient;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.http.RecordedRequest;
import org.openhab.binding.vms.simulator.pusher.LoopbackPusherServer;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.binding.vms.simulator.vms.LoopbackPusherBackend;
import org.openhab.binding.vms.simulator.vms.SimCall;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.test.java.JavaTest;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * The whole binding below openHAB against the simulated VMS: the bridge handler with its real
 * {@link VmsAccountConnection}, the real REST server and the in-JVM Pusher server on loopback. Changes are made in
 * the simulated VMS (as another app would) and must arrive in channels, triggers and statuses. Removing the Thing
 * ({@code handleRemoval()}, as openHAB's thing manager calls it) ends the session the binding opened, and nothing the
 * server does or fails to do holds the removal up.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsAccountHandlerLiveTest extends JavaTest {

    private static final long TIMEOUT_MS = 20_000;
    /** The logout's own limit plus the transport's grace, plus room for a shared build machine. */
    private static final long REMOVED_WITHIN_MS = VmsAccountHandler.LOGOUT_TIMEOUT.toMillis() + 5_000;

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<SimulatedVms> sim = resources.opened(SimulatedVms::withLoopbackPusher);
    private final Opened<HttpClient> httpClient = SharedHttpClient.opened(resources);

    /** The bridge this test made. */
    private HandlerFixture fixture() {
        return resources.only(HandlerFixture.class);
    }

    /** A bridge configured for the simulated account; {@code changes} adjusts the configuration. */
    private HandlerFixture bridge(Map<String, Object> changes) {
        return resources.add(HandlerFixture.onSimulatedAccount(sim.get(), httpClient.get(), changes));
    }

    private HandlerFixture bridge() {
        return bridge(Map.of());
    }

    // ---------------------------------------------------------------- statuses

    @Test
    void unknownThenOnlineWithBothChannelsSubscribedAndTheTokenStored() {
        HandlerFixture fixture = bridge();
        fixture.start();
        // What initialize() reported before start() returned: the connection runs on its own threads and may be
        // ONLINE already when a busy machine lets the test look at the status itself.
        assertEquals(List.of(ThingStatus.INITIALIZING, ThingStatus.UNKNOWN),
                fixture.statusChanges(HandlerFixture.BRIDGE_UID).stream().map(ThingStatusInfo::getStatus).limit(2)
                        .toList(),
                "at once, without waiting for the server");
        waitForBridge(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        waitForAssert(() -> assertEquals(new StringType("SUBSCRIBED"),
                fixture.lastState(HandlerFixture.BRIDGE_UID, CHANNEL_CONNECTION_STATE)), TIMEOUT_MS, 50);
        String key = HandlerFixture.BRIDGE_UID.getAsString() + "|" + SimulatedVms.DEFAULT_LOGIN;
        String token = fixture.storedTokens().get(key);
        assertNotNull(token, "stored under " + key + ": " + fixture.storedTokens().keySet());
        assertTrue(sim.get().isTokenValid(token));
    }

    @Test
    void aRestartReusesTheStoredSessionInsteadOfLoggingInAgain() {
        HandlerFixture fixture = bridge();
        fixture.start();
        waitForBridge(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        assertEquals(1, sim.get().loginCount());
        fixture.account.dispose();
        fixture.account.initialize(); // again, as in a configuration change (handleConfigurationUpdate)
        waitForBridge(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        assertEquals(1, sim.get().loginCount());
    }

    @Test
    void wrongCredentialsAreAConfigurationError() {
        bridge(Map.of("password", "wrong")).start();
        waitForBridge(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR);
        assertEquals(VmsStatusText.WRONG_CREDENTIALS, bridgeStatus().getDescription());
    }

    @Test
    void aCaptchaIsAConfigurationError() {
        sim.get().fail("POST", "token", HttpReply.json(422,
                "{\"message\":\"Captcha required\",\"errors\":{\"captcha\":[\"The captcha field is required.\"]}}"));
        bridge().start();
        waitForBridge(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR);
        assertEquals(VmsStatusText.CAPTCHA_REQUIRED, bridgeStatus().getDescription());
    }

    @Test
    void tooManySessionsIsAConfigurationErrorListingThem() {
        sim.get().setSessionLimit(1);
        sim.get().issueToken(); // another app holds the only session
        bridge().start();
        waitForBridge(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR);
        String description = bridgeStatus().getDescription();
        assertNotNull(description);
        assertTrue(description.startsWith(VmsStatusText.TOO_MANY_SESSIONS + " [\""), description);
        assertFalse(description.contains("unlisted"), description);
    }

    @Test
    void everyRequestCarriesTheConfiguredClientNameAndVersion() {
        bridge(Map.of("clientName", "ios", "clientVersion", "24.03.0.0")).start();
        waitForBridge(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        assertClientHeaders("ios", "24.03.0.0");
    }

    @Test
    void withoutTheParametersRequestsCarryTheAndroidAppsValues() {
        bridge().start();
        waitForBridge(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        assertClientHeaders("android", "23.12.1.0");
    }

    /**
     * Every request to the REST API so far, the login first of all, named the client so; except the channel
     * authorisation, which carries only the token and its form (as the mobile SDKs send it).
     */
    private void assertClientHeaders(String clientName, String clientVersion) {
        List<RecordedRequest> requests = sim.get().requests().stream()
                .filter(r -> r.path().startsWith("/api/") && !r.path().endsWith("/broadcasting/auth")).toList();
        assertFalse(sim.get().requests("POST", "token").isEmpty(), "logged in");
        for (RecordedRequest request : requests) {
            assertEquals(clientName, request.header("X-Client"), request.path());
            assertEquals(clientVersion, request.header("X-Version"), request.path());
        }
    }

    @Test
    void aTooOldClientIsAConfigurationError() {
        sim.get().fail("POST", "token", HttpReply.json(409, "{\"message\":\"Please update the app\"}"));
        bridge().start();
        waitForBridge(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR);
        assertEquals(VmsStatusText.CLIENT_TOO_OLD, bridgeStatus().getDescription());
    }

    @Test
    void anUnreachableServerIsACommunicationError() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        bridge(Map.of("baseUrl", "http://127.0.0.1:" + port)).start();
        waitForBridge(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
        assertEquals(VmsStatusText.NETWORK, bridgeStatus().getDescription());
    }

    @Test
    void aLostSocketTakesTheChildrenOfflineAndTheReconnectBringsThemBack() {
        HandlerFixture fixture = bridge();
        fixture.start();
        VmsCameraHandler camera = fixture.camera(1002);
        waitForStatus(camera, ThingStatus.ONLINE, ThingStatusDetail.NONE);
        pusherServer().closeAll(4100, "over capacity"); // back off, then reconnect
        waitForBridge(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
        // openHAB tells the children on its own thread, and the bridge may be back before a test looks: the
        // camera's recorded status changes must show it went OFFLINE with its bridge
        waitForAssert(() -> assertTrue(fixture.statusChanges(camera.getThing().getUID()).stream()
                .anyMatch(info -> info.getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE),
                fixture.statusChanges(camera.getThing().getUID()).toString()), TIMEOUT_MS, 50);
        waitForBridge(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        waitForStatus(camera, ThingStatus.ONLINE, ThingStatusDetail.NONE);
    }

    // ---------------------------------------------------------------- events and commands end to end

    @Test
    void aFavouriteChangedInAnotherAppArrivesAndOneChangedHereGoesOut() {
        HandlerFixture fixture = bridge();
        fixture.start();
        VmsCameraHandler camera = fixture.camera(1002);
        waitForStatus(camera, ThingStatus.ONLINE, ThingStatusDetail.NONE);
        waitForAssert(() -> assertEquals(OnOffType.OFF, fixture.lastState(camera, CHANNEL_FAVORITE)), TIMEOUT_MS,
                50);

        sim.get().setFavorite(1002, true);
        waitForAssert(() -> assertEquals(List.of("ADDED"), fixture.triggers(camera, CHANNEL_FAVORITE_CHANGED)),
                TIMEOUT_MS, 50);
        assertEquals(OnOffType.ON, fixture.lastState(camera, CHANNEL_FAVORITE));

        camera.handleCommand(new ChannelUID(camera.getThing().getUID(), CHANNEL_FAVORITE), OnOffType.OFF);
        waitForAssert(() -> assertEquals(List.of("ADDED", "REMOVED"),
                fixture.triggers(camera, CHANNEL_FAVORITE_CHANGED)), TIMEOUT_MS, 50);
        assertEquals(1, sim.get().requests("DELETE", "cameras/1002/favorites").size());
        assertFalse(sim.get().isFavorite(1002));
    }

    @Test
    void aFavouriteChangedWhileTheSocketWasDownIsFixedAfterTheReconnect() {
        HandlerFixture fixture = bridge();
        fixture.start();
        VmsCameraHandler camera = fixture.camera(1002);
        waitForAssert(() -> assertEquals(OnOffType.OFF, fixture.lastState(camera, CHANNEL_FAVORITE)), TIMEOUT_MS,
                50);
        int reads = sim.get().requests("GET", "cameras/flat-tree").size();
        sim.get().setFavorite(1002, true, false); // nobody is told
        pusherServer().closeAll(4200, "reconnect now");
        waitForAssert(() -> assertEquals(OnOffType.ON, fixture.lastState(camera, CHANNEL_FAVORITE)), TIMEOUT_MS, 50);
        assertTrue(sim.get().requests("GET", "cameras/flat-tree").size() > reads);
        assertEquals(List.of(), fixture.triggers(camera, CHANNEL_FAVORITE_CHANGED));
    }

    @Test
    void aDetachedCameraIsGoneAndComesBackWhenAttached() {
        HandlerFixture fixture = bridge();
        fixture.start();
        VmsCameraHandler camera = fixture.camera(1002);
        waitForStatus(camera, ThingStatus.ONLINE, ThingStatusDetail.NONE);
        sim.get().detachCamera(1002);
        waitForStatus(camera, ThingStatus.OFFLINE, ThingStatusDetail.GONE);
        waitForAssert(() -> assertEquals(List.of("CAMERAS_DETACHED"),
                fixture.triggers(HandlerFixture.BRIDGE_UID, CHANNEL_ACCOUNT_EVENT)), TIMEOUT_MS, 50);
        sim.get().attachCamera(1002);
        waitForStatus(camera, ThingStatus.ONLINE, ThingStatusDetail.NONE);
    }

    @Test
    void callsRingAndAreCanceledAtTheirIntercom() {
        HandlerFixture fixture = bridge();
        fixture.start();
        VmsIntercomHandler door = fixture.intercom(301);
        waitForStatus(door, ThingStatus.ONLINE, ThingStatusDetail.NONE);
        SimCall call = sim.get().storeCall(301, "ring");
        waitForAssert(() -> assertEquals(List.of("RING"), fixture.triggers(door, CHANNEL_CALL)), TIMEOUT_MS, 50);
        assertEquals(String.valueOf(call.id()), String.valueOf(fixture.lastState(door, CHANNEL_LAST_CALL_ID)));
        sim.get().cancelCall(call.id());
        waitForAssert(() -> assertEquals(List.of("CANCELED"), fixture.triggers(door, CHANNEL_CALL_CANCELED)),
                TIMEOUT_MS, 50);
        assertEquals(List.of(), fixture.triggers(HandlerFixture.BRIDGE_UID, CHANNEL_ACCOUNT_EVENT));
    }

    @Test
    void theDoorOpensAndAnIntercomRenamedElsewhereIsRenamedHere() {
        HandlerFixture fixture = bridge();
        fixture.start();
        VmsIntercomHandler door = fixture.intercom(301);
        waitForStatus(door, ThingStatus.ONLINE, ThingStatusDetail.NONE);
        door.handleCommand(new ChannelUID(door.getThing().getUID(), CHANNEL_OPEN_DOOR), OnOffType.ON);
        waitForAssert(() -> assertEquals(List.of(301), sim.get().openedDoors()), TIMEOUT_MS, 50);
        waitForAssert(() -> assertEquals(OnOffType.OFF, fixture.lastState(door, CHANNEL_OPEN_DOOR)), TIMEOUT_MS, 50);

        sim.get().renameIntercom(301, "Main entrance");
        waitForAssert(() -> assertEquals(List.of("RENAMED"), fixture.triggers(door, CHANNEL_INTERCOM_EVENT)),
                TIMEOUT_MS, 50);
        assertEquals(new StringType("Main entrance"), fixture.lastState(door, CHANNEL_NAME));
        sim.get().deleteIntercom(301);
        waitForStatus(door, ThingStatus.OFFLINE, ThingStatusDetail.GONE);
    }

    @Test
    void aLogoutIsAnnouncedAndTheBridgeLogsInAgain() {
        HandlerFixture fixture = bridge();
        fixture.start();
        waitForBridge(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        String token = fixture.storedTokens().values().iterator().next();
        sim.get().logout(token);
        waitForAssert(() -> assertEquals(List.of("LOGOUT"),
                fixture.triggers(HandlerFixture.BRIDGE_UID, CHANNEL_ACCOUNT_EVENT)), TIMEOUT_MS, 50);
        waitForAssert(() -> assertEquals(2, sim.get().loginCount()), TIMEOUT_MS, 50);
        waitForBridge(ThingStatus.ONLINE, ThingStatusDetail.NONE);
    }

    @Test
    void theAccountsThingsAreDiscovered() {
        HandlerFixture fixture = bridge();
        VmsDiscoveryService discovery = new VmsDiscoveryService();
        DiscoveryListener listener = mock(DiscoveryListener.class);
        discovery.setThingHandler(fixture.account);
        discovery.addDiscoveryListener(listener);
        discovery.initialize();
        fixture.start();
        waitForAssert(() -> verify(listener, times(4)).thingDiscovered(eq(discovery), any()), TIMEOUT_MS, 50);
        sim.get().addIntercom(302, "Back gate", "1 Example Street, back", 1002);
        waitForAssert(() -> verify(listener, times(5)).thingDiscovered(eq(discovery), any()), TIMEOUT_MS, 50);
        discovery.dispose();
    }

    // ---------------------------------------------------------------- removal

    @Test
    void removingTheAccountLogsItsSessionOutOnTheServer() {
        String session = onlineSession(bridge());

        fixture().removeBridge();

        waitForRemoved();
        assertFalse(sim.get().isTokenValid(session), "the session is gone on the server");
        assertEquals(List.of(), sim.get().validTokens(), "no session of the binding is left");
        List<RecordedRequest> logouts = sim.get().requests("POST", "logout");
        assertEquals(1, logouts.size());
        assertEquals("Bearer " + session, logouts.get(0).header("Authorization"));
        assertEquals(Map.of(), fixture().storedTokens(), "the stored token is forgotten");
        assertEquals(1, sim.get().loginCount(), "the stopped connection did not log in again");
    }

    @Test
    void aLogoutTheServerRefusesStillRemovesTheThing() {
        String session = onlineSession(bridge());
        sim.get().fail("POST", "logout", HttpReply.json(500, "{\"message\":\"Server Error\"}"));

        removeWithoutWaitingForTheServer();

        assertTrue(sim.get().isTokenValid(session), "the server kept it; it expires there");
        assertEquals(Map.of(), fixture().storedTokens());
    }

    @Test
    void aLogoutTheServerDoesNotAnswerStillRemovesTheThingWithinItsTimeLimit() {
        onlineSession(bridge());
        sim.get().delay("POST", "logout", Duration.ofSeconds(60));

        removeWithoutWaitingForTheServer();
    }

    @Test
    void anUnreachableServerStillRemovesTheThing() {
        onlineSession(bridge());
        sim.get().server().close();

        removeWithoutWaitingForTheServer();
    }

    @Test
    void aConfiguredTokenIsLeftAloneItWasObtainedElsewhere() {
        String appToken = sim.get().issueToken();
        LogSecretScanner.registerSecret(appToken);
        onlineSession(bridge(Map.of("login", "", "password", "", "token", appToken)));

        fixture().removeBridge();

        waitForRemoved();
        assertTrue(sim.get().isTokenValid(appToken));
        assertEquals(List.of(), sim.get().requests("POST", "logout"));
    }

    /** Initialises the bridge and waits until it is ONLINE; its newest session token (a secret of the log scan). */
    private String onlineSession(HandlerFixture fixture) {
        fixture.start();
        waitForBridge(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        List<String> sessions = sim.get().validTokens();
        assertFalse(sessions.isEmpty());
        sessions.forEach(LogSecretScanner::registerSecret);
        return sessions.get(sessions.size() - 1);
    }

    /** handleRemoval() returns at once (openHAB's thread is free again) and REMOVED follows within the limit. */
    private void removeWithoutWaitingForTheServer() {
        long start = System.nanoTime();
        fixture().removeBridge();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1_000, "handleRemoval blocked its caller for " + millis + " ms");
        waitForRemoved();
    }

    /** REMOVED, and then openHAB removed the Thing. */
    private void waitForRemoved() {
        waitForAssert(() -> assertTrue(fixture().bridgeRemoved(),
                () -> fixture().statusChanges(HandlerFixture.BRIDGE_UID).toString()), REMOVED_WITHIN_MS, 50);
    }

    // ----------------------------------------------------------------

    private LoopbackPusherServer pusherServer() {
        return ((LoopbackPusherBackend) sim.get().backend()).server();
    }

    private ThingStatusInfo bridgeStatus() {
        return fixture().status(HandlerFixture.BRIDGE_UID);
    }

    private void waitForBridge(ThingStatus status, ThingStatusDetail detail) {
        waitForAssert(() -> {
            ThingStatusInfo info = bridgeStatus();
            assertEquals(status, info.getStatus(), info::toString);
            assertEquals(detail, info.getStatusDetail(), info::toString);
        }, TIMEOUT_MS, 50);
    }

    private void waitForStatus(ThingHandler handler, ThingStatus status, ThingStatusDetail detail) {
        waitForAssert(() -> {
            ThingStatusInfo info = fixture().status(handler);
            assertEquals(status, info.getStatus(), info::toString);
            assertEquals(detail, info.getStatusDetail(), info::toString);
        }, TIMEOUT_MS, 50);
    }
}
