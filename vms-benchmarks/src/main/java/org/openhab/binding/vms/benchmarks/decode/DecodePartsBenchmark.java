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

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.api.event.VmsEventKind;
import org.openhab.binding.vms.internal.api.model.VmsJsonFields;
import org.openhab.binding.vms.internal.api.model.VmsEventData;
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
 * Diagnostic, not part of RESULTS.md: the cost of the decoder's steps beyond Gson's parse, one at a time, to see
 * where the time between {@link DecodeBenchmark}'s decoder and floor goes (average time per call).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgs = { "-Xms1g", "-Xmx1g", "-XX:+UseParallelGC" })
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class DecodePartsBenchmark {

    private static final String MARK = "user-push.mark_created";

    private String timestamp = "2024-03-01T12:00:05.000000Z";
    private String wireType = "mark_created";
    private String markData = "";
    private JsonObject markPayload = new JsonObject();
    private @Nullable MethodHandle depthExceeds;
    private @Nullable MethodHandle printable;

    @Setup(Level.Trial)
    public void setUp() throws ReflectiveOperationException {
        markData = VmsExamples.frame(MARK).data();
        markPayload = JsonParser.parseString(markData).getAsJsonObject().getAsJsonObject("data")
                .getAsJsonObject("data");
        depthExceeds = handle(Class.forName("org.openhab.binding.vms.internal.api.event.SafeJson"), "depthExceeds",
                MethodType.methodType(boolean.class, String.class, int.class));
        printable = handle(VmsEventDecoder.class, "printable", MethodType.methodType(String.class, String.class));
    }

    private static MethodHandle handle(Class<?> owner, String name, MethodType type)
            throws ReflectiveOperationException {
        Method method = owner.getDeclaredMethod(name, type.parameterArray());
        method.setAccessible(true);
        return MethodHandles.lookup().unreflect(method);
    }

    /** One timestamp through the lenient java.time formatter (VmsEventData parses three eagerly). */
    @Benchmark
    public @Nullable Instant parseInstant() {
        return VmsJsonFields.parseInstant(timestamp);
    }

    /** The same timestamp through {@link Instant#parse}, for comparison. */
    @Benchmark
    public Instant instantParse() {
        return Instant.parse(timestamp);
    }

    /** The mark's payload into its record (includes three timestamps and the camera). */
    @Benchmark
    public VmsEventData markPayloadToRecord() {
        return VmsEventData.fromJson(markPayload);
    }

    /** SafeJson's nesting pre-scan over the mark's data string. */
    @Benchmark
    public boolean depthScan() throws Throwable {
        return (boolean) Objects.requireNonNull(depthExceeds).invokeExact(markData, 64);
    }

    /** Gson's parse of the same string, to size the above against. */
    @Benchmark
    public JsonObject gsonParse() {
        return JsonParser.parseString(markData).getAsJsonObject();
    }

    /** The log-safe copy of the Pusher event name that every decoded message makes for its trace line. */
    @Benchmark
    public String printableEventName() throws Throwable {
        return (String) Objects.requireNonNull(printable).invokeExact((@Nullable String) VmsEventDecoder.USER_PUSH);
    }

    @Benchmark
    public @Nullable VmsEventKind kindLookup() {
        return VmsEventKind.fromWireType(wireType);
    }
}
