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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Every status description the handlers use is a key of vms.properties, keys with a placeholder are the ones used
 * with an argument, and arguments cannot break openHAB's {@code @text/key ["arg"]} form.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsStatusTextTest {

    /** The keys whose text has {0}; the handlers pass exactly one argument to these and none to the others. */
    private static final Set<String> KEYS_WITH_ARGUMENT = Set.of(VmsStatusText.TOO_MANY_SESSIONS,
            VmsStatusText.RATE_LIMITED, VmsStatusText.LOGGED_OUT);

    @Test
    void everyKeyExistsAndTakesTheArgumentsItIsGiven() throws Exception {
        Properties properties = properties();
        List<String> keys = keys();
        assertEquals(26, keys.size(), "status keys: " + keys);
        for (String key : keys) {
            assertTrue(key.startsWith("@text/offline."), key);
            String text = properties.getProperty(key.substring("@text/".length()));
            assertNotNull(text, key + " is missing from vms.properties");
            int placeholders = new MessageFormat(text).getFormatsByArgumentIndex().length;
            assertEquals(KEYS_WITH_ARGUMENT.contains(key) ? 1 : 0, placeholders, key);
        }
    }

    @Test
    void argumentIsQuotedAndCleaned() {
        assertEquals("@text/offline.comm-error-rate-limited [\"30\"]",
                VmsStatusText.withArgument(VmsStatusText.RATE_LIMITED, "30"));
        assertEquals("@text/offline.comm-error-logged-out [\"\"]",
                VmsStatusText.withArgument(VmsStatusText.LOGGED_OUT, null));
        assertEquals("@text/offline.comm-error-logged-out [\"bad say x then y z\"]", VmsStatusText
                .withArgument(VmsStatusText.LOGGED_OUT, "bad \"say\" [x] then\\ {y}\nz"));
        assertEquals("@text/k [\"a\", \"b\"]", VmsStatusText.withArguments("@text/k", "a", "b"));
    }

    @Test
    void longArgumentsAreCut() {
        String argument = "x".repeat(5000);
        assertEquals(VmsStatusText.MAX_ARGUMENT_LENGTH, VmsStatusText.clean(argument).length());
    }

    private static List<String> keys() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field field : VmsStatusText.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                keys.add((String) field.get(null));
            }
        }
        return keys;
    }

    static Properties properties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VmsStatusTextTest.class.getResourceAsStream("/OH-INF/i18n/vms.properties")) {
            assertNotNull(in, "vms.properties on the class path");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
