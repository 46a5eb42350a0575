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

import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link SoketiServer} for a test class: started before all its tests, stopped after them.
 * <p>
 * Use it either declaratively, with the default app ({@value #DEFAULT_APP_ID}/{@value #DEFAULT_APP_KEY}/
 * {@value #DEFAULT_APP_SECRET}), and take the server as a parameter of a test, a {@code @BeforeAll}/{@code @BeforeEach}
 * method or the constructor:
 *
 * <pre>
 * &#64;ExtendWith(SoketiExtension.class)
 * class MyTest {
 *     &#64;Test
 *     void test(SoketiServer soketi) { ... }
 * }
 * </pre>
 *
 * or as a static field with an app of the test's choosing:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final SoketiExtension SOKETI = new SoketiExtension("42", "my-key", "my-secret");
 * ... SOKETI.server().port() ...
 * </pre>
 *
 * Without {@code node} and {@code npm} on the PATH the test class is skipped with a warning, except when the
 * environment variable {@code CI} is {@code true}: CI must run these tests, so there it fails.
 * Nested test classes share their enclosing class's server. When a test fails, soketi's last log lines are logged.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class SoketiExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver, TestWatcher {

    public static final String DEFAULT_APP_ID = "vms-app";
    public static final String DEFAULT_APP_KEY = "vms-app-key";
    public static final String DEFAULT_APP_SECRET = "vms-app-secret";

    private static final String SERVER = "server";
    /** Probing node/npm spawns two processes: do it once per JVM. */
    private static @Nullable Optional<String> toolingProblem;

    private final Logger logger = LoggerFactory.getLogger(SoketiExtension.class);
    private final String appId;
    private final String appKey;
    private final String appSecret;
    private final Namespace namespace = Namespace.create(SoketiExtension.class, new Object());
    private volatile @Nullable SoketiServer server;

    public SoketiExtension() {
        this(DEFAULT_APP_ID, DEFAULT_APP_KEY, DEFAULT_APP_SECRET);
    }

    public SoketiExtension(String appId, String appKey, String appSecret) {
        this.appId = appId;
        this.appKey = appKey;
        this.appSecret = appSecret;
    }

    /**
     * The running server, for the static-field pattern.
     *
     * @throws IllegalStateException outside the test class's lifecycle
     */
    public SoketiServer server() {
        SoketiServer current = server;
        if (current == null) {
            throw new IllegalStateException("soketi runs only between beforeAll and afterAll of the test class");
        }
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (context.getStore(namespace).get(SERVER, SoketiServer.class) != null) {
            return; // a nested class: the enclosing class's server is already running
        }
        Optional<String> problem = toolingProblem();
        if (problem.isPresent()) {
            String message = context.getDisplayName() + " needs a real soketi, which needs Node.js and npm: "
                    + problem.get();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + ". CI=true: these tests must run on CI, so this fails.");
            }
            logger.warn("SKIPPING {} -- install Node.js 20+ with npm to run them.", message);
            Assumptions.abort(message);
        }
        SoketiServer started = new SoketiServer(appId, appKey, appSecret);
        try {
            started.start();
        } finally {
            // stored even when start failed, so afterAll cleans up whatever was left
            context.getStore(namespace).put(SERVER, started);
            server = started;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // only the context that started the server stops it (get() would also find an enclosing class's server)
        SoketiServer started = context.getStore(namespace).remove(SERVER, SoketiServer.class);
        if (started != null) {
            started.stop();
            server = null;
        }
    }

    private static synchronized Optional<String> toolingProblem() {
        Optional<String> problem = toolingProblem;
        if (problem == null) {
            problem = NodeTooling.whyUnavailable();
            toolingProblem = problem;
        }
        return problem;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == SoketiServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        SoketiServer current = extensionContext.getStore(namespace).get(SERVER, SoketiServer.class);
        if (current == null) {
            throw new ParameterResolutionException("soketi is not running for " + extensionContext.getDisplayName());
        }
        return current;
    }

    @Override
    public void testFailed(ExtensionContext context, @Nullable Throwable cause) {
        SoketiServer current = context.getStore(namespace).get(SERVER, SoketiServer.class);
        if (current != null) {
            logger.warn("{} failed; soketi's log:\n{}", context.getDisplayName(), current.logTail(40));
        }
    }
}
