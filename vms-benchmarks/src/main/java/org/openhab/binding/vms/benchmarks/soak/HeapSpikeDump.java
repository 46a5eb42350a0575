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
package org.openhab.binding.vms.benchmarks.soak;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.management.JMException;
import javax.management.ObjectName;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the heap held when a soak sample came out high: the classes with the most live bytes (the JVM's class
 * histogram, as {@code jmap -histo:live} prints it) and what every thread was doing, written next to the figures so
 * that a failed heap bound says what grew instead of only that it did.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class HeapSpikeDump {

    private static final int CLASSES = 40;
    private static final int FRAMES = 12;

    private HeapSpikeDump() {
    }

    /** Writes the dump of {@code sample} into {@code directory}; returns the file. */
    static Path write(Path directory, SoakSample sample, String why) {
        Path file = directory.resolve(String.format(Locale.ROOT, "soak-heap-%05.1f-min.txt", sample.minutes()));
        StringBuilder text = new StringBuilder();
        text.append("soak sample ").append(sample).append('\n').append(why).append("\n\n");
        text.append(histogram()).append('\n');
        Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
                .sorted(Comparator.comparing(ThreadInfo::getThreadName)).forEach(info -> {
                    text.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState())
                            .append('\n');
                    Arrays.stream(info.getStackTrace()).limit(FRAMES)
                            .forEach(frame -> text.append("    at ").append(frame).append('\n'));
                });
        try {
            Files.createDirectories(directory);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.out.println("soak: could not write " + file + ": " + e.getMessage());
        }
        return file;
    }

    /** The top of the live-object class histogram (it runs a full collection first). */
    private static String histogram() {
        try {
            Object result = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] { new String[0] }, new String[] { String[].class.getName() });
            return String.valueOf(result).lines().limit(CLASSES + 3).collect(Collectors.joining("\n"));
        } catch (JMException | RuntimeException e) {
            return "no class histogram: " + e;
        }
    }
}
