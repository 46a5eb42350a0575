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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.rest.VmsTooManySessionsException;
import org.openhab.binding.vms.internal.api.rest.dto.VmsSession;
import org.openhab.binding.vms.simulator.testing.OpenHabStatusText;
import org.openhab.binding.vms.simulator.testing.OpenHabStatusText.Parsed;

/**
 * Every status description the handlers set shows in openHAB as meant: its key exists in vms.properties, and every
 * argument survives openHAB's real parsing whole ({@link OpenHabStatusText}: split on commas, quotes and brackets
 * removed, empty arguments dropped, {@code @text/} arguments translated), so that the arguments fill exactly the
 * placeholders of the text. Server texts are hostile on purpose.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsStatusTextTest {

    /** The keys whose text has {0}; the handlers pass exactly one argument to these and none to the others. */
    private static final Set<String> KEYS_WITH_ARGUMENT = Set.of(VmsStatusText.TOO_MANY_SESSIONS,
            VmsStatusText.RATE_LIMITED, VmsStatusText.LOGGED_OUT);

    /** What a server may send as a message, a logout reason or a client name. */
    private static final List<@Nullable String> SERVER_TEXTS = Arrays.asList(null, "", "   ", "\"\"", "[ ]", ",",
            " , , ", "Your session has been closed", "closed, please log in again", "He said \"stop\", then [left]",
            "@text/offline.bridge-offline", " @text/x", "line\nbreak\ttab", "{0} {1}", "it's", "x".repeat(5000));

    @Test
    void everyKeyExistsAndHasAPlaceholderExactlyWhenItTakesAnArgument() throws Exception {
        Properties texts = properties();
        List<String> keys = keys();
        assertEquals(29, keys.size(), "status keys: " + keys);
        for (String key : keys) {
            assertTrue(key.startsWith("@text/offline."), key);
            String text = texts.getProperty(key.substring("@text/".length()));
            assertNotNull(text, key + " is missing from vms.properties");
            assertEquals(KEYS_WITH_ARGUMENT.contains(key) ? 1 : 0, placeholders(text), key);
        }
    }

    @Test
    void everyDescriptionTheHandlersSetFillsExactlyThePlaceholdersOfItsText() throws Exception {
        Properties texts = properties();
        Set<String> descriptions = producedDescriptions();
        for (String key : keys()) {
            if (!KEYS_WITH_ARGUMENT.contains(key)) {
                descriptions.add(key);
            }
        }
        for (String description : descriptions) {
            Parsed parsed = OpenHabStatusText.parse(description);
            String text = texts.getProperty(parsed.key().substring("@text/".length()));
            assertNotNull(text, description);
            List<String> arguments = parsed.arguments();
            assertEquals(placeholders(text), arguments == null ? 0 : arguments.size(), description);
            if (arguments != null) {
                arguments.forEach(argument -> assertFalse(OpenHabStatusText.isTextReference(argument), description));
            }
        }
    }

    @Test
    void anArgumentSurvivesOpenhabsParsingWhole() {
        for (String raw : SERVER_TEXTS) {
            String description = VmsStatusText.withArgument(VmsStatusText.LOGGED_OUT, raw,
                    VmsStatusText.LOGGED_OUT_NO_REASON);
            String safe = VmsStatusText.argument(raw);
            if (safe.isEmpty()) {
                assertEquals(VmsStatusText.LOGGED_OUT_NO_REASON, description, "for " + raw);
            } else {
                assertEquals(List.of(safe), OpenHabStatusText.parse(description).arguments(), "for " + raw);
            }
        }
    }

    @Test
    void severalSessionsAreAllShown() throws IOException {
        VmsTooManySessionsException sessions = new VmsTooManySessionsException("HTTP 419", "Too many sessions",
                List.of(new VmsSession("a1", "android", null, "203.0.113.7", true, false, null),
                        new VmsSession("i2", "ios", null, "198.51.100.4", false, false, 1709294400L),
                        new VmsSession("w3", "web, beta", null, null, false, true, null)),
                3, null, null);
        assertEquals("Too many active sessions on this account: android from 203.0.113.7; ios from 198.51.100.4"
                + " last active 2024-03-01T12:00:00Z; web; beta (this client). End one of them in the mobile app"
                + " (session list in the profile) or ask your provider to raise the session limit, then disable and"
                + " enable this Thing.", shown(AccountStatusMapper.describe(sessions, null, false, false)));
    }

    @Test
    void noSessionsListedAndAnEmptyReasonShowNoPlaceholder() throws IOException {
        VmsTooManySessionsException unlisted = new VmsTooManySessionsException("HTTP 419", null, List.of(), 3, null,
                null);
        String sessions = shown(AccountStatusMapper.describe(unlisted, null, false, false));
        assertTrue(sessions.startsWith("Too many active sessions on this account. End one"), sessions);
        for (String reason : new String[] { "", " ", "\n\t" }) {
            String loggedOut = shown(AccountStatusMapper.describe(null, reason, false, false));
            assertTrue(loggedOut.startsWith("The server ended this session. With login and password"), loggedOut);
        }
    }

    @Test
    void commasQuotesAndBracketsInAServerMessageAreShownNotCut() throws IOException {
        String shown = shown(AccountStatusMapper.describe(null, "Closed by \"admin\", see [panel], bye", false,
                false));
        assertTrue(shown.startsWith("The server ended this session: Closed by 'admin'; see (panel); bye. With"),
                shown);
        VmsApiException rejected = new VmsApiException(Reason.TOKEN_INVALID, "401", 401, "Token expired, log in",
                null);
        assertTrue(shown(AccountStatusMapper.describe(rejected, null, false, true))
                .startsWith("The server ended this session: Token expired; log in. With"));
    }

    @Test
    void aServerMessageThatLooksLikeATextReferenceIsShownAsText() throws IOException {
        String shown = shown(AccountStatusMapper.describe(null, "@text/offline.bridge-offline", false, false));
        assertTrue(shown.startsWith("The server ended this session: '@text/offline.bridge-offline'. With"), shown);
    }

    @Test
    void longArgumentsAreCut() {
        String argument = "x".repeat(5000);
        assertEquals(VmsStatusText.MAX_ARGUMENT_LENGTH, VmsStatusText.argument(argument).length());
    }

    /** The text openHAB shows for the description. */
    private static String shown(String description) throws IOException {
        Properties texts = properties();
        String shown = OpenHabStatusText.render(description, texts::getProperty);
        assertNotNull(shown);
        return shown;
    }

    /** What the account's status mapping makes of every kind of problem, with hostile server texts. */
    private static Set<String> producedDescriptions() {
        Set<String> descriptions = new LinkedHashSet<>();
        for (Reason reason : Reason.values()) {
            for (String serverText : SERVER_TEXTS) {
                VmsApiException problem = new VmsApiException(reason, "test", 400, serverText, Duration.ofSeconds(7));
                for (boolean retrying : new boolean[] { true, false }) {
                    descriptions.add(AccountStatusMapper.describe(problem, null, false, retrying));
                    descriptions.add(AccountStatusMapper.describe(problem, serverText, true, retrying));
                    descriptions.add(AccountStatusMapper.describe(null, serverText, true, retrying));
                }
            }
        }
        for (String client : SERVER_TEXTS) {
            List<VmsSession> sessions = List.of(new VmsSession("s", client, client, client, false, false, null));
            descriptions.add(AccountStatusMapper.describe(
                    new VmsTooManySessionsException("419", null, sessions, 1, null, null), null, false, false));
        }
        return descriptions;
    }

    private static int placeholders(String text) {
        return new MessageFormat(text).getFormatsByArgumentIndex().length;
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
