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
package org.openhab.binding.vms.benchmarks.decode;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.api.event.VmsDecodeResult;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.simulator.vms.ExampleFrame;
import org.openhab.binding.vms.simulator.vms.VmsExamples;
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

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Decoding throughput (messages/s) over the mix of all example application frames, one frame per operation in
 * replay order, against the floor of what any decoder must do at least: parse the frame and its inner JSON string
 * with Gson into a {@link JsonObject} (two parses, no typing). The figure that counts is the ratio floor/decoder of
 * {@link #decodeFrame} and {@link #gsonFloorFrame}, measured in the same run.
 * <p>
 * The {@code *Data} pair measures the path the socket client takes (pusher-java-client has already parsed the
 * frame and hands over the {@code data} string): {@link VmsEventDecoder#decode} against one Gson parse of that
 * string.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecodeBenchmark {

    private final VmsEventDecoder decoder = new VmsEventDecoder();
    private String[] frameTexts = new String[0];
    private ExampleFrame[] frames = new ExampleFrame[0];
    private int next;

    @Setup(Level.Trial)
    public void loadExamples() {
        List<String> names = VmsExamples.APPLICATION_FRAMES;
        frameTexts = new String[names.size()];
        frames = new ExampleFrame[names.size()];
        for (int i = 0; i < names.size(); i++) {
            frameTexts[i] = VmsExamples.text(names.get(i));
            frames[i] = VmsExamples.frame(names.get(i));
            // a frame the decoder drops would make it look faster than it is
            if (!(decoder.decodeFrame(frameTexts[i]) instanceof VmsEvent)) {
                throw new IllegalStateException("example " + names.get(i) + " does not decode");
            }
        }
    }

    private int nextIndex() {
        int index = next;
        next = index + 1 == frames.length ? 0 : index + 1;
        return index;
    }

    /** The whole frame text through the decoder: what it costs to turn wire text into a typed event. */
    @Benchmark
    public VmsDecodeResult decodeFrame() {
        return decoder.decodeFrame(frameTexts[nextIndex()]);
    }

    /** The floor: the frame and its data string parsed with Gson, no typing. */
    @Benchmark
    public JsonObject gsonFloorFrame() {
        JsonObject frame = JsonParser.parseString(frameTexts[nextIndex()]).getAsJsonObject();
        return JsonParser.parseString(frame.get("data").getAsString()).getAsJsonObject();
    }

    /** The socket client's path: event name, channel and data string already split out by pusher-java-client. */
    @Benchmark
    public VmsDecodeResult decodeData() {
        ExampleFrame frame = frames[nextIndex()];
        return decoder.decode(frame.event(), frame.channel(), frame.data());
    }

    /** Its floor: the data string parsed with Gson. */
    @Benchmark
    public JsonObject gsonFloorData() {
        return JsonParser.parseString(frames[nextIndex()].data()).getAsJsonObject();
    }
}
