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
package org.openhab.binding.vms.simulator.soketi;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A real Pusher-protocol server (soketi, from the repository's {@code soketi/} npm project) serving one app on a free
 * loopback port, for tests that need the genuine wire behaviour: connection_established, private-channel auth,
 * {@code pusher:error}, the HTTP publish API and graceful/abrupt server loss.
 * <p>
 * {@link #start()} installs soketi with {@code npm ci} if needed, then spawns {@code node .../bin/server.js start}
 * and returns once soketi answers a signed HTTP API request for this app (which also proves that the port is ours
 * and the app configured). Everything soketi binds is on 127.0.0.1; its metrics server (always started by soketi) and
 * its cluster discovery get their own free ports and never leave loopback. Its output goes to {@link #logFile()},
 * whose last lines are part of every failure message.
 * <p>
 * The port is chosen at the first start and kept by {@link #restart()} and by {@link #start()} after {@link #stop()}
 * or {@link #kill()}, so a client can reconnect to the same URL. A JVM shutdown hook kills any soketi still running.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class SoketiServer implements AutoCloseable {

    /**
     * Path soketi serves everything under, as the VMS deployment routes its Pusher endpoint ({@code /pusher/app/key});
     * the binding's socket URL rule adds {@code /pusher} to a {@code ws_url} without a path.
     */
    public static final String PATH_PREFIX = "/pusher";

    public static final String HOST = "127.0.0.1";
    /** System property: folder for soketi's and npm's logs; default {@code <working dir>/target/soketi}. */
    public static final String LOG_DIR_PROPERTY = "vms.soketi.logDir";
    /** System property: {@code true} makes soketi log every frame (includes auth signatures; local debugging only). */
    public static final String DEBUG_PROPERTY = "vms.soketi.debug";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final Duration READY_POLL_INTERVAL = Duration.ofMillis(50);
    private static final int TAIL_LINES = 40;
    /**
     * soketi JSON-parses every SOKETI_* variable: a key or secret like {@code 123} or {@code true} would stop being a
     * string and break signing, so such values are refused up front.
     */
    private static final Pattern JSON_LITERAL = Pattern
            .compile("\\s*(-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?|true|false|null|[\\[{\"].*)\\s*", Pattern.DOTALL);
    private static final Set<ProcessHandle> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(ProcessTrees::kill), "soketi-reaper"));
    }

    private final Logger logger = LoggerFactory.getLogger(SoketiServer.class);
    private final String appId;
    private final String appKey;
    private final String appSecret;
    private final Path logDir;
    private final boolean debug;
    private final HttpClient httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private int port;
    private @Nullable Process process;

    /**
     * A server for one app; nothing runs until {@link #start()}.
     *
     * @param appId the Pusher app id (digits allowed)
     * @param appKey the app key clients connect with
     * @param appSecret the secret that signs channel auth and HTTP API requests
     */
    public SoketiServer(String appId, String appKey, String appSecret) {
        this(appId, appKey, appSecret, defaultLogDir());
    }

    public SoketiServer(String appId, String appKey, String appSecret, Path logDir) {
        requirePlainString("app id", appId, true);
        requirePlainString("app key", appKey, false);
        requirePlainString("app secret", appSecret, false);
        this.appId = appId;
        this.appKey = appKey;
        this.appSecret = appSecret;
        this.logDir = logDir.toAbsolutePath();
        this.debug = Boolean.getBoolean(DEBUG_PROPERTY);
    }

    private static Path defaultLogDir() {
        String configured = System.getProperty(LOG_DIR_PROPERTY);
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of("target", "soketi").toAbsolutePath();
    }

    private static void requirePlainString(String what, String value, boolean digitsAllowed) {
        if (value.isBlank() || (JSON_LITERAL.matcher(value).matches() && !(digitsAllowed && value.matches("\\d+")))) {
            throw new IllegalArgumentException(
                    what + " must be a non-blank string that is not a JSON literal (soketi parses its environment)");
        }
    }

    /**
     * Starts soketi (after {@code npm ci} if {@code node_modules} is missing or stale) and waits until it serves this
     * app. Does nothing if it is already running.
     *
     * @throws IOException when npm or soketi fails or soketi is not ready within 60 s; the message ends with the tail
     *             of the relevant log
     */
    public synchronized void start() throws IOException {
        if (isRunning()) {
            return;
        }
        Files.createDirectories(logDir);
        SoketiProject project = SoketiProject.locate();
        project.ensureInstalled(logDir.resolve("npm-ci.log"));
        if (port == 0) {
            port = LoopbackPorts.freeTcpPort();
        }
        long started = System.nanoTime();
        Process child = spawn(project);
        process = child;
        RUNNING.add(child.toHandle());
        awaitReady(child);
        logger.debug("soketi ready on {}:{} after {} ms (log {})", HOST, port,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), logFile());
    }

    private Process spawn(SoketiProject project) throws IOException {
        int metricsPort = LoopbackPorts.freeTcpPort();
        int discoveryPort = LoopbackPorts.freeUdpPort();
        Path config = logDir.resolve("soketi-" + port + ".config.json");
        // The one setting without a SOKETI_* variable: bind cluster discovery's UDP socket to loopback, not 0.0.0.0.
        Files.writeString(config, "{\"cluster.address\": \"" + HOST + "\"}\n", StandardCharsets.UTF_8);
        appendToLog("=== " + Instant.now() + " starting soketi on " + HOST + ":" + port + " (metrics " + metricsPort
                + ", discovery udp " + discoveryPort + ") ===");

        ProcessBuilder builder = new ProcessBuilder(NodeTooling.node(), project.serverScript().toString(), "start",
                "--config", config.toString()).directory(project.directory().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        Map<String, String> env = builder.environment();
        // a developer's own soketi settings must not leak into the tests
        env.keySet().removeIf(name -> name.startsWith("SOKETI_"));
        env.put("SOKETI_HOST", HOST);
        env.put("SOKETI_PORT", Integer.toString(port));
        env.put("SOKETI_PATH_PREFIX", PATH_PREFIX);
        env.put("SOKETI_METRICS_ENABLED", "false");
        env.put("SOKETI_METRICS_HOST", HOST);
        env.put("SOKETI_METRICS_SERVER_PORT", Integer.toString(metricsPort));
        // discovery would otherwise broadcast to 255.255.255.255:11002; unicast to itself keeps it on loopback
        env.put("SOKETI_CLUSTER_PORT", Integer.toString(discoveryPort));
        env.put("SOKETI_CLUSTER_UNICAST_ADDRESSES", HOST + ":" + discoveryPort);
        env.put("SOKETI_DEFAULT_APP_ID", appId);
        env.put("SOKETI_DEFAULT_APP_KEY", appKey);
        env.put("SOKETI_DEFAULT_APP_SECRET", appSecret);
        // on SIGTERM soketi still sends pusher:error 4200 and closes every socket, just without the 3 s pause
        env.put("SOKETI_SHUTDOWN_GRACE_PERIOD", "0");
        env.put("SOKETI_DEBUG", Boolean.toString(debug));
        // keeps aws-sdk's end-of-support notice (soketi loads it unused) out of the log tails
        env.put("AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE", "1");
        Process child = builder.start();
        child.getOutputStream().close();
        return child;
    }

    private void awaitReady(Process child) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String lastAnswer = "no answer yet";
        while (true) {
            if (!child.isAlive()) {
                forget(child);
                throw failure("soketi exited with code " + child.exitValue() + " before it was ready");
            }
            String answer = probe();
            if (answer.isEmpty()) {
                return;
            }
            lastAnswer = answer;
            if (System.nanoTime() > deadline) {
                ProcessTrees.kill(child.toHandle());
                forget(child);
                throw failure("soketi did not serve app " + appId + " on " + HOST + ":" + port + " within "
                        + START_TIMEOUT.toSeconds() + " s (last probe: " + lastAnswer
                        + "; is the port taken by another process?)");
            }
            try {
                // waits for the poll interval, or less if soketi dies meanwhile
                child.onExit().get(READY_POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // interval elapsed: probe again
            } catch (InterruptedException e) {
                ProcessTrees.kill(child.toHandle());
                forget(child);
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for soketi");
            }
        }
    }

    /** @return empty when soketi answers a signed request for this app with 200, else what happened */
    private String probe() {
        String path = PATH_PREFIX + "/apps/" + appId + "/channels";
        String query = new PusherRequestSigner(appKey, appSecret).signedQuery("GET", path, null,
                Instant.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + port() + path + "?" + query))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
            // soketi reports a refused request as HTTP 200 with an error body: only the channel list counts
            if (response.statusCode() == 200 && isChannelList(response.body())) {
                return "";
            }
            return "HTTP " + response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static boolean isChannelList(String body) {
        try {
            JsonElement json = JsonParser.parseString(body);
            return json.isJsonObject() && json.getAsJsonObject().has("channels");
        } catch (JsonParseException e) {
            return false;
        }
    }

    /**
     * Stops soketi gracefully: on SIGTERM it sends every client {@code pusher:error} 4200 and closes the socket with
     * code 4200. Killed if still running after 10 s. Does nothing if not running.
     */
    public synchronized void stop() {
        Process child = process;
        if (child == null) {
            return;
        }
        boolean graceful = ProcessTrees.terminate(child.toHandle(), STOP_GRACE);
        forget(child);
        appendToLog("=== " + Instant.now() + (graceful ? " stopped" : " killed after not stopping in time") + " ===");
        if (!graceful) {
            logger.warn("soketi on port {} did not stop within {} s and was killed", port, STOP_GRACE.toSeconds());
        }
    }

    /**
     * Kills soketi at once (SIGKILL): clients see the TCP connection drop without a close frame, as when a server
     * crashes. Does nothing if not running.
     */
    public synchronized void kill() {
        Process child = process;
        if (child == null) {
            return;
        }
        ProcessTrees.kill(child.toHandle());
        forget(child);
        appendToLog("=== " + Instant.now() + " killed ===");
    }

    /** {@link #stop()} then {@link #start()} on the same port. */
    public synchronized void restart() throws IOException {
        stop();
        start();
    }

    private void forget(Process child) {
        RUNNING.remove(child.toHandle());
        process = null;
    }

    public synchronized boolean isRunning() {
        Process child = process;
        return child != null && child.isAlive();
    }

    public String host() {
        return HOST;
    }

    /**
     * @throws IllegalStateException before the first {@link #start()}
     */
    public synchronized int port() {
        if (port == 0) {
            throw new IllegalStateException("soketi has not been started yet");
        }
        return port;
    }

    public String appId() {
        return appId;
    }

    public String appKey() {
        return appKey;
    }

    public String appSecret() {
        return appSecret;
    }

    /** {@code http://127.0.0.1:<port>/pusher}, the base of the Pusher HTTP API. */
    public String httpBaseUrl() {
        return "http://" + HOST + ":" + port() + PATH_PREFIX;
    }

    /** {@code ws://127.0.0.1:<port>/pusher/app/<key>?protocol=7}, what a Pusher client connects to. */
    public String websocketUrl() {
        return "ws://" + HOST + ":" + port() + PATH_PREFIX + "/app/" + appKey + "?protocol=7";
    }

    /** soketi's output across starts of this server (one file per port). */
    public synchronized Path logFile() {
        return logDir.resolve("soketi-" + port() + ".log");
    }

    /** The last {@code lines} non-empty lines of {@link #logFile()}, without colour codes. */
    public String logTail(int lines) {
        return LogTail.of(logFile(), lines);
    }

    private IOException failure(String what) {
        return new IOException(what + "\n" + logTail(TAIL_LINES));
    }

    private void appendToLog(String line) {
        try {
            Files.writeString(logFile(), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            logger.debug("Cannot write to {}: {}", logFile(), e.getMessage());
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "soketi " + HOST + ":" + (port == 0 ? "(not started)" : Integer.toString(port)) + " app " + appId;
    }
}
