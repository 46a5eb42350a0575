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
package org.openhab.binding.vms.simulator.soketi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * How the publisher reads soketi's answers, which report refusals as HTTP 200 with an error body.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class PusherHttpPublisherTest {

    @Test
    void successBodyIsNoError() {
        assertEquals(0, PusherHttpPublisher.embeddedErrorCode("{\"ok\":true}"));
        assertEquals(0, PusherHttpPublisher.embeddedErrorCode("{}"));
    }

    @Test
    void errorBodyReportsItsCode() {
        assertEquals(401, PusherHttpPublisher
                .embeddedErrorCode("{\"error\":\"The secret authentication failed\",\"code\":401}"));
        assertEquals(404,
                PusherHttpPublisher.embeddedErrorCode("{\"error\":\"The app x could not be found.\",\"code\":404}"));
    }

    @Test
    void errorBodyWithoutNumericCodeIsAServerError() {
        assertEquals(500, PusherHttpPublisher.embeddedErrorCode("{\"error\":\"boom\"}"));
        assertEquals(500, PusherHttpPublisher.embeddedErrorCode("{\"error\":\"boom\",\"code\":\"x\"}"));
    }

    @Test
    void nonJsonBodyIsNoError() {
        assertEquals(0, PusherHttpPublisher.embeddedErrorCode("OK"));
        assertEquals(0, PusherHttpPublisher.embeddedErrorCode(""));
        assertEquals(0, PusherHttpPublisher.embeddedErrorCode("[1,2]"));
    }
}
