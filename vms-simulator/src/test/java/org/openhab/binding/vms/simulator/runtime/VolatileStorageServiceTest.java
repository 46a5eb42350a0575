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
package org.openhab.binding.vms.simulator.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.storage.Storage;

/**
 * {@link VolatileStorageService} keeps one storage per name, as openHAB's does, in memory.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VolatileStorageServiceTest {

    private final VolatileStorageService service = new VolatileStorageService();

    @Test
    void aNameAlwaysGivesTheSameStorageAndOtherNamesOthers() {
        Storage<String> tokens = service.getStorage("tokens", getClass().getClassLoader());
        assertNull(tokens.put("a", "1"));

        assertEquals("1", service.<String> getStorage("tokens").get("a"));
        assertNull(service.<String> getStorage("other").get("a"));
    }

    @Test
    void storingNullRemovesTheKeyAsOpenhabsJsonStorageDoes() {
        Storage<String> tokens = service.getStorage("tokens");
        tokens.put("a", "1");
        tokens.put("b", "2");

        assertEquals("1", tokens.put("a", null));

        assertFalse(tokens.containsKey("a"));
        assertEquals(Set.of("b"), Set.copyOf(tokens.getKeys()));
        assertEquals(List.of("2"), List.copyOf(tokens.getValues()));
        assertEquals("2", tokens.remove("b"));
        assertNull(tokens.get("b"));
    }
}
