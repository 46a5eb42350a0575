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
package org.openhab.binding.vms.cli.binding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.cli.CliConsole;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.simulator.runtime.LocalThingManager;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;

/**
 * Takes a camera's snapshot the way a rule action does ({@link VmsCameraHandler#getSnapshot()}: the preview's
 * one-frame MP4 downloaded and decoded to a JPEG), reports its size and, with {@code --snapshot-dir}, writes it to
 * {@code camera-<id>.jpg} there.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class Snapshots {

    private final LocalThingManager manager;
    private final CliConsole console;
    private final @Nullable Path directory;

    Snapshots(LocalThingManager manager, CliConsole console, @Nullable Path directory) {
        this.manager = manager;
        this.console = console;
        this.directory = directory;
    }

    /** @return whether a JPEG was taken (and written, when a directory was given) */
    boolean take(ThingUID camera) {
        Thing thing = manager.thing(camera);
        if (thing == null || !(thing.getHandler() instanceof VmsCameraHandler handler)) {
            console.info("snapshot: " + camera + " is no camera Thing with a handler");
            return false;
        }
        byte[] jpeg = handler.getSnapshot();
        if (jpeg == null) {
            console.info("snapshot: camera " + handler.getCameraId() + " gave no picture (see --debug)");
            return false;
        }
        Path dir = directory;
        if (dir == null) {
            console.info("snapshot: camera " + handler.getCameraId() + ": JPEG of " + jpeg.length + " bytes");
            return true;
        }
        Path file = dir.resolve("camera-" + handler.getCameraId() + ".jpg");
        try {
            Files.createDirectories(dir);
            Files.write(file, jpeg);
        } catch (IOException e) {
            console.info("snapshot: could not write " + file + ": " + e.getMessage());
            return false;
        }
        console.info("snapshot: camera " + handler.getCameraId() + ": JPEG of " + jpeg.length + " bytes written to "
                + file);
        return true;
    }
}
