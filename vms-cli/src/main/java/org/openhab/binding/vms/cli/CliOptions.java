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
package org.openhab.binding.vms.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The parsed command line of the main job. Without {@code --base-url} it runs against the embedded simulated VMS;
 * with it, against a real one, which then needs {@code --login}/{@code --password} or {@code --token}. The password
 * and the token may also come from the environment ({@link #PASSWORD_VARIABLE}, {@link #TOKEN_VARIABLE}) so that
 * they do not show in the process list.
 *
 * @param baseUrl REST base URL of a real VMS; null for the embedded simulator
 * @param duration exit after this long (real VMS); the time limit of the simulator run; null for the default
 * @param cameras camera ids to create Things for (binding mode); empty for all discovered
 * @param intercoms intercom ids to create Things for (binding mode); empty for all discovered
 * @param snapshotDir where snapshots are written as JPEG files; null to only report their size
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record CliOptions(boolean help, boolean raw, boolean debug, @Nullable String baseUrl, @Nullable String login,
        @Nullable String password, @Nullable String token, String language, @Nullable String socketUrl,
        @Nullable String appKey, @Nullable Duration duration, List<Long> cameras, List<Long> intercoms,
        @Nullable Path snapshotDir) {

    public static final String PASSWORD_VARIABLE = "VMS_PASSWORD";
    public static final String TOKEN_VARIABLE = "VMS_TOKEN";
    public static final String DEFAULT_LANGUAGE = "en";

    private static final Set<String> FLAGS = Set.of("--help", "-h", "--raw", "--debug");
    private static final Set<String> VALUED = Set.of("--base-url", "--login", "--password", "--token", "--language",
            "--socket-url", "--app-key", "--duration", "--snapshot-dir");
    private static final Set<String> REPEATABLE = Set.of("--camera", "--intercom");

    public CliOptions {
        cameras = List.copyOf(cameras);
        intercoms = List.copyOf(intercoms);
    }

    /**
     * The locale of {@code --language}: sent to the server, and openHAB's locale in binding mode (status texts and
     * labels are shown translated, as openHAB shows them).
     */
    public Locale locale() {
        return Locale.forLanguageTag(language.replace('_', '-'));
    }

    /** Whether to run against the embedded simulated VMS (no {@code --base-url}). */
    public boolean simulator() {
        return baseUrl == null;
    }

    /** The secrets the user gave us: masked in everything the main job prints. */
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        for (String secret : new @Nullable String[] { password, token }) {
            if (secret != null && !secret.isEmpty()) {
                secrets.add(secret);
            }
        }
        return secrets;
    }

    /** Options and {@code toString()} never print the password or the token. */
    @Override
    public String toString() {
        return "CliOptions[raw=" + raw + ", baseUrl=" + baseUrl + ", login=" + login + ", password="
                + (password == null ? "none" : "***") + ", token=" + (token == null ? "none" : "***")
                + ", language=" + language + ", socketUrl=" + socketUrl + ", appKey=" + appKey + ", duration="
                + duration + ", cameras=" + cameras + ", intercoms=" + intercoms + ", snapshotDir=" + snapshotDir + "]";
    }

    /**
     * @param environment where {@link #PASSWORD_VARIABLE} and {@link #TOKEN_VARIABLE} are looked up
     * @throws CliUsageException for unknown options, missing values, or an incomplete set of credentials
     */
    public static CliOptions parse(String[] args, Map<String, String> environment) throws CliUsageException {
        Map<String, String> values = new HashMap<>();
        Map<String, List<Long>> ids = new HashMap<>();
        boolean help = false;
        boolean raw = false;
        boolean debug = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (FLAGS.contains(name)) {
                if (value != null) {
                    throw new CliUsageException("Option " + name + " takes no value");
                }
                switch (name) {
                    case "--raw" -> raw = true;
                    case "--debug" -> debug = true;
                    default -> help = true;
                }
                continue;
            }
            if (!VALUED.contains(name) && !REPEATABLE.contains(name)) {
                throw new CliUsageException(
                        arg.startsWith("-") ? "Unknown option " + name : "Unexpected argument '" + arg + "'");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new CliUsageException("Option " + name + " needs a value");
                }
                value = args[++i];
            }
            if (REPEATABLE.contains(name)) {
                ids.computeIfAbsent(name, k -> new ArrayList<>()).add(parseId(name, value));
            } else if (values.putIfAbsent(name, value) != null) {
                throw new CliUsageException("Option " + name + " given twice");
            }
        }
        if (help) {
            return new CliOptions(true, raw, debug, null, null, null, null, DEFAULT_LANGUAGE, null, null, null,
                    List.of(), List.of(), null);
        }
        return validated(values, ids, raw, debug, environment);
    }

    private static CliOptions validated(Map<String, String> values, Map<String, List<Long>> ids, boolean raw,
            boolean debug, Map<String, String> environment) throws CliUsageException {
        String baseUrl = nonBlank(values, "--base-url");
        String login = nonBlank(values, "--login");
        String password = values.containsKey("--password") ? values.get("--password") : null;
        String token = nonBlank(values, "--token");
        if (baseUrl != null) {
            String lower = baseUrl.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                throw new CliUsageException("--base-url must start with http:// or https://");
            }
            if (login == null && values.containsKey("--password")) {
                throw new CliUsageException("--password needs --login");
            }
            if (password == null && login != null) {
                password = environment.get(PASSWORD_VARIABLE);
            }
            if (token == null && login == null) {
                token = blankToNull(environment.get(TOKEN_VARIABLE));
            }
            if (login != null && (password == null || password.isEmpty())) {
                throw new CliUsageException("--login needs --password (or " + PASSWORD_VARIABLE + ")");
            }
            if (login == null && token == null) {
                throw new CliUsageException("--base-url needs --login and --password, or --token");
            }
            if (login != null && token != null) {
                throw new CliUsageException("Give either --login/--password or --token, not both");
            }
        } else {
            for (String option : List.of("--login", "--password", "--token", "--socket-url", "--app-key")) {
                if (values.containsKey(option)) {
                    throw new CliUsageException(option + " needs --base-url (without it the embedded simulated"
                            + " VMS is used, which needs no account)");
                }
            }
        }
        String language = values.getOrDefault("--language", DEFAULT_LANGUAGE).trim();
        if (!language.matches("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*")) {
            throw new CliUsageException("--language must be a language tag such as en or de");
        }
        List<Long> cameras = ids.getOrDefault("--camera", List.of());
        List<Long> intercoms = ids.getOrDefault("--intercom", List.of());
        if (raw && (!cameras.isEmpty() || !intercoms.isEmpty())) {
            throw new CliUsageException("--camera and --intercom select Things; --raw has none");
        }
        String snapshotDir = nonBlank(values, "--snapshot-dir");
        if (raw && snapshotDir != null) {
            throw new CliUsageException("--snapshot-dir takes snapshots of camera Things; --raw has none");
        }
        return new CliOptions(false, raw, debug, baseUrl, login, password, token, language,
                nonBlank(values, "--socket-url"), nonBlank(values, "--app-key"),
                parseDuration(values.get("--duration")), cameras, intercoms,
                snapshotDir == null ? null : Path.of(snapshotDir));
    }

    private static @Nullable Duration parseDuration(@Nullable String text) throws CliUsageException {
        if (text == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(text.trim());
            if (seconds > 0 && seconds <= Duration.ofDays(365).toSeconds()) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CliUsageException("--duration must be a whole number of seconds above 0");
    }

    private static long parseId(String option, String text) throws CliUsageException {
        try {
            long id = Long.parseLong(text.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CliUsageException(option + " must be a positive number (the VMS id)");
    }

    private static @Nullable String nonBlank(Map<String, String> values, String option) throws CliUsageException {
        if (!values.containsKey(option)) {
            return null;
        }
        String value = blankToNull(values.get(option));
        if (value == null) {
            throw new CliUsageException("Option " + option + " needs a non-empty value");
        }
        return value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
