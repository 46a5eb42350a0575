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
package org.openhab.binding.vms.cli.binding;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.type.ChannelKind;

/**
 * The thing and channel types the main job reads from the binding's OH-INF XML.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ThingTypeDefinitionsTest {

    @Test
    void readsTheBindingsOwnThingTypes() throws IOException {
        ThingTypeDefinitions definitions = ThingTypeDefinitions.load(VmsEventDecoder.class);

        assertEquals("vms", definitions.bindingId());
        assertTrue(definitions.thingType("account").bridge());
        assertFalse(definitions.thingType("camera").bridge());
        ThingUID camera = new ThingUID(definitions.thingTypeUID("camera"), new ThingUID("vms:account:acc"), "cam1");
        List<Channel> channels = definitions.channels("camera", camera);
        Channel favorite = channels.stream().filter(c -> "favorite".equals(c.getUID().getId())).findFirst()
                .orElseThrow();
        assertEquals("Switch", favorite.getAcceptedItemType());
        assertEquals(ChannelKind.STATE, favorite.getKind());
        assertEquals("vms:camera:acc:cam1:favorite", favorite.getUID().getAsString());
        Channel analytic = channels.stream().filter(c -> "analytic-event".equals(c.getUID().getId())).findFirst()
                .orElseThrow();
        assertEquals(ChannelKind.TRIGGER, analytic.getKind());
        assertEquals("vms:analytic-event", String.valueOf(analytic.getChannelTypeUID()));
    }

    @Test
    void configurationGetsTheXmlDefaults() throws IOException {
        ThingTypeDefinitions definitions = ThingTypeDefinitions.load(VmsEventDecoder.class);
        Configuration config = definitions.configuration("account", Map.of("baseUrl", "https://v.example"));
        assertEquals("en", config.get("language"));
        assertEquals("https://v.example", config.get("baseUrl"));
        Configuration given = definitions.configuration("account", Map.of("language", "de"));
        assertEquals("de", given.get("language"));
    }

    @Test
    void readsFromAJarAsFromAFolder(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("bundle.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "OH-INF/thing/things.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <thing:thing-descriptions bindingId="demo"
                        xmlns:thing="https://openhab.org/schemas/thing-description/v1.0.0">
                      <thing-type id="lamp">
                        <label>Lamp</label>
                        <channels><channel id="power" typeId="power"/><channel id="press" typeId="press"/></channels>
                        <config-description>
                          <parameter name="id" type="integer"><default>7</default></parameter>
                        </config-description>
                      </thing-type>
                      <channel-type id="power"><item-type>Switch</item-type><label>P</label></channel-type>
                      <channel-type id="press"><kind>trigger</kind><label>T</label></channel-type>
                    </thing:thing-descriptions>
                    """);
            put(out, "OH-INF/thing/nested/ignored.xml", "not xml");
        }

        ThingTypeDefinitions definitions = ThingTypeDefinitions.load(jar);

        assertEquals("demo", definitions.bindingId());
        List<Channel> channels = definitions.channels("lamp", new ThingUID("demo:lamp:one"));
        assertEquals(List.of("power", "press"), channels.stream().map(c -> c.getUID().getId()).toList());
        assertEquals(ChannelKind.TRIGGER, channels.get(1).getKind());
        assertEquals(new BigDecimal(7), definitions.configuration("lamp", Map.of()).get("id"));
        assertThrows(IllegalArgumentException.class, () -> definitions.thingType("fridge"));
    }

    @Test
    void refusesABundleWithoutThingDescriptions(@TempDir Path dir) {
        assertThrows(IOException.class, () -> ThingTypeDefinitions.load(dir));
    }

    private static void put(JarOutputStream jar, String name, String text) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        OutputStream out = jar;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }
}
