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

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Every record dispatches to its own visitor method, and the visitor has exactly one method per record.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsEventVisitorTest {

    @Test
    void everyDecodedExampleVisitsTheMethodOfItsRecord() {
        VmsEventDecoder decoder = new VmsEventDecoder();
        Set<String> visited = new HashSet<>();
        for (String name : ExampleFrames.APPLICATION_FRAMES) {
            VmsEvent event = assertInstanceOf(VmsEvent.class, decoder.decodeFrame(ExampleFrames.text(name)));
            String visitedName = event.accept(new NamingVisitor());
            assertEquals(event.getClass().getSimpleName(), visitedName, name);
            visited.add(visitedName);
        }
        // what cannot be decoded is no event, so no visitor ever sees it
        assertInstanceOf(VmsDroppedMessage.class, decoder.decode("x", null, null));
        assertEquals(recordNames(), visited, "the examples reach every record");
    }

    @Test
    void theVisitorHasOneMethodPerRecord() {
        Set<String> methods = Arrays.stream(VmsEventVisitor.class.getDeclaredMethods())
                .map(method -> method.getName().substring("visit".length())).collect(Collectors.toSet());
        assertEquals(recordNames(), methods);
    }

    @Test
    void theHierarchyIsSealedAsDocumented() {
        assertTrue(VmsEvent.class.isSealed());
        assertTrue(VmsAppEvent.class.isSealed());
        assertTrue(VmsIntercomEvent.class.isSealed());
        assertEquals(Set.of(VmsAppEvent.class, VmsIntercomEvent.class),
                Set.of(VmsEvent.class.getPermittedSubclasses()));
        assertTrue(VmsDecodeResult.class.isSealed());
        assertEquals(Set.of(VmsEvent.class, VmsDroppedMessage.class),
                Set.of(VmsDecodeResult.class.getPermittedSubclasses()));
    }

    private static Set<String> recordNames() {
        return Arrays.stream(new Class<?>[] { VmsAppEvent.class, VmsIntercomEvent.class })
                .flatMap(type -> Arrays.stream(type.getPermittedSubclasses())).peek(type -> assertTrue(type.isRecord()))
                .map(Class::getSimpleName).collect(Collectors.toSet());
    }
}
