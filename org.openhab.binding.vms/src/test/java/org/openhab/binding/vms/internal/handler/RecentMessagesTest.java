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

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.event.VmsMessageJson;

/**
 * The bridge's ring of its last messages for the console: oldest first, bounded, the newest overwriting the oldest,
 * JSON shown only without door codes.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class RecentMessagesTest {

    private static VmsRecentMessage message(int number) {
        return new VmsRecentMessage(Instant.ofEpochSecond(number), "KIND_" + number, "wire." + number,
                VmsMessageJson.of("{\"n\":" + number + ",\"code\":\"1234\"}"));
    }

    private static List<String> kinds(List<VmsRecentMessage> messages) {
        return messages.stream().map(VmsRecentMessage::kind).toList();
    }

    @Test
    void theLastMessagesComeOldestFirstAndNoMoreThanThereAre() {
        RecentMessages ring = new RecentMessages(3);
        assertEquals(List.of(), ring.last(5));
        ring.add(message(1));
        ring.add(message(2));
        assertEquals(List.of("KIND_1", "KIND_2"), kinds(ring.last(5)));
        assertEquals(List.of("KIND_2"), kinds(ring.last(1)));
        assertEquals(List.of(), ring.last(0));
        assertEquals(List.of(), ring.last(-1));
    }

    @Test
    void theNewestOverwriteTheOldestBeyondTheCapacity() {
        RecentMessages ring = new RecentMessages(3);
        for (int i = 1; i <= 7; i++) {
            ring.add(message(i));
        }
        assertEquals(List.of("KIND_5", "KIND_6", "KIND_7"), kinds(ring.last(10)));
        assertEquals(List.of("KIND_6", "KIND_7"), kinds(ring.last(2)));
    }

    @Test
    void theJsonIsShownWithoutDoorCodes() {
        assertEquals("{\"n\":1}", message(1).redactedJson());
    }
}
