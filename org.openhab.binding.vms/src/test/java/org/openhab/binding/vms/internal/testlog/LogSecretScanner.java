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
package org.openhab.binding.vms.internal.testlog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Checks every log line the binding's tests produce, at every level down to TRACE, for secrets: the simulated VMS's
 * tokens and password, channel-auth signatures, app secrets and the example door code. Only the loggers outside the
 * binding's control are left out ({@link #UNSCANNED_LOGGER_PREFIXES}). Lines are checked as they are
 * logged and only violations are kept, so memory stays bounded however much is logged.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LogSecretScanner {

    /** Shapes of secrets whose values are not known in advance. */
    private static final List<Pattern> SECRET_SHAPES = List.of(
            // bearer tokens issued by the simulated VMS
            Pattern.compile("sim\\.[0-9a-f]{48}"),
            // channel-auth values: <appKey>:<hex HMAC-SHA256>
            Pattern.compile("[A-Za-z0-9_.-]+:[0-9a-f]{64}(?![0-9a-f])"),
            // the protocol examples' access token
            Pattern.compile("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9\\.[A-Za-z0-9._-]+"));

    /** Literal secrets the tests use. */
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    static {
        SECRETS.add("secret-password"); // SimulatedVms.DEFAULT_PASSWORD
        SECRETS.add("example-secret"); // app secret of the protocol examples
        SECRETS.add("482913"); // the door code of notification.intercom.code.store.json
    }

    private static final List<String> VIOLATIONS = new ArrayList<>();
    private static final AtomicLong LINES = new AtomicLong();
    private static final AtomicLong UNSCANNED_LINES = new AtomicLong();
    private static final AtomicLong TOTAL_VIOLATIONS = new AtomicLong();
    private static final AtomicLong BINDING_WARNINGS = new AtomicLong();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(LogSecretScanner::writeSummary, "log-secret-scan-summary"));
    }

    private LogSecretScanner() {
    }

    /** Adds a literal secret (a password, a token a test chose) to look for from now on. */
    public static void registerSecret(String secret) {
        if (secret.length() >= 6) {
            SECRETS.add(secret);
        }
    }

    /**
     * Loggers outside the binding's control that print secrets by design once a user raises their level: openHAB
     * core's (its {@code ConfigParser} logs every configuration value it sets, the password too, at TRACE, in real
     * openHAB and in the stand-in alike), Jetty's (openHAB's shared HTTP client logs every header of every binding at
     * DEBUG) and Java-WebSocket's (embedded; at TRACE it dumps every frame, the channel subscription with its
     * signature included). The binding's own loggers ({@code org.openhab.binding.vms.*}) are all scanned.
     */
    static final List<String> UNSCANNED_LOGGER_PREFIXES = List.of("org.openhab.core.", "org.eclipse.jetty.",
            "org.java_websocket.");

    static void scan(String loggerName, String level, String line) {
        for (String prefix : UNSCANNED_LOGGER_PREFIXES) {
            if (loggerName.startsWith(prefix)) {
                UNSCANNED_LINES.incrementAndGet();
                return;
            }
        }
        LINES.incrementAndGet();
        if (("WARN".equals(level) || "ERROR".equals(level)) && loggerName.startsWith("org.openhab.binding.vms.")
                && !loggerName.startsWith("org.openhab.binding.vms.simulator.")) {
            BINDING_WARNINGS.incrementAndGet();
        }
        String found = findSecret(line);
        if (found != null) {
            TOTAL_VIOLATIONS.incrementAndGet();
            String report = level + " " + loggerName + " [" + Thread.currentThread().getName() + "]: a secret ("
                    + redact(found) + ") in \"" + redact(line, found) + "\"";
            // also printed at once: a line logged by a background thread between two tests is reported here only
            System.err.println("SECRET IN LOG: " + report);
            synchronized (VIOLATIONS) {
                if (VIOLATIONS.size() < 100) {
                    VIOLATIONS.add(report);
                }
            }
        }
    }

    /**
     * The first secret in any text (not only log lines): a registered literal or a secret's shape. For tests that
     * check other outputs than logs, e.g. channel states.
     */
    public static @org.eclipse.jdt.annotation.Nullable String findSecretIn(String text) {
        return findSecret(text);
    }

    static @org.eclipse.jdt.annotation.Nullable String findSecret(String line) {
        for (String secret : SECRETS) {
            if (line.contains(secret)) {
                return secret;
            }
        }
        for (Pattern shape : SECRET_SHAPES) {
            Matcher matcher = shape.matcher(line);
            if (matcher.find()) {
                return matcher.group();
            }
        }
        return null;
    }

    /** For the scanner's own test: its planted secrets do not count in the summary. */
    static void discountPlanted(int count) {
        TOTAL_VIOLATIONS.addAndGet(-count);
    }

    /** Violations since the last call, and forgets them. */
    public static List<String> takeViolations() {
        synchronized (VIOLATIONS) {
            List<String> copy = List.copyOf(VIOLATIONS);
            VIOLATIONS.clear();
            return copy;
        }
    }

    /**
     * Lines the binding itself (not the simulator) logged at WARN or ERROR so far: the binding logs bad server input
     * at DEBUG, so a warning during a fuzz run means the input reached a bug of ours.
     */
    public static long bindingWarnings() {
        return BINDING_WARNINGS.get();
    }

    public static long linesScanned() {
        return LINES.get();
    }

    /** Lines of the loggers outside the binding's control, which are not scanned. */
    static long linesNotScanned() {
        return UNSCANNED_LINES.get();
    }

    private static String redact(String secret) {
        return secret.length() <= 4 ? "****" : secret.substring(0, 2) + "…(" + secret.length() + " chars)";
    }

    private static String redact(String line, String secret) {
        String shown = line.replace(secret, "<SECRET>");
        return shown.length() > 300 ? shown.substring(0, 300) + "…" : shown;
    }

    /** Leaves the figures for the README's Security section in target/. */
    private static void writeSummary() {
        try {
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                // one line per test JVM (unit tests, integration tests)
                Files.writeString(target.resolve("log-secret-scan.txt"),
                        "log lines scanned at TRACE: " + LINES.get() + ", secrets found: " + TOTAL_VIOLATIONS.get()
                                + "\n",
                        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            // best effort only: the per-test check is what fails the build
        }
    }
}
