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
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The repository's {@code soketi/} npm project: where it is, and making sure its {@code node_modules} match the
 * committed lock file ({@code npm ci}) before soketi is started from it.
 * <p>
 * {@code npm ci} runs only when {@code node_modules} is missing or was installed from a different
 * {@code package.json}/{@code package-lock.json}/{@code .npmrc} (a stamp file records their digest). Concurrent
 * runs, in this JVM or in parallel builds, are serialised with a file lock, because two {@code npm ci} in one folder
 * delete each other's files.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SoketiProject {

    /** System property naming the {@code soketi/} folder directly (optional). */
    public static final String DIR_PROPERTY = "vms.soketi.dir";
    /** System property naming the repository root; surefire sets it to the reactor root. */
    public static final String ROOT_PROPERTY = "vms.project.root";

    private static final String FOLDER = "soketi";
    private static final String SERVER_SCRIPT = "node_modules/@soketi/soketi/bin/server.js";
    private static final String STAMP = "node_modules/.vms-npm-ci.stamp";
    private static final String LOCK_FILE = ".npm-ci.lock";
    private static final List<String> INPUTS = List.of("package.json", "package-lock.json", ".npmrc");
    private static final Duration NPM_CI_TIMEOUT = Duration.ofMinutes(15);
    /** File locks are per JVM, not per thread: threads of one JVM queue here first. */
    private static final Object JVM_LOCK = new Object();

    private final Logger logger = LoggerFactory.getLogger(SoketiProject.class);
    private final Path directory;

    private SoketiProject(Path directory) {
        this.directory = directory;
    }

    /**
     * Finds the {@code soketi/} folder: {@value #DIR_PROPERTY}, else {@code <}{@value #ROOT_PROPERTY}{@code >/soketi},
     * else the first {@code soketi/} beside the working directory or one of its parents.
     *
     * @throws IOException when none holds a {@code package.json}
     */
    public static SoketiProject locate() throws IOException {
        List<Path> candidates = new ArrayList<>();
        String explicit = System.getProperty(DIR_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            candidates.add(Path.of(explicit));
        }
        String root = System.getProperty(ROOT_PROPERTY);
        if (root != null && !root.isBlank()) {
            candidates.add(Path.of(root).resolve(FOLDER));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve(FOLDER));
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate.resolve("package.json"))) {
                return new SoketiProject(candidate.toAbsolutePath().normalize());
            }
        }
        throw new IOException("No soketi/ npm project found; looked in " + candidates);
    }

    public Path directory() {
        return directory;
    }

    /** The script that {@code node} runs to start soketi. */
    public Path serverScript() {
        return directory.resolve(SERVER_SCRIPT);
    }

    /**
     * Runs {@code npm ci} unless {@code node_modules} already matches the committed lock file.
     *
     * @param npmLog file that receives npm's output (appended)
     * @throws IOException when npm fails or does not finish in time; the message ends with npm's last lines
     */
    public void ensureInstalled(Path npmLog) throws IOException {
        String wanted = inputDigest();
        if (isInstalled(wanted)) {
            return;
        }
        synchronized (JVM_LOCK) {
            try (FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                // another build may have installed while we waited for the lock
                if (isInstalled(wanted)) {
                    return;
                }
                runNpmCi(npmLog);
                Files.writeString(directory.resolve(STAMP), wanted, StandardCharsets.UTF_8);
            }
        }
    }

    private boolean isInstalled(String wanted) throws IOException {
        Path stamp = directory.resolve(STAMP);
        return Files.isRegularFile(serverScript()) && Files.isRegularFile(stamp)
                && wanted.equals(Files.readString(stamp, StandardCharsets.UTF_8));
    }

    private String inputDigest() throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
        for (String input : INPUTS) {
            Path file = directory.resolve(input);
            sha256.update(input.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            if (Files.isRegularFile(file)) {
                sha256.update(Files.readAllBytes(file));
            }
            sha256.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private void runNpmCi(Path npmLog) throws IOException {
        Files.createDirectories(npmLog.toAbsolutePath().getParent());
        logger.info("Installing soketi: npm ci in {} (output in {})", directory, npmLog);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(NodeTooling.npm(), "ci").directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(npmLog.toFile())).start();
        process.getOutputStream().close();
        boolean finished;
        try {
            finished = process.waitFor(NPM_CI_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            ProcessTrees.kill(process.toHandle());
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted during npm ci in " + directory);
        }
        if (!finished) {
            ProcessTrees.kill(process.toHandle());
            throw failure("npm ci did not finish within " + NPM_CI_TIMEOUT.toMinutes() + " min", npmLog);
        }
        if (process.exitValue() != 0) {
            throw failure("npm ci exited with " + process.exitValue(), npmLog);
        }
        logger.info("npm ci for soketi took {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private IOException failure(String what, Path npmLog) {
        return new IOException(what + " in " + directory + "\n" + LogTail.of(npmLog, 30));
    }

    @Override
    public String toString() {
        return directory.toString();
    }
}
