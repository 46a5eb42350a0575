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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.vms.internal.api.socket.SocketTestBed.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.api.event.VmsEventKind;
import org.openhab.binding.vms.internal.api.event.VmsUnknownMessage;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent;
import org.openhab.binding.vms.simulator.pusher.PusherFrames;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.testing.TestResources.Opened;
import org.openhab.core.test.java.JavaTest;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What arrives on a subscribed socket: the protocol's example frames on both channels, events published the push1st
 * way, and everything a server should not send.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsSocketClientEventsTest extends JavaTest {

    /** Every application frame of the protocol examples (39 files, all 37 types). */
    private static final List<String> EXAMPLES = List.of("token-push.logout.json",
            "token-push.archive_generated.json", "token-push.archive_generated.error.json",
            "user-push.cameras_updated.json", "user-push.camera.store_favorite.json",
            "user-push.camera.destroy_favorite.json", "user-push.permissions_updated.json",
            "user-push.layouts_updated.json", "user-push.groups_updated.json", "user-push.groups_created.json",
            "user-push.groups_deleted.json", "user-push.camera_groups_synced.json", "user-push.mark_created.json",
            "user-push.mark_updated.json", "user-push.mark_deleted.json",
            "user-push.analytic_case_motion_detect_event_created.json",
            "user-push.analytic_case_line_intersection_event_created.json",
            "user-push.analytic_case_smoke_fire_event_created.json",
            "user-push.analytic_case_loud_sound_event_created.json",
            "user-push.analytic_case_camera_obstacle_event_created.json",
            "user-push.analytic_case_face_event_created.json",
            "user-push.analytic_case_face_event_created.intercom.json",
            "user-push.analytic_case_license_plate_event_created.json",
            "user-push.analytic_case_person_counting_event_created.json",
            "user-push.analytic_case_visitor_counting_event_created.json",
            "user-push.analytic_case_container_number_recognition_event_created.json",
            "notification.intercom.store.json", "notification.intercom.rename.json",
            "notification.intercom.update.json", "notification.intercom.delete.json",
            "notification.intercom.key_confirmed.json", "notification.intercom.key_error.json",
            "notification.intercom.add_error.json", "notification.intercom.add.json",
            "notification.intercom.code.store.json", "notification.intercom.code.delete.json",
            "notification.intercom.call.store.json", "notification.intercom.call.delete.json",
            "notification.intercom_cancel.json");

    private static final String USER_PUSH = "App\\Events\\UserPush";
    private static final String NOTIFICATION = "Illuminate\\Notifications\\Events\\BroadcastNotificationCreated";
    private static final String GROUPS_UPDATED = "{\"data\":{\"type\":\"groups_updated\"},\"subject\":null,\"message\":null}";

    @RegisterExtension
    final TestResources resources = new TestResources();
    private final Opened<SocketTestBed> bed = resources.opened(SocketTestBed::push1st);
    private final Opened<VmsSocketClient> client = resources.opened(() -> bed.get().subscribedClient());

    @Test
    void everyExampleFrameArrivesAtTheRightCallbackInOrder() {
        SocketTestBed b = bed.get();
        VmsEventDecoder reference = new VmsEventDecoder();
        List<VmsEventKind> expectedKinds = new ArrayList<>();
        List<Boolean> expectedIntercom = new ArrayList<>();
        for (String name : EXAMPLES) {
            VmsEvent expected = assertInstanceOf(VmsEvent.class, reference.decodeFrame(example(name)), name);
            expectedKinds.add(expected.kind());
            expectedIntercom.add(expected instanceof VmsIntercomEvent);
            // the files as they are: pretty-printed, backslashes in event names escaped as \\
            assertEquals(1, b.pusher.sendRawToAll(example(name)));
        }

        waitForAssert(() -> assertEquals(EXAMPLES.size(), b.listener.events.size()));
        assertEquals(expectedKinds, b.listener.events.stream().map(VmsEvent::kind).toList());
        assertEquals(expectedIntercom, b.listener.events.stream().map(e -> e instanceof VmsIntercomEvent).toList());
        for (int i = 0; i < EXAMPLES.size(); i++) {
            JsonObject frame = JsonParser.parseString(example(EXAMPLES.get(i))).getAsJsonObject();
            VmsEvent event = b.listener.events.get(i);
            assertEquals(frame.get("event").getAsString(), event.envelope().pusherEvent(), EXAMPLES.get(i));
            assertEquals(frame.get("channel").getAsString(), event.envelope().channel(), EXAMPLES.get(i));
            assertEquals(frame.get("data").getAsString(), event.envelope().rawJson(), EXAMPLES.get(i));
        }
        assertEquals(EXAMPLES.size(), client.get().getCounters().delivered());
        assertEquals(0, client.get().getCounters().unknownTypes());
        assertTrue(b.listener.intercomEvents.size() >= 13, "all notifications are intercom events");
    }

    @Test
    void bothChannelsDeliverAndEventsCarryTheirChannel() {
        SocketTestBed b = bed.get();

        b.pusher.publish(TOKEN_CHANNEL, "App\\Events\\TokenPush",
                "{\"data\":{\"type\":\"logout\"},\"subject\":\"bye\",\"message\":null}");
        b.pusher.publish(USER_CHANNEL, USER_PUSH, GROUPS_UPDATED);

        waitForAssert(() -> assertEquals(2, b.listener.appEvents.size()));
        VmsAppEvent logout = b.listener.appEvents.get(0);
        assertEquals(VmsEventKind.LOGOUT, logout.kind());
        assertEquals(TOKEN_CHANNEL, logout.envelope().channel());
        assertEquals("App\\Events\\TokenPush", logout.envelope().pusherEvent());
        assertEquals(VmsEventKind.GROUPS_UPDATED, b.listener.appEvents.get(1).kind());
        assertEquals(GROUPS_UPDATED, b.listener.appEvents.get(1).envelope().rawJson());
    }

    @Test
    void notificationsAreAcceptedOnTheTokenChannelToo() {
        // docs/protocol.md, "Pusher events": which channel carries BroadcastNotificationCreated is unknown, so both do
        SocketTestBed b = bed.get();
        JsonObject frame = JsonParser.parseString(example("notification.intercom_cancel.json")).getAsJsonObject();

        b.pusher.publish(TOKEN_CHANNEL, NOTIFICATION, frame.get("data").getAsString());

        waitForAssert(() -> assertEquals(1, b.listener.intercomEvents.size()));
        assertEquals(VmsEventKind.INTERCOM_CALL_CANCELED, b.listener.intercomEvents.get(0).kind());
        assertEquals(TOKEN_CHANNEL, b.listener.intercomEvents.get(0).envelope().channel());
    }

    @Test
    void push1stsExtraKeysAreIgnored() {
        SocketTestBed b = bed.get();
        assertTrue(b.pusher.settings().push1stMessageKeys());

        b.pusher.publish(USER_CHANNEL, USER_PUSH, GROUPS_UPDATED);

        waitForAssert(() -> assertEquals(1, b.listener.appEvents.size()));
        assertEquals(GROUPS_UPDATED, b.listener.appEvents.get(0).envelope().rawJson());
    }

    @Test
    void dataAsAnObjectIsToleratedLikeTheDecoderDoes() {
        SocketTestBed b = bed.get();

        b.pusher.sendRawToAll("{\"event\":\"App\\\\Events\\\\UserPush\",\"channel\":\"" + USER_CHANNEL
                + "\",\"data\":" + GROUPS_UPDATED + "}");

        waitForAssert(() -> assertEquals(1, b.listener.appEvents.size()));
        assertEquals(VmsEventKind.GROUPS_UPDATED, b.listener.appEvents.get(0).kind());
    }

    @Test
    void unknownEventNamesAreCountedAndDropped() {
        SocketTestBed b = bed.get();

        b.pusher.publish(USER_CHANNEL, "App\\Events\\SomethingNew", GROUPS_UPDATED);
        b.pusher.publish(USER_CHANNEL, "App/Events/UserPush", GROUPS_UPDATED);
        b.pusher.publish(USER_CHANNEL, "client-typing", "{}");
        b.pusher.publish(USER_CHANNEL, USER_PUSH, GROUPS_UPDATED);

        // the last, known one arrives, so the three before it have been handled
        waitForAssert(() -> assertEquals(1, b.listener.events.size()));
        assertEquals(VmsEventKind.GROUPS_UPDATED, b.listener.events.get(0).kind());
        assertEquals(3, client.get().getCounters().unknownEventNames());
    }

    @Test
    void aFrameNestedTooDeeplyIsCountedAndDroppedWithoutHarm() {
        SocketTestBed b = bed.get();
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        b.pusher.sendRawToAll("{\"event\":\"App\\\\Events\\\\UserPush\",\"channel\":\"" + USER_CHANNEL
                + "\",\"data\":" + deep + "}");
        b.pusher.publish(USER_CHANNEL, USER_PUSH, GROUPS_UPDATED);

        waitForAssert(() -> assertEquals(1, b.listener.events.size()));
        assertEquals(1, client.get().getCounters().malformedFrames());
    }

    @Test
    void eventsOnChannelsWeDidNotSubscribeAreIgnored() {
        SocketTestBed b = bed.get();

        b.pusher.sendRawToAll(PusherFrames.event("private-user.43", USER_PUSH, GROUPS_UPDATED, null, null));
        b.pusher.publish(USER_CHANNEL, USER_PUSH, GROUPS_UPDATED);

        waitForAssert(() -> assertEquals(1, b.listener.events.size()));
        assertEquals(USER_CHANNEL, b.listener.events.get(0).envelope().channel());
        assertEquals(1, client.get().getCounters().foreignChannels(), "counted as dropped");
    }

    @Test
    void anUnknownTypeIsCountedNotDeliveredAsAnEventButHandedOnAsAnUnknownMessage() {
        SocketTestBed b = bed.get();

        String unknown = "{\"data\":{\"type\":\"brand_new_type\"},\"subject\":null}";
        b.pusher.publish(USER_CHANNEL, USER_PUSH, unknown);
        b.pusher.publish(USER_CHANNEL, USER_PUSH, GROUPS_UPDATED); // the marker: everything before it was read

        waitForAssert(() -> assertEquals(1, b.listener.appEvents.size()));
        assertEquals(VmsEventKind.GROUPS_UPDATED, b.listener.appEvents.get(0).kind());
        assertEquals(1, client.get().getCounters().unknownTypes());
        assertEquals(1, client.get().getCounters().delivered());
        assertEquals(1, b.listener.unknownMessages.size());
        VmsUnknownMessage message = b.listener.unknownMessages.get(0);
        assertEquals("brand_new_type", message.wireType());
        assertEquals(USER_CHANNEL, message.envelope().channel());
        assertEquals(unknown, message.redactedJson());
    }

    /** A rule gets the whole JSON or nothing: beyond the bound an unknown message is only counted. */
    @Test
    void anUnknownMessageLargerThanTheBoundIsOnlyCounted() {
        SocketTestBed b = bed.get();
        String padding = "x".repeat(VmsUnknownMessage.MAX_JSON_CHARS);
        b.pusher.publish(USER_CHANNEL, USER_PUSH, "{\"data\":{\"type\":\"brand_new_type\",\"pad\":\"" + padding
                + "\"}}");
        b.pusher.publish(USER_CHANNEL, USER_PUSH, "{\"data\":{\"type\":\"brand_new_type\",\"pad\":\""
                + padding.substring(100) + "\"}}");
        b.pusher.publish(USER_CHANNEL, USER_PUSH, GROUPS_UPDATED);

        waitForAssert(() -> assertEquals(1, b.listener.appEvents.size()));
        assertEquals(2, client.get().getCounters().unknownTypes(), "both counted");
        assertEquals(1, b.listener.unknownMessages.size(), "only the one within the bound handed on");
        assertTrue(b.listener.unknownMessages.get(0).withinBound());
    }

    @Test
    void malformedFramesAreCountedAndDroppedAndTheSocketCarriesOn() {
        SocketTestBed b = bed.get();
        List<String> garbage = List.of("not json at all", "[1,2,3]", "\"just a string\"", "{\"event\":5}",
                "{\"no\":\"event\"}", "{\"event\":\"App\\\\Events\\\\UserPush\",\"channel\":{\"a\":1},\"data\":\"{}\"}",
                "{\"event\":\"App\\\\Events\\\\UserPush\",\"channel\":[\"" + USER_CHANNEL + "\"]}", "{", "");
        for (String frame : garbage) {
            b.pusher.sendRawToAll(frame);
        }
        b.pusher.publish(USER_CHANNEL, USER_PUSH, GROUPS_UPDATED);

        waitForAssert(() -> assertEquals(1, b.listener.events.size()));
        assertEquals(VmsEventKind.GROUPS_UPDATED, b.listener.events.get(0).kind());
        assertEquals(garbage.size(), client.get().getCounters().malformedFrames());
        assertEquals(0, client.get().getCounters().internalFailures());
        assertEquals(VmsConnectionState.SUBSCRIBED, client.get().getState());
        assertEquals(List.of(), b.listener.errors);
    }

    @Test
    void framesTheLibraryWouldChokeOnDoNotReachIt() {
        SocketTestBed b = bed.get();
        // each of these throws inside pusher-java-client 2.4.4 when it gets them unfiltered
        b.pusher.sendRawToAll("{\"event\":\"App\\\\Events\\\\UserPush\",\"channel\":null,\"data\":\"{}\"}");
        b.pusher.sendRawToAll("{\"event\":\"App\\\\Events\\\\UserPush\",\"channel\":\"" + USER_CHANNEL + "\"}");
        b.pusher.sendRawToAll("{\"event\":\"pusher_internal:subscription_count\",\"channel\":\"" + USER_CHANNEL
                + "\",\"data\":\"not json\"}");
        b.pusher.publish(USER_CHANNEL, USER_PUSH, GROUPS_UPDATED);

        waitForAssert(() -> assertTrue(
                b.listener.events.stream().anyMatch(e -> e.kind() == VmsEventKind.GROUPS_UPDATED)));
        assertEquals(VmsConnectionState.SUBSCRIBED, client.get().getState());
        // the library's own subscription_count parser throws on bad data: caught and counted on its thread
        assertEquals(1, client.get().getCounters().internalFailures());
        // a frame without data reaches the decoder, which drops it as malformed
        assertEquals(List.of(VmsEventKind.GROUPS_UPDATED), b.listener.events.stream().map(VmsEvent::kind).toList());
        assertEquals(1, client.get().getCounters().undecodable());
    }

    @Test
    void aThrowingListenerDoesNotStopTheSocket() {
        SocketTestBed b = bed.get();
        b.listener.onEvent(e -> {
            throw new IllegalStateException("handler bug");
        });

        for (int i = 0; i < 5; i++) {
            b.pusher.publish(USER_CHANNEL, USER_PUSH, GROUPS_UPDATED);
        }

        // a failure is counted after the listener has recorded the event and thrown
        waitForAssert(() -> {
            assertEquals(5, b.listener.events.size());
            assertEquals(5, client.get().getCounters().listenerFailures());
        });
        assertEquals(0, client.get().getCounters().internalFailures());
        assertEquals(VmsConnectionState.SUBSCRIBED, client.get().getState());
        assertEquals(Set.of(THREAD_PREFIX + "-events"), b.listener.threadNames);
    }
}
