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
package org.openhab.binding.vms.internal.fuzz;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.quality.Strictness;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConnection;
import org.openhab.binding.vms.internal.api.connection.VmsAccountStatus;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionPolicy;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionStatistics;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.handler.VmsIntercomHandler;
import org.openhab.binding.vms.internal.testsupport.SharedHttpClient;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.binding.vms.simulator.vms.LoopbackPusherBackend;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.core.test.java.JavaTest;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * Hostile configuration values: each ends in a clear OFFLINE/CONFIGURATION_ERROR set by {@code initialize()}
 * itself (nothing is started, so no thread can be left behind), or, when the value is valid after all, the Thing
 * works against the simulated VMS; never an exception out of {@code initialize()}, and after {@code dispose()} no
 * thread of the account is left. {@code {base}} stands for the simulated VMS's REST address, {@code {ws}} for its
 * socket address (host and port) and {@code {port}} for the REST port.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
@ExtendWith(UncaughtExceptionWatch.class)
class VmsHostileConfigurationTest extends JavaTest {

    private static final long TIMEOUT_MS = 20_000;
    private static final String THREAD_PREFIX = "OH-binding-" + FuzzBed.BRIDGE_UID.getAsString();

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<SimulatedVms> sim = resources.opened(SimulatedVms::withLoopbackPusher);
    private final Opened<HttpClient> httpClient = SharedHttpClient.opened(resources);

    // ---------------------------------------------------------------- the server address

    static Stream<String> unusableBaseUrls() {
        return Stream.of("", "   ", "{base} with space", "{base}/a b", "127.0.0.1:{port}", "vms.example.com",
                "//127.0.0.1:{port}", "javascript:alert(1)", "javascript://127.0.0.1/%0aalert(1)", "file:///etc/passwd",
                "ftp://127.0.0.1:{port}", "data:text/html,hi", "http://", "http:///api/v1", "{base}/" + "a".repeat(100_000),
                "http://" + "a".repeat(300) + ".example.com", "http://vmś.example.com", "http://xn--.example.com:99999",
                "http://[::1", "{base}?x=1", "{base}/api/v1?token=abc", "{base}#frag",
                "http://127.0.0.1:99999", "http://127.0.0.1:0", "http://127.0.0.1:-1", "http://127.0.0.1:{port}abc",
                "{base}\r\nX-Injected: 1", "{base}/a\u0000b", "{base}/ünï", "http://user:pw@127.0.0.1:{port}",
                "http://127.0.0.1:{port}/\u202e", "\u202ehttp://127.0.0.1:{port}");
    }

    @ParameterizedTest
    @MethodSource("unusableBaseUrls")
    void anUnusableServerAddressIsAConfigurationErrorAndStartsNothing(String baseUrl) {
        FuzzBed bridge = bridge(Map.of("baseUrl", expand(baseUrl)));
        assertConfigurationErrorAndNothingStarted(bridge);
    }

    static Stream<String> usableBaseUrls() {
        return Stream.of("  {base}  ", "{base}/", "{base}/api/v1/", "{base}/API/V1", "HTTP://127.0.0.1:{port}",
                "{base}\u0000", "http://[::ffff:127.0.0.1]:{port}");
    }

    @ParameterizedTest
    @MethodSource("usableBaseUrls")
    void aServerAddressThatIsValidAfterAllWorks(String baseUrl) {
        FuzzBed bridge = bridge(Map.of("baseUrl", expand(baseUrl)));
        bridge.start();
        waitForBridge(bridge, ThingStatus.ONLINE, ThingStatusDetail.NONE);
    }

    // ---------------------------------------------------------------- the socket overrides

