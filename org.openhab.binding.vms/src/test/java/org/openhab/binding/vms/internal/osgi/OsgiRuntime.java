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
package org.openhab.binding.vms.internal.osgi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Processor;

/**
 * An Apache Felix framework in this JVM, standing in for the Karaf container of openHAB.
 * <p>
 * SLF4J and the Declarative Services / Promise APIs are exported by the system bundle from the test class path: in
 * openHAB, pax-logging exports org.slf4j (slf4j-api's own manifest needs an SPI Fly extender we do not have), and
 * sharing the DS API lets the test talk to SCR's {@code ServiceComponentRuntime} with ordinary types.
 * Everything else is installed as a bundle.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class OsgiRuntime implements AutoCloseable {

    /** A class of each jar whose packages the system bundle exports (see the class comment). */
    private static final List<String> SYSTEM_PACKAGE_JARS = List.of("org.slf4j.LoggerFactory",
            "org.osgi.service.component.runtime.ServiceComponentRuntime", "org.osgi.util.promise.Promise",
            "org.osgi.util.function.Function");

    private static final long STOP_TIMEOUT_MS = 10_000;

    private final Framework framework;

    OsgiRuntime(Path storage) throws BundleException, IOException {
        Map<String, String> config = new LinkedHashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, systemPackagesExtra());
        config.put("felix.log.level", "1");
        config.put("ds.loglevel", "warn");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the test class path"));
        framework = factory.newFramework(config);
        framework.start();
    }

    BundleContext context() {
        BundleContext context = framework.getBundleContext();
        if (context == null) {
            throw new IllegalStateException("the framework is not running");
        }
        return context;
    }

    Bundle install(Path jar) throws BundleException {
        return context().installBundle(jar.toUri().toString());
    }

    /**
     * Starts every bundle that is not a fragment, like Karaf does for installed features.
     *
     * @return the bundles that did not start, with the framework's reason (for a bundle that does not resolve: the
     *         missing requirement)
     */
    Map<Bundle, String> startAll(List<Bundle> bundles) {
        Map<Bundle, String> failures = new LinkedHashMap<>();
        for (Bundle bundle : bundles) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                bundle.start();
            } catch (BundleException | RuntimeException e) {
                failures.put(bundle, String.valueOf(e.getMessage()));
            }
        }
        return failures;
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED (not resolved)";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> Integer.toString(state);
        };
    }

    static String describe(Map<Bundle, String> failures) {
        return failures.entrySet().stream().map(e -> e.getKey().getSymbolicName() + ": " + e.getValue())
                .collect(Collectors.joining("\n", "\n", ""));
    }

    @Override
    public void close() throws BundleException {
        framework.stop();
        try {
            framework.waitForStop(STOP_TIMEOUT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The packages the API jars export, each once, with the version their manifest gives. */
    private static String systemPackagesExtra() throws IOException {
        Map<String, String> packages = new LinkedHashMap<>();
        for (String className : SYSTEM_PACKAGE_JARS) {
            try (JarFile jar = new JarFile(ClasspathJars.containing(className).toFile())) {
                Parameters exports = new Parameters(jar.getManifest().getMainAttributes().getValue("Export-Package"));
                exports.forEach((key, attrs) -> packages.putIfAbsent(Processor.removeDuplicateMarker(key),
                        attrs.getVersion() == null ? "0" : attrs.getVersion()));
            }
        }
        return packages.entrySet().stream().map(e -> e.getKey() + ";version=\"" + e.getValue() + "\"")
                .collect(Collectors.joining(","));
    }
}
