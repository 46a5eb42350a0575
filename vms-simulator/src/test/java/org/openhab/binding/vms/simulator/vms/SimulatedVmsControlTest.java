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
package org.openhab.binding.vms.simulator.vms;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.http.RecordedRequest;

/**
 * Fault injection, example replay, request log and backend ownership of the simulated backend.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatedVmsControlTest extends LoggedInTestBase {

    @Test
    void failOverridesARouteWithStatusAndRetryAfterUntilCleared() throws Exception {
        vms().fail("GET", "wsurl", HttpReply.json(503, "{\"message\":\"maintenance\"}").withHeader("Retry-After", "7"));

        HttpResponse<String> failed = client().get("wsurl", token);
        assertEquals(503, failed.statusCode());
        assertEquals("7", failed.headers().firstValue("Retry-After").orElse(""));
        assertEquals(503, client().get("wsurl", token).statusCode());
        assertEquals(200, client().get("users/self", token).statusCode());

        vms().clearFailures();
        assertEquals(200, client().get("wsurl", token).statusCode());
    }

    @Test
    void failForNRequestsThenAnswersNormally() throws Exception {
        vms().fail("POST", "/api/v1/token", HttpReply.json(500, "{}"), 2);

        assertThrows(IllegalStateException.class, () -> client().login());
        assertThrows(IllegalStateException.class, () -> client().login());
        assertNotNull(client().login());
        assertEquals(2, vms().loginCount());
    }

    @Test
    void failedRequestsDoNotChangeState() throws Exception {
        vms().fail("POST", "cameras/1002/favorites", HttpReply.json(500, "{}"));

        assertEquals(500, client().post("cameras/1002/favorites", token).statusCode());
        assertFalse(vms().isFavorite(1002));
        assertTrue(backend.frames().isEmpty());
    }

    @Test
    void wildcardAndAnyMethodFaults() throws Exception {
        vms().fail("*", "cameras/*", HttpReply.json(429, "{\"message\":\"Too Many Attempts.\"}"));

        assertEquals(429, client().get("cameras/1001", token).statusCode());
        assertEquals(429, client().delete("cameras/1001/favorites", token).statusCode());
        assertEquals(200, client().get("intercom", token).statusCode());
        // an exact fault wins over the wildcard
        vms().fail("GET", "cameras/1001", HttpReply.json(409, "{}"));
        assertEquals(409, client().get("cameras/1001", token).statusCode());
    }

    @Test
    void delayMakesAClientTimeOutButTheRequestIsStillServed() throws Exception {
        vms().delay("GET", "intercom/calls/9001", Duration.ofSeconds(3));

        VmsTestClient impatient = new VmsTestClient(vms()).withTimeout(Duration.ofMillis(300));
        assertThrows(HttpTimeoutException.class, () -> impatient.get("intercom/calls/9001", token));
        // other routes are not delayed (answered well within the 3 s; 300 ms can pass on a busy machine), and the
        // delayed request did reach the server
        VmsTestClient prompt = new VmsTestClient(vms()).withTimeout(Duration.ofSeconds(2));
        assertEquals(404, prompt.get("intercom/calls/1", token).statusCode());
        assertEquals(1, vms().requests("GET", "intercom/calls/9001").size());
        vms().clearFailures();
        assertEquals(200, prompt.get("intercom/calls/9001", token).statusCode());
    }

    @Test
    void faultReplyWithDelay() throws Exception {
        vms().fail("GET", "users/self", HttpReply.json(504, "{}").withDelay(Duration.ofSeconds(3)));

        VmsTestClient impatient = new VmsTestClient(vms()).withTimeout(Duration.ofMillis(300));
        assertThrows(HttpTimeoutException.class, () -> impatient.get("users/self", token));
    }

    @Test
    void publishExamplePublishesTheFileAsItIs() {
        vms().publishExample("user-push.mark_created");
        vms().publishExample("token-push.archive_generated.json");

        List<PublishedFrame> frames = backend.frames();
        assertEquals(2, frames.size());
        ExampleFrame mark = VmsExamples.frame("user-push.mark_created");
        assertEquals(new PublishedFrame(mark.channel(), mark.event(), mark.data()), frames.get(0));
        assertEquals(VmsExamples.frame("token-push.archive_generated").data(), frames.get(1).data());
        assertEquals(vms().tokenChannel(), frames.get(1).channel());
    }

    @Test
    void unknownExampleIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> vms().publishExample("user-push.nope"));
    }

    @Test
    void replayAllExamplesPublishesEveryApplicationExampleWithLogoutLast() throws URISyntaxException {
        vms().replayAllExamples();

        List<PublishedFrame> frames = backend.frames();
        assertEquals(39, frames.size());
        assertEquals("logout", VmsWire.innerType(frames.get(38).data()));
        // every example file of the directory is in the replay list, and the list names 37 distinct types
        URL dir = SimulatedVmsControlTest.class.getResource("/vms-examples");
        assertNotNull(dir);
        File[] files = Objects.requireNonNull(new File(dir.toURI()).listFiles(f -> f.getName().endsWith(".json")));
        List<String> names = Arrays.stream(files).map(f -> f.getName().replace(".json", "")).sorted().toList();
        assertEquals(names, VmsExamples.APPLICATION_FRAMES.stream().sorted().toList());
        assertEquals(37, frames.stream().map(f -> VmsWire.innerType(f.data())).distinct().count());
    }

    @Test
    void requestLogShowsWhatTheClientSent() throws Exception {
        vms().clearRequests();
        client().get("wsurl", token);

        List<RecordedRequest> requests = vms().requests("GET", "wsurl");
        assertEquals(1, requests.size());
        assertEquals("Bearer " + token, requests.get(0).header("Authorization"));
        assertEquals(1, vms().requests().size());
    }

    @Test
    void scriptedExactRouteOnTheServerWinsOverTheSimulator() throws Exception {
        vms().server().route("GET", "/api/v1/wsurl", HttpReply.json(200, "{\"ws_url\":\"x\",\"app_key\":\"y\"}"));

        assertEquals("x", VmsTestClient.object(client().get("wsurl", null)).get("ws_url").getAsString());
    }

    @Test
    void closeClosesTheBackend() throws Exception {
        boolean[] closed = { false };
        SimulatedVms other = new SimulatedVms(new RecordingPusherBackend() {
            @Override
            public void close() {
                closed[0] = true;
            }
        });
        other.close();
        assertTrue(closed[0]);
    }

    @Test
    void publishFailureOfTheBackendDoesNotFailTheRestCall() throws Exception {
        SimulatedVms broken = new SimulatedVms(new RecordingPusherBackend() {
            @Override
            public void publish(String channel, String eventName, String dataJson) {
                throw new IllegalStateException("backend down");
            }
        });
        try (broken) {
            VmsTestClient brokenClient = new VmsTestClient(broken);
            String brokenToken = brokenClient.login();
            assertEquals(200, brokenClient.post("cameras/1002/favorites", brokenToken).statusCode());
            assertTrue(broken.isFavorite(1002));
        }
    }
}
