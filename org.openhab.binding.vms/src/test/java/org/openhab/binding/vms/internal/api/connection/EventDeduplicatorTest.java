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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What counts as the same message, on decoded protocol examples.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class EventDeduplicatorTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final EventDeduplicator deduplicator = new EventDeduplicator(Duration.ofMinutes(10),
            Duration.ofSeconds(30), 100, clock);
    private final VmsEventDecoder decoder = new VmsEventDecoder();

    @Test
    void aNotificationIsIdentifiedByItsIdOnEitherChannel() {
        VmsEvent onUser = example("notification.intercom.rename");
        VmsEvent onToken = withChannel("notification.intercom.rename", "private-token.abc");

        assertTrue(deduplicator.admit(onUser));
        assertFalse(deduplicator.admit(onToken));
        clock.advance(Duration.ofMinutes(9));
        assertFalse(deduplicator.admit(onUser));
        assertEquals(2, deduplicator.suppressed());
        clock.advance(Duration.ofMinutes(2));
        assertTrue(deduplicator.admit(onUser), "after the window it is news again");
    }

    @Test
    void anotherNotificationIdIsAnotherMessageEvenWithTheSamePayload() {
        assertTrue(deduplicator.admit(example("notification.intercom.rename")));
        assertTrue(deduplicator.admit(withNotificationId("notification.intercom.rename", "another-uuid")));
    }

    @Test
    void anAnalyticDetectionIsIdentifiedByItsEventId() {
        VmsEvent detection = example("user-push.analytic_case_motion_detect_event_created");
        assertTrue(deduplicator.admit(detection));
        clock.advance(Duration.ofMinutes(5)); // a server retry minutes later is still recognised
        assertFalse(deduplicator.admit(example("user-push.analytic_case_motion_detect_event_created")));
    }

    @Test
    void twoDifferentEditsOfAMarkAreBothDelivered() {
        assertTrue(deduplicator.admit(example("user-push.mark_created")));
        assertTrue(deduplicator.admit(example("user-push.mark_updated")));
        assertFalse(deduplicator.admit(example("user-push.mark_updated")));
        assertTrue(deduplicator.admit(editedMark("Parcel collected")));
        assertTrue(deduplicator.admit(example("user-push.mark_deleted")));
    }

    @Test
    void favouriteAddedRemovedAddedIsNotADuplicateButAddedAddedIs() {
        VmsEvent added = example("user-push.camera.store_favorite");
        VmsEvent removed = example("user-push.camera.destroy_favorite");

        assertTrue(deduplicator.admit(added));
        assertFalse(deduplicator.admit(added));
        assertTrue(deduplicator.admit(removed));
        assertTrue(deduplicator.admit(added));
        assertEquals(1, deduplicator.suppressed());
    }

    @Test
    void messagesWithoutIdentityAreComparedByRawJsonWithinTheShortWindow() {
        VmsEvent permissions = example("user-push.permissions_updated");
        assertTrue(deduplicator.admit(permissions));
        assertFalse(deduplicator.admit(permissions));
        clock.advance(Duration.ofSeconds(31));
        assertTrue(deduplicator.admit(permissions));

        VmsEvent cameras = example("user-push.cameras_updated");
        assertTrue(deduplicator.admit(cameras));
        assertTrue(deduplicator.admit(rawVariant("user-push.cameras_updated", "\"attached\"", "\"detached\"")),
                "different content is a different message");
        assertTrue(deduplicator.admit(cameras), "and back again is a change too");
    }

    @Test
    void logoutIsNeverSuppressed() {
        VmsEvent logout = example("token-push.logout");
        assertTrue(deduplicator.admit(logout));
        assertTrue(deduplicator.admit(logout));
        assertEquals(0, deduplicator.suppressed());
    }

    @Test
    void theMemoryIsBounded() {
        EventDeduplicator small = new EventDeduplicator(Duration.ofMinutes(10), Duration.ofSeconds(30), 2, clock);
        VmsEvent first = example("user-push.analytic_case_motion_detect_event_created");
        assertTrue(small.admit(first));
        assertTrue(small.admit(example("user-push.analytic_case_smoke_fire_event_created")));
        assertTrue(small.admit(example("user-push.analytic_case_loud_sound_event_created")));
        assertTrue(small.admit(first), "the oldest was forgotten");
    }

    @Test
    void keysHoldNoRawContent() {
        DedupKey key = DedupKeys.of(example("notification.intercom.code.store"));
        assertNotNull(key);
        assertFalse(key.fingerprint().contains("code") && key.fingerprint().contains("{"), key.toString());
        DedupKey raw = DedupKeys.of(example("user-push.permissions_updated"));
        assertNotNull(raw);
        assertEquals(64, raw.fingerprint().length(), "a SHA-256 digest, not the JSON");
    }

    // ---- helpers

    @Test
    void aCallSeenLiveIsNotCaughtUpAndADetectionCaughtUpIsNotDeliveredLiveAgain() {
        assertTrue(deduplicator.admit(withNotificationId("notification.intercom.call.store", "n-1")));
        assertFalse(deduplicator.admitLate(historyCall("missed")), "the history's copy of the call seen live");
        assertTrue(deduplicator.admitLate(historyCall("answered")), "a status the socket never said is new");

        assertTrue(deduplicator.admitLate(example("user-push.analytic_case_motion_detect_event_created")));
        assertFalse(deduplicator.admit(example("user-push.analytic_case_motion_detect_event_created")),
                "the socket's copy of a detection already caught up");
        assertFalse(deduplicator.admitLate(example("user-push.analytic_case_motion_detect_event_created")));
    }

    @Test
    void identitiesKeptAcrossARestartAreNotCaughtUpAndMessagesWithoutHistoryNeverAre() {
        deduplicator.remember(List.of("mark:5501"));
        assertFalse(deduplicator.admitLate(example("user-push.mark_created")));
        assertFalse(deduplicator.admitLate(example("user-push.camera.store_favorite")), "no history of favourites");
    }

    /** A call as the history holds it: the call model in the message the socket carries, no notification id. */
    private VmsEvent historyCall(String status) {
        JsonObject frame = JsonParser.parseString(exampleText("notification.intercom.call.store")).getAsJsonObject();
        JsonObject data = JsonParser.parseString(frame.get("data").getAsString()).getAsJsonObject();
        data.remove("id");
        data.getAsJsonObject("intercom_call").addProperty("status", status);
        frame.addProperty("data", data.toString());
        return decoded(frame.toString());
    }

    private VmsEvent example(String name) {
        return decoded(exampleText(name));
    }

    private VmsEvent withChannel(String name, String channel) {
        JsonObject frame = JsonParser.parseString(exampleText(name)).getAsJsonObject();
        frame.addProperty("channel", channel);
        return decoded(frame.toString());
    }

    private VmsEvent withNotificationId(String name, String id) {
        JsonObject frame = JsonParser.parseString(exampleText(name)).getAsJsonObject();
        JsonObject data = JsonParser.parseString(frame.get("data").getAsString()).getAsJsonObject();
        data.addProperty("id", id);
        frame.addProperty("data", data.toString());
        return decoded(frame.toString());
    }

    private VmsEvent editedMark(String title) {
        JsonObject frame = JsonParser.parseString(exampleText("user-push.mark_updated")).getAsJsonObject();
        JsonObject data = JsonParser.parseString(frame.get("data").getAsString()).getAsJsonObject();
        data.getAsJsonObject("data").getAsJsonObject("data").addProperty("title", title);
        frame.addProperty("data", data.toString());
        return decoded(frame.toString());
    }

    private VmsEvent rawVariant(String name, String from, String to) {
        JsonObject frame = JsonParser.parseString(exampleText(name)).getAsJsonObject();
        String data = frame.get("data").getAsString();
        String swapped = data.replace(from, "\"__tmp__\"").replace(to, from).replace("\"__tmp__\"", to);
        assertNotEquals(data, swapped);
        frame.addProperty("data", swapped);
        return decoded(frame.toString());
    }

    private VmsEvent decoded(String frame) {
        return assertInstanceOf(VmsEvent.class, decoder.decodeFrame(frame));
    }

    private static String exampleText(String name) {
        String path = "/vms-examples/" + name + ".json";
        try (InputStream in = EventDeduplicatorTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing example " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