    static Stream<Arguments> unusableSocketOverrides() {
        return Stream.of(Arguments.of("ws://{ws}/../../pusher", ""), Arguments.of("ws://{ws}/pusher/..", ""),
                Arguments.of("ws://{ws}/%2e%2e/pusher", ""), Arguments.of("ws://{ws}/pusher?x=1&y=2", ""),
                Arguments.of("ws://{ws}/pusher#x", ""), Arguments.of("ws://{ws}/pusher\r\nX-Injected: 1", ""),
                Arguments.of("ws://{ws}/pusher%0d%0aX-Injected:%201", ""), Arguments.of("ws://{ws}/push%00er", ""),
                Arguments.of("javascript:alert(1)", ""), Arguments.of("file:///etc/passwd", ""),
                Arguments.of("{ws}/pusher", ""), Arguments.of("ws://user:pw@{ws}/pusher", ""),
                Arguments.of("ws://127.0.0.1:99999/pusher", ""), Arguments.of("ws:///pusher", ""),
                Arguments.of("", "../../etc/passwd"), Arguments.of("", "key?x=1"), Arguments.of("", "key&x=1"),
                Arguments.of("", "key\r\nX-Injected: 1"), Arguments.of("", ".."), Arguments.of("", "."),
                Arguments.of("", "key%2F.."), Arguments.of("", "ключ"), Arguments.of("", "a".repeat(10_000)));
    }

    @ParameterizedTest
    @MethodSource("unusableSocketOverrides")
    void anUnusableSocketOverrideIsAConfigurationErrorAndStartsNothing(String socketUrl, String appKey) {
        FuzzBed bridge = bridge(Map.of("socketUrl", expand(socketUrl), "appKey", appKey));
        assertConfigurationErrorAndNothingStarted(bridge);
    }

    static Stream<Arguments> usableSocketOverrides() {
        return Stream.of(Arguments.of(" ws://{ws}/pusher ", ""), Arguments.of("ws://{ws}/pusher/", ""),
                Arguments.of("http://{ws}/pusher", ""), Arguments.of("", " vms-app-key "),
                Arguments.of("ws://{ws}", "vms-app-key"));
    }

    @ParameterizedTest
    @MethodSource("usableSocketOverrides")
    void aSocketOverrideThatIsValidAfterAllWorks(String socketUrl, String appKey) {
        FuzzBed bridge = bridge(Map.of("socketUrl", expand(socketUrl), "appKey", appKey));
        bridge.start();
        waitForBridge(bridge, ThingStatus.ONLINE, ThingStatusDetail.NONE);
    }

    // ---------------------------------------------------------------- camera and intercom ids

    /** NaN and infinities are not here: a Configuration cannot hold them (it normalises numbers to BigDecimal). */
    static Stream<Object> invalidIds() {
        return Stream.of(0, -1, Long.MIN_VALUE, new BigDecimal("0"), new BigDecimal("-301"), new BigDecimal("1e30"),
                // 2^64 + 301: a long conversion that drops the high bits would make this intercom 301
                new BigDecimal("18446744073709551917"), new BigDecimal("301.5"), 301.5, 0.5f, "", " ", "abc",
                "301abc", "0x12d", "-301", "1e3", "99999999999999999999",
                true, "301; DROP TABLE");
    }

