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
package org.openhab.binding.vms.simulator.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a test opens (a simulated VMS, servers, clients, Things on the runtime), closed after the test, the last
 * opened first. It replaces the {@code @Nullable} field set in {@code @BeforeEach}, null-checked in
 * {@code @AfterEach} and read through a {@code requireNonNull} accessor:
 *
 * <pre>
 * &#64;RegisterExtension
 * final TestResources resources = new TestResources();
 * // opened before each test (before the class's own &#64;BeforeEach methods), closed after it
 * private final Opened&lt;SimulatedVms&gt; vms = resources.opened(SimulatedVms::withLoopbackPusher);
 *
 * &#64;Test
 * void test() throws Exception {
 *     FuzzBed bed = resources.add(new FuzzBed(vms.get()...)); // opened by the test: closed before the VMS
 * }
 * </pre>
 *
 * What was opened is closed even when the test or another close fails; the first failure is thrown with the others
 * suppressed in it. The field must not be private (JUnit registers it); JUnit makes a test instance per test, so
 * each test has its own resources. A {@code static} field made with {@link #perClass()} opens its resources once,
 * before all tests of the class, and closes them after all of them.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class TestResources
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    /** Opens (or makes) a resource; may throw what opening it throws. */
    @FunctionalInterface
    public interface Opener<T> {
        T open() throws Exception;
    }

    /** Closes a resource that is not {@link AutoCloseable} (e.g. {@code HttpClient::stop}). */
    @FunctionalInterface
    public interface Closer<T> {
        void close(T resource) throws Exception;
    }

    /** A resource opened before each test (or before all, see {@link #perClass()}), valid until it is closed. */
    public static final class Opened<T> {

        private final Opener<T> opener;
        private final @Nullable Closer<T> closer;
        private volatile @Nullable T opened;

        private Opened(Opener<T> opener, @Nullable Closer<T> closer) {
            this.opener = opener;
            this.closer = closer;
        }

        /** The resource; from the class's {@code @BeforeEach} (or {@code @BeforeAll}) methods on. */
        public T get() {
            T current = opened;
            if (current == null) {
                throw new IllegalStateException("opened only while the tests run (from their set-up methods on)");
            }
            return current;
        }
    }

    private final boolean perClass;
    private final List<Opened<?>> toOpen = new ArrayList<>();
    private final Deque<AutoCloseable> open = new ArrayDeque<>();

    /** Resources of each test: an instance field. */
    public TestResources() {
        this(false);
    }

    private TestResources(boolean perClass) {
        this.perClass = perClass;
    }

    /** Resources shared by all tests of the class: a {@code static} field. */
    public static TestResources perClass() {
        return new TestResources(true);
    }

    /** A resource opened before each test (or before all), in the order of the fields, closed after. */
    public <T> Opened<T> opened(Opener<T> opener) {
        return register(new Opened<>(opener, null));
    }

    /** {@link #opened(Opener)} for a resource that {@code closer} closes. */
    public <T> Opened<T> opened(Opener<T> opener, Closer<T> closer) {
        return register(new Opened<>(opener, closer));
    }

    private synchronized <T> Opened<T> register(Opened<T> resource) {
        toOpen.add(resource);
        return resource;
    }

    /**
     * Closes this after the test (or after all tests), before what was added earlier; an action works too
     * ({@code add(gate::countDown)}).
     *
     * @return the resource
     */
    public synchronized <T extends AutoCloseable> T add(T resource) {
        open.push(resource);
        return resource;
    }

    /**
     * The one resource of this type that is open now, for the test's helpers (e.g. the bridge the test made with
     * the configuration it needed).
     *
     * @throws IllegalStateException when there is none, or more than one
     */
    public synchronized <T> T only(Class<T> type) {
        List<T> found = open.stream().filter(type::isInstance).map(type::cast).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " open resources of type " + type.getSimpleName());
        }
        return found.get(0);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (perClass) {
            openAll();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (!perClass) {
            openAll();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (!perClass) {
            closeAll();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (perClass) {
            closeAll();
        }
    }

    private void openAll() throws Exception {
        for (Opened<?> resource : List.copyOf(toOpen)) {
            openNow(resource);
        }
    }

    private <T> void openNow(Opened<T> resource) throws Exception {
        T opened = resource.opener.open();
        Closer<T> closer = resource.closer;
        if (closer != null) {
            add(() -> closer.close(opened));
        } else if (opened instanceof AutoCloseable closeable) {
            add(closeable);
        }
        resource.opened = opened;
    }

    /** Closes everything opened so far, the last opened first. */
    private void closeAll() throws Exception {
        Throwable failure = null;
        AutoCloseable next;
        while ((next = poll()) != null) {
            try {
                next.close();
            } catch (Exception | AssertionError e) { // a close may check something, e.g. that no thread is left
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        for (Opened<?> resource : List.copyOf(toOpen)) {
            resource.opened = null;
        }
        if (failure instanceof Exception exception) {
            throw exception;
        } else if (failure instanceof AssertionError error) {
            throw error;
        }
    }

    private synchronized @Nullable AutoCloseable poll() {
        return open.poll();
    }
}
