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
package org.openhab.binding.vms.internal.api.event;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.api.VmsServerText;
import org.junit.jupiter.api.Test;
import org.mockito.invocation.Invocation;
import org.slf4j.Logger;

/**
 * What the decoder logs (never the body, which may hold a door code) and what it counts (every call, once, also
 * from many threads).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsEventDecoderLoggingAndStatisticsTest {

    private static final String DOOR_CODE = "482913";

    @Test
    void droppedMessagesAreLoggedWithoutTheirBody() {
        Logger logger = mock(Logger.class);
        when(logger.isTraceEnabled()).thenReturn(true); // the decoded message's trace line must not leak either
        VmsEventDecoder decoder = new VmsEventDecoder(logger);
        String codeMessage = ExampleFrames.load("notification.intercom.code.store.json").data();
        assertTrue(codeMessage.contains(DOOR_CODE), "the example carries the door code");

        // unknown type, unparseable, unknown event name, and a known one: none may print the code
        decoder.decode(VmsEventDecoder.NOTIFICATION, "c", codeMessage.replace("intercom.code.store", "code.leak"));
        decoder.decode(VmsEventDecoder.NOTIFICATION, "c", codeMessage.substring(0, codeMessage.length() - 3));
        decoder.decode("client-x", "c", codeMessage);
        VmsEvent stored = assertInstanceOf(VmsEvent.class,
                decoder.decode(VmsEventDecoder.NOTIFICATION, "c", codeMessage));
        assertEquals(VmsEventKind.INTERCOM_CODE_STORED, stored.kind());

        List<String> logged = new ArrayList<>();
        for (Invocation invocation : mockingDetails(logger).getInvocations()) {
            Arrays.stream(invocation.getArguments()).flatMap(argument -> argument instanceof Object[] array
                    ? Arrays.stream(array) : java.util.stream.Stream.of(argument)).map(String::valueOf)
                    .forEach(logged::add);
        }
        assertFalse(logged.isEmpty(), "drops are logged");
        assertTrue(logged.stream().anyMatch(text -> text.contains("code.leak")), "the type is logged: " + logged);
        assertTrue(logged.stream().anyMatch(text -> text.equals(Integer.toString(codeMessage.length()))),
                "the length is logged: " + logged);
        logged.forEach(text -> assertFalse(text.contains(DOOR_CODE), "logged the door code: " + text));
        assertFalse(stored.toString().contains(DOOR_CODE), stored.toString());
    }

    @Test
    void serverTextIsCleanedAndShortBeforeLogging() {
        assertEquals("a b", VmsEventDecoder.logged("a\nb"));
        assertEquals("a b", VmsEventDecoder.logged("a\u202Eb"), "no bidi override reorders the log line");
        assertEquals("", VmsEventDecoder.logged(null));
        String longText = VmsEventDecoder.logged("x".repeat(500));
        assertTrue(longText.length() < 100, longText);
        assertTrue(longText.endsWith(String.valueOf(VmsServerText.CUT)), "the cut is marked: " + longText);
    }

    @Test
    void everyCallIsCountedOnceInTheRightCounter() {
        VmsEventDecoder decoder = new VmsEventDecoder();
        decoder.decodeFrame(ExampleFrames.text("user-push.cameras_updated.json"));
        decoder.decode(VmsEventDecoder.USER_PUSH, null, "{\"data\":{\"type\":\"nope\"}}");
        decoder.decode(VmsEventDecoder.USER_PUSH, null, "{");
        decoder.decodeFrame("{");
        VmsDecoderStatistics statistics = decoder.statistics();
        assertEquals(1, statistics.decoded());
        assertEquals(1, statistics.unknown());
        assertEquals(2, statistics.malformed());
        assertEquals(4, statistics.total());
        assertEquals("decoded=1, unknown=1, malformed=2", statistics.toString());
    }

    @Test
    void countersAreExactUnderConcurrentUse() throws Exception {
        VmsEventDecoder decoder = new VmsEventDecoder();
        String good = ExampleFrames.load("user-push.mark_created.json").data();
        int threads = 4;
        int perThread = 2_000;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(executor.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        decoder.decode(VmsEventDecoder.USER_PUSH, null, i % 2 == 0 ? good : "{x");
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }
        assertEquals(threads * perThread / 2, decoder.statistics().decoded());
        assertEquals(threads * perThread / 2, decoder.statistics().malformed());
        assertEquals(0, decoder.statistics().unknown());
    }
}