    @ParameterizedTest
    @MethodSource("invalidIds")
    void anInvalidCameraOrIntercomIdIsAConfigurationError(Object id) {
        FuzzBed bridge = bridgeWithMockedConnection();
        VmsCameraHandler camera = assertDoesNotThrow(() -> bridge.camera(id));
        VmsIntercomHandler door = assertDoesNotThrow(() -> bridge.intercom(id));
        for (var child : new org.openhab.core.thing.binding.ThingHandler[] { camera, door }) {
            ThingStatusInfo info = bridge.status(child);
            assertEquals(ThingStatus.OFFLINE, info.getStatus(), info::toString);
            assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, info.getStatusDetail(), info::toString);
        }
        assertEquals(0, camera.getCameraId());
        assertEquals(0, door.getIntercomId());
    }

    static Stream<Object> validIds() {
        return Stream.of(301, 301L, new BigDecimal("301"), new BigDecimal("301.000"), new BigDecimal("3.01e2"),
                301.0, "301", " 301 ");
    }

    @ParameterizedTest
    @MethodSource("validIds")
    void aValidIdInAnyNumericShapeWorks(Object id) {
        FuzzBed bridge = bridgeWithMockedConnection();
        VmsCameraHandler camera = bridge.camera(id);
        VmsIntercomHandler door = bridge.intercom(id);
        assertEquals(ThingStatus.ONLINE, bridge.status(camera).getStatus(), () -> bridge.status(camera).toString());
        assertEquals(ThingStatus.ONLINE, bridge.status(door).getStatus(), () -> bridge.status(door).toString());
        assertEquals(301, camera.getCameraId());
        assertEquals(301, door.getIntercomId());
    }

    // ---------------------------------------------------------------- helpers

    /** A bridge for the simulated account with {@code changes} applied, on a real connection. */
    private FuzzBed bridge(Map<String, Object> changes) {
        SimulatedVms sim = this.sim.get();
        Map<String, Object> config = new HashMap<>(Map.of("baseUrl", sim.baseUrl(), "login",
                SimulatedVms.DEFAULT_LOGIN, "password", SimulatedVms.DEFAULT_PASSWORD));
        config.putAll(changes);
        VmsConnectionPolicy policy = VmsConnectionPolicy.defaults()
                .withBackoff(Duration.ofMillis(200), Duration.ofMillis(10)).withConnectTimeout(Duration.ofSeconds(10));
        HttpClient http = httpClient.get();
        FuzzBed bridge = new FuzzBed(config, http, (accountConfig, client, store, scheduler,
                listener) -> new VmsAccountConnection(accountConfig, http, store, scheduler, listener, policy));
        return opened(bridge);
    }

    /** An ONLINE bridge whose connection is a mock: for the children's own configuration. */
    private FuzzBed bridgeWithMockedConnection() {
        VmsAccountConnection connection = mock(VmsAccountConnection.class,
                withSettings().stubOnly().strictness(Strictness.LENIENT));
        when(connection.getStatus()).thenReturn(VmsAccountStatus.ONLINE);
        when(connection.getStatistics()).thenReturn(new VmsConnectionStatistics(0, 0, 0, 0, 0));
        FuzzBed bridge = new FuzzBed(Map.of("baseUrl", "https://vms.example.com", "login", "jane", "password",
                "secret"), httpClient.get(), (config, client, store, scheduler, listener) -> connection);
        opened(bridge);
        bridge.start();
        bridge.account.statusChanged(VmsAccountStatus.ONLINE, null);
        assertEquals(ThingStatus.ONLINE, bridge.bridgeStatus().getStatus());
        return bridge;
    }

    /** Closed after the test, and then nothing of the account may outlive its Thing. */
    private FuzzBed opened(FuzzBed bridge) {
        resources.add(() -> waitForAssert(() -> assertEquals(List.of(), Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(THREAD_PREFIX)).map(Thread::getName).toList()),
                TIMEOUT_MS, 20));
        return resources.add(bridge);
    }

    private void assertConfigurationErrorAndNothingStarted(FuzzBed bridge) {
        assertDoesNotThrow(bridge::start);
        ThingStatusInfo info = bridge.bridgeStatus();
        assertEquals(ThingStatus.OFFLINE, info.getStatus(), info::toString);
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, info.getStatusDetail(), info::toString);
        String description = info.getDescription();
        assertNotNull(description);
        assertTrue(description.startsWith("@text/offline.conf-error-"), description);
        assertEquals(0, bridge.connectionsCreated.get(), "no connection was started");
    }

    private void waitForBridge(FuzzBed bridge, ThingStatus status, ThingStatusDetail detail) {
        waitForAssert(() -> {
            ThingStatusInfo info = bridge.bridgeStatus();
            assertEquals(status, info.getStatus(), info::toString);
            assertEquals(detail, info.getStatusDetail(), info::toString);
        }, TIMEOUT_MS, 20);
    }

    private String expand(String template) {
        SimulatedVms sim = this.sim.get();
        String base = sim.baseUrl();
        String port = base.substring(base.lastIndexOf(':') + 1);
        String ws = ((LoopbackPusherBackend) sim.backend()).server().wsUrl("").replace("ws://", "");
        return template.replace("{base}", base).replace("{port}", port).replace("{ws}", ws);
    }
}
