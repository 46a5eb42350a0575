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
package org.openhab.core.config.core;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.standin.LogCapture;

/**
 * {@link Configuration}: value normalisation and the mapping of parameters onto a configuration class.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ConfigurationTest {

    enum Mode {
        POLL,
        PUSH
    }

    /** A configuration class as a binding writes one: public fields with defaults. */
    @SuppressWarnings("unused")
    public static class SampleConfig {
        public int port = 443;
        public long timeout;
        public @Nullable Integer retries;
        public @Nullable Long big;
        public double ratio;
        public @Nullable BigDecimal exact;
        public String host = "default.example";
        public @Nullable Boolean secure;
        public boolean verbose = true;
        public Mode mode = Mode.POLL;
        public List<String> tags = List.of();
        public final String fixed = "fixed";
        public transient String secret = "kept";
        public int notANumber = 7;
        public String absent = "default";
    }

    /** Credentials, as the binding's account configuration has them. */
    public static class AccountConfig {
        public String login = "";
        public String password = "";
        public int port;
        public String token = "";
    }

    /** Inherited fields are mapped too. */
    public static class DerivedConfig extends SampleConfig {
        public String extra = "";
    }

    private static Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("port", 8443);
        parameters.put("timeout", new BigDecimal("1500"));
        parameters.put("retries", new BigDecimal("3"));
        parameters.put("big", "12345678901");
        parameters.put("ratio", new BigDecimal("0.5"));
        parameters.put("exact", 1.25);
        parameters.put("host", "vms.example");
        parameters.put("secure", "true");
        parameters.put("verbose", false);
        parameters.put("mode", "PUSH");
        parameters.put("tags", List.of("a", "b"));
        parameters.put("fixed", "changed");
        parameters.put("secret", "overwritten");
        parameters.put("notANumber", "abc");
        parameters.put("extra", "x");
        return parameters;
    }

    @Test
    void mapsParametersOntoFieldsByNameAndConvertsTypes() {
        SampleConfig config = new Configuration(parameters()).as(SampleConfig.class);

        assertEquals(8443, config.port);
        assertEquals(1500L, config.timeout);
        assertEquals(Integer.valueOf(3), config.retries);
        assertEquals(Long.valueOf(12345678901L), config.big);
        assertEquals(0.5, config.ratio);
        assertEquals(0, new BigDecimal("1.25").compareTo(config.exact));
        assertEquals("vms.example", config.host);
        assertEquals(Boolean.TRUE, config.secure);
        assertFalse(config.verbose);
        assertEquals(Mode.PUSH, config.mode);
        assertEquals(List.of("a", "b"), config.tags);
    }

    @Test
    void keepsDefaultsForAbsentUnconvertibleFinalAndTransientFields() {
        SampleConfig config = new Configuration(parameters()).as(SampleConfig.class);

        assertEquals("default", config.absent);
        assertEquals(7, config.notANumber);
        assertEquals("fixed", config.fixed);
        assertEquals("kept", config.secret);

        SampleConfig empty = new Configuration().as(SampleConfig.class);
        assertEquals(443, empty.port);
        assertEquals("default.example", empty.host);
        assertNull(empty.retries);
        assertTrue(empty.verbose);
    }

    @Test
    void mapsInheritedFields() {
        DerivedConfig config = new Configuration(parameters()).as(DerivedConfig.class);

        assertEquals("x", config.extra);
        assertEquals(8443, config.port);
    }

    @Test
    void failsForAClassWithoutPublicNoArgumentConstructor() {
        assertThrows(IllegalStateException.class, () -> new Configuration().as(Mode.class));
    }

    @Test
    void normalisesNumbersToBigDecimalAndRejectsUnstorableTypes() {
        Configuration configuration = new Configuration();
        configuration.put("int", 5);
        configuration.put("double", 2.5);
        configuration.put("list", List.of(1, "two"));

        assertEquals(new BigDecimal("5"), configuration.get("int"));
        assertEquals(new BigDecimal("2.5"), configuration.get("double"));
        assertEquals(List.of(new BigDecimal("1"), "two"), configuration.get("list"));
        assertThrows(IllegalArgumentException.class, () -> configuration.put("object", new Object()));
        assertThrows(UnsupportedOperationException.class, () -> configuration.getProperties().put("x", "y"));
    }

    @Test
    void equalsByContentAndCopies() {
        Configuration original = new Configuration(Map.of("a", "b"));
        Configuration copy = new Configuration(original);

        assertEquals(original, copy);
        assertEquals(original.hashCode(), copy.hashCode());
        copy.put("a", "c");
        assertEquals("b", original.get("a"));
        assertNotEquals(original, copy);
        copy.setProperties(Map.of("z", 1));
        assertEquals(Map.of("z", BigDecimal.ONE), copy.getProperties());
    }

    @Test
    void everyValueSetIsLoggedAtTraceOnOpenhabsConfigParserLoggerPasswordsIncluded() {
        List<String> lines;
        try (LogCapture log = new LogCapture()) {
            new Configuration(Map.of("login", "admin", "password", "s3cret", "port", 8443)).as(AccountConfig.class);
            lines = log.lines();
        }

        String prefix = "TRACE org.openhab.core.config.core.ConfigParser - ";
        String suffix = "' in configuration class " + AccountConfig.class.getName();
        assertTrue(lines.contains(prefix + "Setting value (String) s3cret to field 'password" + suffix), lines::toString);
        assertTrue(lines.contains(prefix + "Setting value (String) admin to field 'login" + suffix), lines::toString);
        assertTrue(lines.contains(prefix + "Setting value (int) 8443 to field 'port" + suffix), lines::toString);
        assertTrue(lines.contains(prefix + "Skipping field 'token', because config has no entry for it"),
                lines::toString);
    }
}
