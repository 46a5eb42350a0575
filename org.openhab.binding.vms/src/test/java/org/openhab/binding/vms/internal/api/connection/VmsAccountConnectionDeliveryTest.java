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
package org.openhab.binding.vms.internal.api.connection;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.vms.internal.api.connection.ConnectionTestBed.awaitOnline;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.api.event.VmsEventKind;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.binding.vms.simulator.vms.NotificationChannels;
import org.openhab.core.test.java.JavaTest;

/**
 * How events reach the listener: de-duplicated, in order, on the connection's own thread, without a slow listener
 * holding up the socket; and that {@code stop()} leaves nothing behind.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsAccountConnectionDeliveryTest extends JavaTest {

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<ConnectionTestBed> bed = resources.opened(ConnectionTestBed::loopback);

    @Test
    void aNotificationSentOnBothChannelsIsDeliveredOnce() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.online(b.credentials());
        b.vms.setNotificationChannels(NotificationChannels.BOTH);

        b.vms.renameIntercom(301, "Gate");
        b.vms.renameIntercom(301, "Back gate");
        b.vms.setFavorite(1002, true); // the marker: everything before it was processed

        waitForAssert(() -> assertEquals(
                List.of(VmsEventKind.INTERCOM_RENAMED, VmsEventKind.INTERCOM_RENAMED, VmsEventKind.FAVORITE_ADDED),
                b.listener.eventKinds()));
        assertEquals(2, connection.getStatistics().duplicatesSuppressed());
        assertEquals(5, connection.getStatistics().messagesReceived());
    }

    @Test
    void theSameFrameTwiceIsDeliveredOnce() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.online(b.credentials());

        b.vms.publishExample("user-push.analytic_case_motion_detect_event_created");
        b.vms.publishExample("user-push.analytic_case_motion_detect_event_created");
        b.vms.publishExample("user-push.permissions_updated");
        b.vms.publishExample("user-push.permissions_updated");
        b.vms.setFavorite(1002, true);

        waitForAssert(() -> assertEquals(List.of(VmsEventKind.ANALYTIC_MOTION_DETECT,
                VmsEventKind.PERMISSIONS_UPDATED, VmsEventKind.FAVORITE_ADDED), b.listener.eventKinds()));
        assertEquals(2, connection.getStatistics().duplicatesSuppressed());
    }

    @Test
    void favouriteAddedRemovedAddedIsThreeChanges() {
        ConnectionTestBed b = bed.get();
        b.online(b.credentials());

        b.vms.setFavorite(1002, true);
        b.vms.setFavorite(1002, false);
        b.vms.setFavorite(1002, true);

        waitForAssert(() -> assertEquals(List.of(VmsEventKind.FAVORITE_ADDED, VmsEventKind.FAVORITE_REMOVED,
                VmsEventKind.FAVORITE_ADDED), b.listener.eventKinds()));
    }

    @Test
    void aCallRingingThenMissedIsTwoChanges() {
        ConnectionTestBed b = bed.get();
        b.online(b.credentials());

        int call = b.vms.storeCall(301, "ring").id();
        b.vms.cancelCall(call);
        b.vms.storeCall(301, "answered");

        waitForAssert(() -> assertEquals(List.of(VmsEventKind.INTERCOM_CALL_STORED,
                VmsEventKind.INTERCOM_CALL_CANCELED, VmsEventKind.INTERCOM_CALL_STORED), b.listener.eventKinds()));
    }

    @Test
    void malformedAndUnknownMessagesAreCountedNotDelivered() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.online(b.credentials());

        b.vms.publish(b.vms.userChannel(), "App\\Events\\UserPush", "{\"data\":{\"type\":\"brand_new_type\"}}");
        b.vms.publish(b.vms.userChannel(), "App\\Events\\UserPush", "not json");
        b.vms.publish(b.vms.userChannel(), "Some\\Other\\Event", "{}");
        b.vms.setFavorite(1002, true);

        waitForAssert(() -> assertEquals(List.of(VmsEventKind.FAVORITE_ADDED), b.listener.eventKinds()));
        assertEquals(3, connection.getStatistics().messagesDropped());
    }

    @Test
    void allListenerCallsComeInOrderOnOneThreadOfTheConnection() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.online(b.credentials());
        b.vms.setFavorite(1002, true);
        b.serverConnection().close(4200, "go again");
        waitForAssert(() -> assertEquals(2, b.listener.resyncs.get()));
        connection.stop();

        assertEquals(Set.of("OH-binding-" + b.name + "-listener"), b.listener.threadNames);
        assertEquals(1, b.listener.maxConcurrentCalls);
        List<String> calls = b.listener.calls;
        assertEquals("status:STARTING", calls.get(0));
        assertTrue(calls.indexOf("status:RECONNECTING") > calls.indexOf("event:FAVORITE_ADDED"));
        assertTrue(calls.lastIndexOf("resync") > calls.lastIndexOf("status:ONLINE"));
    }

    @Test
    void aSlowListenerDoesNotHoldUpTheSocket() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.online(b.credentials());
        CountDownLatch release = b.listener.blockEvents();

        b.vms.setFavorite(1002, true); // the listener blocks on this one
        waitForAssert(() -> assertEquals(1, b.listener.concurrentCalls.get()));
        b.vms.setFavorite(1002, false);
        b.vms.setFavorite(1002, true);
        b.vms.setFavorite(1001, false);

        // the socket thread goes on reading while the listener is stuck
        waitForAssert(() -> assertEquals(4, connection.getStatistics().messagesReceived()));
        assertEquals(0, b.listener.events.size());

        release.countDown();
        waitForAssert(() -> assertEquals(List.of(VmsEventKind.FAVORITE_ADDED, VmsEventKind.FAVORITE_REMOVED,
                VmsEventKind.FAVORITE_ADDED, VmsEventKind.FAVORITE_REMOVED), b.listener.eventKinds()));
    }

    @Test
    void aFullQueueDropsAndCountsEventsThenAsksForResync() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.connection(b.credentials(), b.policy().withEventQueueCapacity(2));
        connection.start();
        awaitOnline(connection);
        waitForAssert(() -> assertEquals(1, b.listener.resyncs.get()));
        CountDownLatch release = b.listener.blockEvents();

        b.vms.setFavorite(1002, true); // in the listener
        waitForAssert(() -> assertEquals(1, b.listener.concurrentCalls.get()));
        b.vms.setFavorite(1002, false); // queued
        b.vms.setFavorite(1001, false); // dropped (one in the listener and one queued fill the two places)
        b.vms.setFavorite(1001, true); // dropped
        // the socket thread counts a message as received before it offers it to the full queue
        waitForAssert(() -> {
            assertEquals(4, connection.getStatistics().messagesReceived());
            assertEquals(2, connection.getStatistics().messagesDropped());
        });

        release.countDown();
        waitForAssert(() -> assertEquals(2, b.listener.resyncs.get()));
        assertEquals(List.of(VmsEventKind.FAVORITE_ADDED, VmsEventKind.FAVORITE_REMOVED), b.listener.eventKinds());
    }

    @Test
    void aThrowingListenerDoesNotStopDelivery() {
        ConnectionTestBed b = bed.get();
        RecordingAccountListener recorder = b.listener;
        VmsAccountListener throwing = new VmsAccountListener() {
            @Override
            public void statusChanged(VmsAccountStatus status,
                    org.openhab.binding.vms.internal.api.@Nullable VmsApiException problem) {
                recorder.statusChanged(status, problem);
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void socketStateChanged(org.openhab.binding.vms.internal.api.socket.VmsConnectionState state) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void resyncNeeded() {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void event(org.openhab.binding.vms.internal.api.event.VmsEvent event) {
                recorder.event(event);
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void unknownMessage(org.openhab.binding.vms.internal.api.event.VmsUnknownMessage message) {
                throw new IllegalStateException("listener bug");
            }
        };
        VmsAccountConnection connection = b.connection(b.credentials(), b.policy(), throwing);
        connection.start();
        awaitOnline(connection);

        b.vms.setFavorite(1002, true);
        b.vms.setFavorite(1002, false);

        waitForAssert(() -> assertEquals(2, recorder.events.size()));
        assertTrue(connection.listenerFailures() >= 4);
    }

    @Test
    void threadsCarryTheConnectionsNameAndEndAfterStop() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.online(b.credentials());
        b.vms.setFavorite(1002, true);
        waitForAssert(() -> assertEquals(1, b.listener.events.size()));
        String prefix = "OH-binding-" + b.name;
        Set<String> threads = b.connectionThreads();
        assertTrue(threads.contains(prefix + "-listener"), threads.toString());
        assertTrue(threads.contains(prefix + "-socket-events"), threads.toString());
        assertTrue(threads.stream().anyMatch(t -> t.startsWith(prefix + "-socket-read-")), threads.toString());

        connection.stop();
        int calls = b.listener.calls.size();

        waitForAssert(() -> assertEquals(Set.of(), b.connectionThreads()));
        waitForAssert(() -> assertEquals(0, b.pusher().connectionCount()));
        assertEquals(VmsAccountStatus.STOPPED, connection.getStatus());
        assertEquals(calls, b.listener.calls.size(), "no listener call after stop()");
        assertTrue(b.scheduler.getQueue().isEmpty(), "no job left on the scheduler");
    }

    @Test
    void stopWhileConnectingLeavesNothingBehind() {
        ConnectionTestBed b = bed.get();
        // long enough that a busy machine still stops the connection before the answer comes
        b.vms.delay("GET", "wsurl", Duration.ofSeconds(2));
        VmsAccountConnection connection = b.connection(b.credentials());
        connection.start();
        waitForAssert(() -> assertEquals(1, b.wsUrlRequests()));

        connection.stop(); // returns at once although the REST call is still running
        assertEquals(VmsAccountStatus.STOPPED, connection.getStatus());
        int calls = b.listener.calls.size();

        waitForAssert(() -> assertEquals(0, b.scheduler.getActiveCount())); // the attempt has seen its answer
        assertTrue(b.scheduler.getQueue().isEmpty(), "no job left on the scheduler");
        assertEquals(0, b.pusher().allConnections().size(), "no socket was opened after stop()");
        waitForAssert(() -> assertEquals(Set.of(), b.connectionThreads()));
        assertEquals(calls, b.listener.calls.size(), "no listener call after stop()");
    }

    @Test
    void stopWhileBackingOffLeavesNothingBehind() {
        ConnectionTestBed b = bed.get();
        b.vms.fail("GET", "wsurl", HttpReply.json(503, "{\"message\":\"Technical works\"}"));
        VmsAccountConnection connection = b.connection(b.credentials(), b.policy()
                .withBackoff(Duration.ofSeconds(60), ConnectionTestBed.MINIMUM_DELAY));
        connection.start();
        waitForAssert(() -> assertEquals(VmsAccountStatus.RECONNECTING, connection.getStatus()));
        waitForAssert(() -> assertEquals(1, b.scheduler.getQueue().size())); // the retry in 30 s

        connection.stop();
        int calls = b.listener.calls.size();

        assertTrue(b.scheduler.getQueue().isEmpty(), "the scheduled retry was cancelled");
        waitForAssert(() -> assertEquals(0, b.scheduler.getActiveCount()));
        waitForAssert(() -> assertEquals(Set.of(), b.connectionThreads()));
        assertEquals(calls, b.listener.calls.size(), "no listener call after stop()");
        assertEquals(1, b.wsUrlRequests());
    }

    @Test
    void stopWhileTheSocketIsOpeningLeavesNothingBehind() {
        ConnectionTestBed b = bed.get();
        // long enough that a busy machine still stops the connection before the answer comes
        b.vms.delay("POST", "broadcasting/auth", Duration.ofSeconds(2));
        VmsAccountConnection connection = b.connection(b.credentials());
        connection.start();
        waitForAssert(() -> assertEquals(1, b.vms.requests("POST", "broadcasting/auth").size()));

        connection.stop(); // while the first channel's authorisation is under way
        int calls = b.listener.calls.size();

        waitForAssert(() -> assertEquals(0, b.pusher().connectionCount()));
        assertTrue(b.scheduler.getQueue().isEmpty(), "the connect time-out was cancelled");
        assertEquals(1, b.vms.requests("POST", "broadcasting/auth").size(),
                "the second channel is not authorised for a socket that is going away");
        // pusher-java-client queues a last task after it shut its event thread down in this race; the closed socket
        // client drops it instead of starting a thread again, so every thread ends at once
        waitForAssert(() -> assertEquals(Set.of(), b.connectionThreads()));
        assertEquals(calls, b.listener.calls.size(), "no listener call after stop()");
    }

    @Test
    void startAndStopAreIdempotentAndRestartable() {
        ConnectionTestBed b = bed.get();
        VmsAccountConnection connection = b.connection(b.credentials());
        connection.stop();
        connection.start();
        connection.start();
        awaitOnline(connection);
        connection.stop();
        connection.stop();
        connection.start();
        awaitOnline(connection);

        assertEquals(1, b.vms.loginCount(), "the second start used the stored token");
        waitForAssert(() -> assertEquals(1, b.pusher().connectionCount()));
    }
}
