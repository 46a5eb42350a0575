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
package org.openhab.binding.vms.internal.api.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventKind;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;
import org.openhab.binding.vms.internal.api.rest.dto.VmsLoginResult;
import org.openhab.binding.vms.simulator.soketi.SoketiExtension;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.binding.vms.simulator.vms.ExampleFrame;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.SoketiPusherBackend;
import org.openhab.binding.vms.simulator.vms.VmsExamples;
import org.openhab.core.test.java.JavaTest;

/**
 * The protocol client end to end against a real Pusher server (soketi): REST login and socket settings from the
 * simulated VMS, channel authorisation signed with soketi's app secret as a Laravel backend does, both private
 * channels subscribed, and every example message published through soketi's HTTP API (backslashed event names
 * included) arriving decoded, on the channel it was sent to.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsClientSoketiEndToEndTest extends JavaTest {

    @RegisterExtension
    static final SoketiExtension SOKETI = new SoketiExtension("vms-client-e2e", "vms-app-key", "vms-e2e-secret");

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final RecordingSocketListener listener = new RecordingSocketListener();

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<SimulatedVms> vms = resources
            .opened(() -> new SimulatedVms(SoketiPusherBackend.sharing(SOKETI.server())));
    private final HttpClient http = new HttpClient();

    @BeforeEach
    void startHttpClient() throws Exception {
        http.start();
        resources.add(http::stop);
    }

    private VmsSocketClient connectLikeTheBinding(SimulatedVms v) throws Exception {
        VmsRestClient rest = new VmsRestClient(http, VmsRestConfig.of(v.baseUrl()));
        VmsLoginResult login = rest.login(SimulatedVms.DEFAULT_LOGIN, SimulatedVms.DEFAULT_PASSWORD);
        org.openhab.binding.vms.internal.api.rest.dto.VmsWsUrl server = rest.getSocketSettings();
        VmsSocketUrl url = VmsSocketUrl.resolve(server.wsUrl(), server.appKey(), null, null, "test");
        VmsSocketClient client = new VmsSocketClient(
                VmsSocketSettings.of(url, login.user().accessTokenId(), login.user().id())
                        .withThreadNamePrefix("e2e-vms-socket"),
                rest, listener);
        resources.add(client);
        client.connect();
        waitForAssert(() -> assertEquals(VmsConnectionState.SUBSCRIBED, client.getState()),
                TIMEOUT.toMillis(), DFL_SLEEP_TIME);
        return client;
    }

    @Test
    void bothPrivateChannelsAreAuthorisedThroughTheRestClientAndSubscribed() throws Exception {
        SimulatedVms v = vms.get();
        VmsSocketClient client = connectLikeTheBinding(v);

        assertEquals(Set.of(v.userChannel(), v.tokenChannel()), client.getSubscribedChannels());
        // the URL follows the deployment's shape: <ws_url path>/app/<key>
        assertEquals("/pusher", client.getUrl().pathPrefix());
        assertEquals(2, v.requests("POST", "/api/v1/broadcasting/auth").size());
    }

    @Test
    void everyExampleMessagePublishedThroughSoketiArrivesDecodedOnItsChannel() throws Exception {
        SimulatedVms v = vms.get();
        connectLikeTheBinding(v);

        List<String> names = VmsExamples.APPLICATION_FRAMES;
        for (String name : names) {
            v.publishExample(name);
        }

        waitForAssert(() -> assertEquals(names.size(), listener.events.size()), TIMEOUT.toMillis(), DFL_SLEEP_TIME);
        for (int i = 0; i < names.size(); i++) {
            ExampleFrame frame = VmsExamples.frame(names.get(i));
            VmsEvent event = listener.events.get(i);
            String where = names.get(i);
            assertEquals(frame.event(), event.envelope().pusherEvent(), where);
            assertEquals(frame.channel(), event.envelope().channel(), where);
            assertEquals(v.exampleData(names.get(i)), event.envelope().rawJson(), where);
            assertEquals(VmsEventKind.fromWireType(event.envelope().wireType()), event.kind(), where);
        }
        Set<VmsEventKind> kinds = listener.events.stream().map(VmsEvent::kind).collect(Collectors.toSet());
        Set<VmsEventKind> all = Set.of(VmsEventKind.values());
        assertEquals(all, kinds, "all 37 message types arrive decoded");
        Set<String> channels = listener.events.stream().map(e -> String.valueOf(e.envelope().channel()))
                .collect(Collectors.toSet());
        assertEquals(Set.of(v.userChannel(), v.tokenChannel()), channels, "events arrive on both channels");
    }
}
