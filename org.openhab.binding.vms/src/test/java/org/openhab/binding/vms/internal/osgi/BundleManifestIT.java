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

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Processor;

/**
 * Checks the manifest and content of the packaged bundle against what openHAB 4.3.11 and 5.2.1 provide: it must
 * import nothing a runtime lacks, with ranges that cover both releases, embed only the non-OSGi libraries and export
 * nothing.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class BundleManifestIT {

    private static final Logger LOGGER = LoggerFactory.getLogger(BundleManifestIT.class);

    /** Where the classes in the jar may come from: the binding and the three embedded libraries. */
    private static final List<String> EMBEDDED_CLASS_PREFIXES = List.of("org/openhab/binding/vms/",
            "com/pusher/client/", "org/java_websocket/", "org/jcodec/");

    /** Class file major version of Java 17: openHAB 4.3 runs on Java 17. */
    private static final int JAVA_17_CLASS_VERSION = 61;

    private final Attributes manifest = BuiltBundle.mainAttributes();

    @Test
    void identifiesAsTheOpenhabVmsBinding() {
        assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
        assertEquals(BuiltBundle.SYMBOLIC_NAME, firstKey(manifest.getValue("Bundle-SymbolicName")));
        assertNotNull(manifest.getValue("Bundle-Name"));
        assertEquals("openHAB", manifest.getValue("Bundle-Vendor"));
        assertEquals("EPL-2.0", firstKey(manifest.getValue("Bundle-License")));
        assertNotNull(Version.parseVersion(manifest.getValue("Bundle-Version")));
    }

    @Test
    void exportsNothing() {
        String exports = manifest.getValue("Export-Package");
        assertTrue(exports == null || exports.isBlank(), "the binding must not export packages: " + exports);
    }

    @Test
    void importsOnlyWhatOpenhab43And5ExportWithRangesCoveringBoth() {
        Parameters imports = new Parameters(manifest.getValue("Import-Package"));
        Map<String, String> actual = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        imports.forEach((key, attrs) -> {
            String pkg = Processor.removeDuplicateMarker(key);
            String version = attrs.get("version");
            actual.put(pkg, version == null ? "" : version);
            String required = OpenhabRuntimeExports.requiredRange(pkg);
            if (required == null) {
                problems.add(pkg + " is not exported by an openHAB 4.3/5.x runtime");
            } else if (required.isEmpty()) {
                if (version != null) {
                    problems.add(pkg + " is a JRE package and must be imported without a version, not " + version);
                }
            } else if (version == null || !new VersionRange(required).equals(new VersionRange(version))) {
                problems.add(pkg + " must be imported with version=\"" + required + "\", not " + version);
            }
            if ("optional".equals(attrs.get("resolution:"))) {
                problems.add(pkg + " is imported optionally; every import must resolve in openHAB");
            }
        });
        LOGGER.info("Import-Package of {}: {}", BuiltBundle.jar().getFileName(), actual);
        assertEquals(List.of(), problems, "Import-Package problems; the full list is " + actual);
        assertFalse(actual.containsKey("org.eclipse.jdt.annotation"), "JDT annotations are compile-time only");
    }

    @Test
    void openhabRangeAcceptsBothReleasesAndGsonOf5x() {
        VersionRange openhab = new VersionRange(OpenhabRuntimeExports.OPENHAB_RANGE);
        assertTrue(openhab.includes(Version.parseVersion("4.3.11")));
        assertTrue(openhab.includes(Version.parseVersion("5.2.1")));
        assertFalse(openhab.includes(Version.parseVersion("4.2.3")));
        VersionRange gson = new VersionRange(OpenhabRuntimeExports.requiredRange("com.google.gson"));
        assertTrue(gson.includes(Version.parseVersion("2.10.1")), "openHAB 4.3 ships Gson 2.10.1");
        assertTrue(gson.includes(Version.parseVersion("2.13.2")), "openHAB 5.2 ships Gson 2.13.2");
    }

    @Test
    void requiresAtMostJava17() {
        String requirements = manifest.getValue("Require-Capability");
        assertNotNull(requirements, "bnd declares the osgi.ee requirement");
        Matcher ee = Pattern.compile("\\(osgi\\.ee=JavaSE\\)\\(version=([0-9.]+)\\)").matcher(requirements);
        assertTrue(ee.find(), "no osgi.ee JavaSE requirement in " + requirements);
        assertTrue(Version.parseVersion(ee.group(1)).compareTo(Version.parseVersion("17")) <= 0,
                "openHAB 4.3 runs on Java 17, the bundle requires JavaSE " + ee.group(1));
    }

    @Test
    void containsOnlyTheBindingAndTheEmbeddedLibrariesInJava17Bytecode() throws IOException {
        List<String> foreign = new ArrayList<>();
        List<String> tooNew = new ArrayList<>();
        try (JarFile jar = new JarFile(BuiltBundle.jar().toFile())) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                String name = entry.getName();
                if (!name.endsWith(".class")) {
                    continue;
                }
                if (EMBEDDED_CLASS_PREFIXES.stream().noneMatch(name::startsWith)) {
                    foreign.add(name);
                }
                if (classFileMajorVersion(jar, entry) > JAVA_17_CLASS_VERSION) {
                    tooNew.add(name);
                }
            }
            assertNotNull(jar.getEntry("com/pusher/client/Pusher.class"), "pusher-java-client is embedded");
            assertNotNull(jar.getEntry("org/java_websocket/client/WebSocketClient.class"),
                    "Java-WebSocket is embedded");
            assertNotNull(jar.getEntry("pusher.properties"), "the client reads its version from pusher.properties");
            assertNull(jar.getEntry("com/pusher/client/example/ExampleApp.class"), "the library's example app");
            assertNotNull(jar.getEntry("org/jcodec/codecs/h264/H264Decoder.class"), "jcodec's H.264 decoder");
            assertNull(jar.getEntry("org/jcodec/codecs/h264/encode/MBEncoderI16x16.class"), "no encoder packages");
            assertNull(jar.getEntry("org/jcodec/api/transcode/TranscodeMain.class"), "only jcodec's decoding packages");
        }
        assertEquals(List.of(), foreign, "classes that the runtime must provide, not the bundle");
        assertEquals(List.of(), tooNew, "classes newer than Java 17");
        String classPath = manifest.getValue("Bundle-ClassPath");
        assertTrue(classPath == null || ".".equals(classPath.strip()), "libraries are inlined: " + classPath);
    }

    @Test
    void declaresTheHandlerFactoryComponent() throws IOException {
        String xml = componentXml("org.openhab.binding.vms.internal.VmsHandlerFactory");
        assertTrue(xml.contains("interface=\"org.openhab.core.thing.binding.ThingHandlerFactory\""), xml);
        assertTrue(xml.contains("configuration-pid=\"binding.vms\""), xml);
    }

    /**
     * The discovery service is the PROTOTYPE component openHAB's handler factory takes an instance of per account,
     * configured from discovery.vms, with the providers openHAB localises its labels with.
     */
    @Test
    void declaresTheDiscoveryServiceAsAPrototypeComponent() throws IOException {
        String xml = componentXml("org.openhab.binding.vms.internal.discovery.VmsDiscoveryService");
        assertTrue(xml.contains("<service scope=\"prototype\">"), xml);
        assertTrue(xml.contains("interface=\"org.openhab.binding.vms.internal.discovery.VmsDiscoveryService\""),
                xml);
        assertTrue(xml.contains("configuration-pid=\"discovery.vms\""), xml);
        assertTrue(xml.contains("modified=\"modified\""), xml);
        assertTrue(xml.contains("interface=\"org.openhab.core.i18n.TranslationProvider\""), xml);
        assertTrue(xml.contains("interface=\"org.openhab.core.i18n.LocaleProvider\""), xml);
    }

    /** The description bnd wrote for the component, listed in Service-Component. */
    private String componentXml(String component) throws IOException {
        String components = manifest.getValue("Service-Component");
        assertNotNull(components, "bnd writes Service-Component for the @Component classes");
        String path = "OSGI-INF/" + component + ".xml";
        assertTrue(new Parameters(components).containsKey(path), components);
        try (JarFile jar = new JarFile(BuiltBundle.jar().toFile())) {
            JarEntry entry = jar.getJarEntry(path);
            assertNotNull(entry, path);
            try (InputStream in = jar.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void includesOhInfResourcesUnchanged() throws IOException {
        Path resources = BuiltBundle.resources();
        Path ohInf = resources == null ? null : resources.resolve("OH-INF");
        assumeTrue(ohInf != null && Files.isDirectory(ohInf),
                "the bundle has no src/main/resources/OH-INF yet");
        List<String> different = new ArrayList<>();
        try (JarFile jar = new JarFile(BuiltBundle.jar().toFile()); Stream<Path> files = Files.walk(ohInf)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = resources.relativize(file).toString().replace('\\', '/');
                JarEntry entry = jar.getJarEntry(name);
                if (entry == null) {
                    different.add(name + " (missing)");
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    if (!Arrays.equals(Files.readAllBytes(file), in.readAllBytes())) {
                        different.add(name + " (changed)");
                    }
                }
            }
        }
        assertEquals(List.of(), different);
    }

    @Test
    void carriesTheBundlesNoticeNamingTheEmbeddedLibrariesAndTheLicence() throws IOException {
        Path module = BuiltBundle.moduleDir();
        String notice = Files.readString(module.resolve("NOTICE"), StandardCharsets.UTF_8);
        try (JarFile jar = new JarFile(BuiltBundle.jar().toFile())) {
            assertEquals(notice, entryText(jar, "META-INF/NOTICE"), "META-INF/NOTICE is the bundle's own NOTICE");
            assertEquals(Files.readString(module.resolve("../LICENSE"), StandardCharsets.UTF_8),
                    entryText(jar, "META-INF/LICENSE"), "META-INF/LICENSE is the project's licence");
        }
        assertTrue(notice.contains("Eclipse Public License 2.0") && notice.contains("SPDX-License-Identifier: EPL-2.0"),
                notice);
        // each embedded library by name and the version -includeresource inlines (the pom passes it in)
        Map<String, String> sources = Map.of("pusher-java-client", "https://github.com/pusher/pusher-websocket-java",
                "Java-WebSocket", "https://github.com/TooTallNate/Java-WebSocket", "jcodec",
                "https://github.com/jcodec/jcodec");
        Map<String, String> licences = Map.of("pusher-java-client", "MIT License", "Java-WebSocket", "MIT License",
                "jcodec", "BSD 2-Clause License");
        sources.forEach((library, source) -> {
            String version = System.getProperty("vms.embedded." + library);
            assertNotNull(version, "the pom passes vms.embedded." + library);
            int at = notice.indexOf(library + " " + version);
            assertTrue(at >= 0, "NOTICE names " + library + " " + version);
            String entry = notice.substring(at, Math.min(notice.length(), at + 300));
            assertTrue(entry.contains("License: " + licences.get(library)) && entry.contains("Source: " + source),
                    entry);
        });
    }

    private static String entryText(JarFile jar, String name) throws IOException {
        JarEntry entry = jar.getJarEntry(name);
        assertNotNull(entry, name + " is in the bundle");
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int classFileMajorVersion(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            byte[] header = in.readNBytes(8);
            return header.length < 8 ? 0 : ((header[6] & 0xff) << 8) | (header[7] & 0xff);
        }
    }

    private static @Nullable String firstKey(@Nullable String header) {
        if (header == null) {
            return null;
        }
        return new Parameters(header).keySet().stream().findFirst().orElse(null);
    }
}
