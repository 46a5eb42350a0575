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
package org.openhab.binding.vms.benchmarks.dispatch;

import java.util.BitSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.benchmarks.binding.BenchThings;
import org.openhab.binding.vms.benchmarks.binding.OfflineConnection;
import org.openhab.binding.vms.internal.VmsBindingConstants;
import org.openhab.binding.vms.internal.api.connection.VmsAccountStatus;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost per message from a decoded event to the {@code ThingHandlerCallback}: the account bridge's
 * {@link VmsAccountHandler#event} (what the connection's delivery thread calls) routes it by camera id to one of
 * {@code things} camera Things, whose handler updates its channels and fires its trigger on the callback of
 * {@link BenchThings} (plain counters, no mocks).
 * <p>
 * Either every channel has an item linked ({@value #ALL_LINKED}: every state of a message is made and sent) or none
 * ({@value #NONE_LINKED}: rules use the triggers; the handlers keep what REFRESH would need and make nothing else).
 * <p>
 * The messages are {@value #MESSAGES} decoded camera messages ({@link CameraMessages}: analytic detections, marks,
 * favourites) whose targets are spread evenly over all Things, so that more Things also means a larger working set,
 * as in a real installation. There are more messages than the largest count of Things, so every Thing gets messages
 * (with 1,024 messages, 10,000 Things were only 1,024 reached ones), and every case sends the same number of
 * messages, so the count of Things is the only thing that changes between cases. {@value #DECODED} of them are
 * decoded from their own frame, the others are these re-addressed ({@link CameraMessages#readdressed}): the JSON
 * that a linked {@code last-event-json} is written from stays a working set of {@value #DECODED} messages in every
 * case, as a message fresh from the socket is in the caches; only the Things' own state grows with their number.
 * Setup checks that every message reaches a Thing's trigger and that every Thing got one.
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
public class DispatchBenchmark {

    /** A power of two (the index wraps with a mask) above the largest count of Things. */
    private static final int MESSAGES = 16_384;
    /** How many of them are decoded from a frame of their own; the others share their JSON. */
    private static final int DECODED = 1_024;

    /** Every channel has an item linked. */
    public static final String ALL_LINKED = "all";
    /** No item is linked to any channel; rules use the triggers. */
    public static final String NONE_LINKED = "none";

    @Param({ "10", "1000", "10000" })
    public int things;

    /** Which channels have an item linked: {@value #ALL_LINKED} or {@value #NONE_LINKED}. */
    @Param({ ALL_LINKED, NONE_LINKED })
    public String linked = ALL_LINKED;

    private @Nullable BenchThings manager;
    private @Nullable VmsAccountHandler account;
    private final VmsEvent[] events = new VmsEvent[MESSAGES];
    private int next;

    private static final Set<String> PICTURE_CHANNELS = Set.of(VmsBindingConstants.CHANNEL_SNAPSHOT,
            VmsBindingConstants.CHANNEL_LAST_EVENT_IMAGE);

    @Setup(Level.Trial)
    public void setUp() {
        BenchThings newManager = new BenchThings("http://127.0.0.1:9", "bench@example.com", "secret",
                new HttpClient(), OfflineConnection::new);
        manager = newManager;
        VmsAccountHandler newAccount = newManager.account();
        account = newAccount;
        newManager.initializeBridge();
        newAccount.statusChanged(VmsAccountStatus.ONLINE, null);
        boolean allLinked = switch (linked) {
            case ALL_LINKED -> true;
            case NONE_LINKED -> false;
            default -> throw new IllegalArgumentException("linked must be " + ALL_LINKED + " or " + NONE_LINKED);
        };
        // the picture channels start a download on the scheduler (I/O bounded by its own limits, measured by the
        // snapshot benchmark), not part of dispatching a message: left unlinked in both cases
        newManager.linkChannels(channel -> allLinked && !PICTURE_CHANNELS.contains(channel.getId()));
        newManager.addCameras(1, things);
        ThingUID last = newManager.cameras().get(things - 1).getThing().getUID();
        if (newManager.status(BenchThings.BRIDGE_UID) != ThingStatus.ONLINE
                || newManager.status(last) != ThingStatus.ONLINE) {
            throw new IllegalStateException("bridge or cameras not ONLINE");
        }
        VmsEventDecoder decoder = new VmsEventDecoder();
        // a multiplier coprime to every count used spreads consecutive messages over the whole id range
        // DECODED distinct messages, each re-addressed MESSAGES / DECODED times: every Thing gets messages, while
        // the messages' JSON stays a working set of DECODED (a message comes freshly decoded from the socket, so
        // only the Things' state should grow with their number)
        VmsEvent[] decoded = new VmsEvent[DECODED];
        for (int i = 0; i < DECODED; i++) {
            decoded[i] = CameraMessages.decoded(decoder, i, 1 + i % things);
        }
        BitSet addressed = new BitSet(things);
        for (int i = 0; i < MESSAGES; i++) {
            long cameraId = 1 + (i * 7919L) % things;
            addressed.set((int) cameraId - 1);
            events[i] = CameraMessages.readdressed(decoded[i % DECODED], cameraId);
        }
        if (things > MESSAGES || addressed.cardinality() != things) {
            throw new IllegalStateException("the messages reach " + addressed.cardinality() + " of " + things
                    + " Things");
        }
        newAccount.event(events[0]); // the first message also shows dropped-messages (0)
        for (VmsEvent event : events) {
            long before = newManager.triggers();
            long statesBefore = newManager.stateUpdates();
            newAccount.event(event);
            if (newManager.triggers() != before + 1) {
                throw new IllegalStateException(event.kind() + " did not reach a camera's trigger");
            }
            if ((newManager.stateUpdates() > statesBefore) != allLinked) {
                throw new IllegalStateException(event.kind() + (allLinked ? " updated no" : " updated an unlinked")
                        + " channel");
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchThings current = manager;
        if (current != null) {
            current.dispose();
        }
    }

    @Benchmark
    public @Nullable VmsEvent dispatch() {
        VmsAccountHandler current = account;
        if (current == null) {
            return null;
        }
        int index = next;
        next = (index + 1) & (MESSAGES - 1);
        VmsEvent event = events[index];
        current.event(event);
        return event;
    }
}
