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
package org.openhab.binding.vms.internal.api.rest;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.rest.dto.VmsSession;
import org.openhab.binding.vms.simulator.http.HttpReply;

/**
 * {@code GET sessions} (docs/protocol.md, "Sessions"): the sessions as the 419 answer lists them, a {@code data}
 * wrapper tolerated, entries without id dropped, anything else refused as malformed.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsRestClientSessionsTest extends RestTestBase {

    private static final String TWO_SESSIONS = "[{\"id\":\"a1\",\"online\":true,\"user_agent\":\"Pixel 7\","
            + "\"client\":\"android\",\"ip\":\"203.0.113.10\",\"is_current\":false,\"last\":1709294400},"
            + "{\"id\":7,\"online\":false,\"client\":\"ios\",\"is_current\":true},{\"online\":true},\"x\"]";

    @Test
    void theSessionsAreReadWithTheTokenAndEntriesWithoutIdDropped() throws Exception {
        server().route("GET", API + "sessions", HttpReply.json(200, TWO_SESSIONS));
        List<VmsSession> sessions = loggedIn().getSessions();

        assertEquals(List.of(new VmsSession("a1", "android", "Pixel 7", "203.0.113.10", true, false, 1709294400L),
                new VmsSession("7", "ios", null, null, false, true, null)), sessions);
        assertEquals(2, client().getDroppedItemCount());
        assertEquals("Bearer " + TOKEN, onlyRequest("GET", API + "sessions").header("Authorization"));
    }

    @Test
    void aDataWrapperIsToleratedAndAnythingElseIsMalformed() throws Exception {
        server().route("GET", API + "sessions", HttpReply.json(200, "{\"data\":" + TWO_SESSIONS + "}"));
        assertEquals(2, loggedIn().getSessions().size());

        server().route("GET", API + "sessions", HttpReply.json(200, "{\"sessions\":5}"));
        VmsApiException e = assertThrows(VmsApiException.class, () -> client().getSessions());
        assertEquals(VmsApiException.Reason.MALFORMED_RESPONSE, e.getReason());
    }
}
