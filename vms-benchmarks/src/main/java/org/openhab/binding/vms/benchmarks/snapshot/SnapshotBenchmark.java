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
package org.openhab.binding.vms.benchmarks.snapshot;

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.api.picture.VmsPictureException;
import org.openhab.binding.vms.internal.api.picture.VmsPreviewDecoder;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a camera snapshot costs the binding once the preview is downloaded: the 1920x1080 one-frame H.264 MP4 (main
 * profile, the simulated VMS's preview, made by ffmpeg) decoded by {@link VmsPreviewDecoder} and written as a JPEG
 * ({@link #decodeAndEncode}), and the decoding alone ({@link #decodeOnly}), to see which part dominates.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SnapshotBenchmark {

    private byte[] preview = new byte[0];

    @Setup(Level.Trial)
    public void loadPreview() throws VmsPictureException {
        preview = SimulatedVms.defaultPreview();
        BufferedImage image = VmsPreviewDecoder.decode(preview);
        // a preview that decodes to something else would measure the wrong work
        if (image.getWidth() != 1920 || image.getHeight() != 1080) {
            throw new IllegalStateException("the preview is " + image.getWidth() + "x" + image.getHeight());
        }
    }

    /** The whole snapshot: MP4 to JPEG. */
    @Benchmark
    public byte[] decodeAndEncode() throws VmsPictureException {
        return VmsPreviewDecoder.toJpeg(preview);
    }

    /** The H.264 decoding and the colour conversion only. */
    @Benchmark
    public BufferedImage decodeOnly() throws VmsPictureException {
        return VmsPreviewDecoder.decode(preview);
    }
}
