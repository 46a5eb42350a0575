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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.event.VmsEvent;

/**
 * The seed-name table of the developers' guide (docs/DEVELOPERS.md) names real event records.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class SeedNameTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` +\\| `([\\w.]+)` +\\|$", Pattern.MULTILINE);

    @Test
    void everySeedNameMapsToAnEventRecord() throws Exception {
        String guide = Files.readString(Path.of("../docs/DEVELOPERS.md"), StandardCharsets.UTF_8);
        String section = guide.substring(guide.indexOf("## Seed SDK Name Mapping"));
        assertFalse(section.contains("TODO"), "the table is complete");
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher matcher = ROW.matcher(section);
        while (matcher.find()) {
            rows.put(matcher.group(1), matcher.group(2));
        }
        assertEquals(23, rows.size(), rows.toString());
        for (Map.Entry<String, String> row : rows.entrySet()) {
            Class<?> type = Class.forName(
                    VmsEvent.class.getPackageName() + "." + row.getValue().replace('.', '$'));
            assertTrue(type.isRecord() && VmsEvent.class.isAssignableFrom(type), row.toString());
        }
    }
}
