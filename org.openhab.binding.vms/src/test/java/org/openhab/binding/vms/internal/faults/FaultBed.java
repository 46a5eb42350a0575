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
package org.openhab.binding.vms.internal.faults;

import static org.openhab.binding.vms.internal.VmsBindingConstants.*;
import static org.openhab.binding.vms.simulator.testing.Await.waitForAssert;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConnection;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionPolicy;
import org.openhab.binding.vms.internal.api.connection.VmsConnectionStatistics;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.handler.VmsIntercomHandler;
import org.openhab.binding.vms.internal.handler.VmsTokenStorage;
import org.openhab.binding.vms.internal.testsupport.CallbackTally;
import org.openhab.binding.vms.internal.testsupport.CallbackTally.StatusAt;
import org.openhab.binding.vms.internal.testsupport.VmsTestThings;
import org.openhab.binding.vms.simulator.runtime.LocalThingManager;
import org.openhab.binding.vms.simulator.runtime.ThingManagerListener;
import org.openhab.binding.vms.simulator.runtime.VolatileStorageService;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.VmsWire;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.storage.Storage;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.State;

/**
 * One fault scenario's world: the simulated VMS (on whichever Pusher server the scenario chose), the real bridge
 * handler with a real {@link VmsAccountConnection} under it, a camera and an intercom Thing with their real handlers,
 * run on openHAB's thing manager rules ({@link LocalThingManager}), what they report counted in a
 * {@link CallbackTally}. Messages the scenario publishes carry numbers ({@link NumberedEvents}):
 * analytic detections for camera {@value #CAMERA_ID} on the user channel and calls for intercom
 * {@value #INTERCOM_ID} on the token channel, so their triggers prove that both channels are subscribed and are
 * counted per number in an {@link IdTally}.
 * <p>
 * Every wait is a polling assertion whose failure names the scenario and what was observed ({@link #describe()}).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class FaultBed implements AutoCloseable {

    static final long CAMERA_ID = 1002;
    static final long INTERCOM_ID = 301;
    static final Duration ONLINE_TIMEOUT = Duration.ofSeconds(30);
    static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(20);

    private static final AtomicInteger BEDS = new AtomicInteger();

    private final String scenario;
    private final SimulatedVms sim;
    private final HttpClient httpClient = new HttpClient();
    private final VolatileStorageService storage = new VolatileStorageService();
    private final Map<String, Object> accountConfig = new HashMap<>();
    private final List<VmsAccountConnection> connections = new CopyOnWriteArrayList<>();
    private final List<Thing> children = new CopyOnWriteArrayList<>();
    private final IdTally tally = new IdTally();
    /** The numbered messages that fired on a late channel (caught up from the history after a gap). */
    private final IdTally lateTally = new IdTally();
    private final AtomicLong nextNumber = new AtomicLong(1_000_000);
    private final List<Long> connectedIds = new CopyOnWriteArrayList<>();
    private final List<Long> outageIds = new CopyOnWriteArrayList<>();
    private final ThingUID bridgeUID;
    private final LocalThingManager openhab = new LocalThingManager(this::handlerOf);
    private final CallbackTally reported = new CallbackTally();
    private volatile TriggerSink sink = this::countNumbered;
    private VmsConnectionPolicy policy = VmsConnectionPolicy.defaults()
            .withBackoff(Duration.ofMillis(100), Duration.ofMillis(20)).withConnectTimeout(Duration.ofSeconds(5))
            .withRandom(() -> 0.5);
    private @Nullable Bridge bridge;

    /** Receives every trigger, on the thread that fired it. */
    @FunctionalInterface
    interface TriggerSink {
        void triggered(ThingUID thing, String channelId, String payload);
    }

    /**
     * @param scenario named in every failure message
     * @param sim the simulated VMS; closed with the bed
     */
    FaultBed(String scenario, SimulatedVms sim) throws Exception {
        this.scenario = scenario;
        this.sim = sim;
        httpClient.start();
        accountConfig.put("baseUrl", sim.baseUrl());
        accountConfig.put("login", SimulatedVms.DEFAULT_LOGIN);
        accountConfig.put("password", SimulatedVms.DEFAULT_PASSWORD);
        // the security change requires this for http:// base URLs; ignored before it lands
        accountConfig.put("allowPlainHttp", Boolean.TRUE);
        // a bridge id of its own, so that thread names (OH-binding-<bridge UID>-...) belong to this bed only
        bridgeUID = new ThingUID(THING_TYPE_ACCOUNT, "faults-" + BEDS.incrementAndGet());
        openhab.addListener(reported);
        openhab.linkChannels(VmsTestThings::linkedButPictures);
        openhab.addListener(new ThingManagerListener() {
            @Override
            public void channelTriggered(Thing thing, ChannelUID channel, String event) {
                sink.triggered(thing.getUID(), channel.getId(), event);
            }
        });
    }

    /** The handlers openHAB makes: the bridge's on a real connection with the scenario's policy. */
    private ThingHandler handlerOf(Thing thing) {
        if (thing instanceof Bridge account) {
            return new VmsAccountHandler(account, httpClient, new VmsTokenStorage(storage),
                    (config, unusedHttpClient, store, scheduler, listener) -> {
                        VmsAccountConnection connection = new VmsAccountConnection(config, httpClient, store,
                                scheduler, listener, policy);
                        connections.add(connection);
                        return connection;
                    });
        }
        return THING_TYPE_CAMERA.equals(thing.getThingTypeUID()) ? new VmsCameraHandler(thing)
                : new VmsIntercomHandler(thing);
    }

    // ---------------------------------------------------------------- set-up

    /** Changes the account Thing's configuration (before {@link #start()}); a null value removes the parameter. */
    FaultBed config(String key, @Nullable Object value) {
        if (value == null) {
            accountConfig.remove(key);
        } else {
            accountConfig.put(key, value);
        }
        return this;
    }

    FaultBed policy(UnaryOperator<VmsConnectionPolicy> change) {
        policy = change.apply(policy);
        return this;
    }

    /** Creates the bridge handler and the camera and intercom Things, and initialises them, as openHAB would. */
    FaultBed start() {
        startBridge();
        addCamera(CAMERA_ID);
        addIntercom(INTERCOM_ID);
        return this;
    }

    /**
     * Adds the account Thing (once), whose handler openHAB makes and initialises; after {@link #disposeBridge()},
     * enables it again, which makes a new handler and starts the children again once it is initialised.
     */
    VmsAccountHandler startBridge() {
        Bridge current = bridge;
        if (current == null) {
            current = VmsTestThings.account(bridgeUID, accountConfig);
            bridge = current;
            openhab.add(current);
        } else {
            openhab.setEnabled(bridgeUID, true);
        }
        return account();
    }

    /**
     * Changes a parameter of the account Thing's configuration the way openHAB does when the user changes it (UI or
     * REST): its ThingRegistry hands the new parameters to the handler's {@code handleConfigurationUpdate}, which
     * disposes the handler, stores the configuration and initialises it again (BaseThingHandler). Editing the Thing's
     * configuration in place would not do: openHAB 5's handler keeps the configuration it read.
     */
    void reconfigure(String key, Object value) {
        openhab.updateConfiguration(bridgeUID, Map.of(key, value));
    }

    /**
     * Disables the account Thing as a user does in openHAB: the children's handlers are disposed, then the bridge's
     * ({@link #startBridge()} enables it again).
     */
    void disposeBridge() {
        openhab.setEnabled(bridgeUID, false);
    }

    VmsCameraHandler addCamera(long cameraId) {
        return addChild(VmsTestThings.camera(bridgeUID, "camera-" + cameraId, cameraId), VmsCameraHandler.class);
    }

    VmsIntercomHandler addIntercom(long intercomId) {
        return addChild(VmsTestThings.intercom(bridgeUID, "intercom-" + intercomId, intercomId),
                VmsIntercomHandler.class);
    }

    /** Adds the child Thing; the bridge must be initialised, so that openHAB makes its handler at once. */
    private <H extends ThingHandler> H addChild(Thing thing, Class<H> type) {
        openhab.add(thing);
        children.add(thing);
        ThingHandler handler = openhab.handler(thing.getUID());
        if (handler == null) {
            throw failure(thing.getUID() + " got no handler: " + thing.getStatusInfo());
        }
        return type.cast(handler);
    }

    // ---------------------------------------------------------------- what the scenario looks at

    String scenario() {
        return scenario;
    }

    SimulatedVms sim() {
        return sim;
    }

    /** What the handlers reported, counted. */
    CallbackTally reported() {
        return reported;
    }

    /** Every trigger goes to this sink from now on (instead of the numbered messages' tally). */
    void sink(TriggerSink newSink) {
        sink = newSink;
    }

    IdTally tally() {
        return tally;
    }

    ThingUID bridgeUID() {
        return bridgeUID;
    }

    ThingUID cameraUID() {
        return new ThingUID(THING_TYPE_CAMERA, bridgeUID, "camera-" + CAMERA_ID);
    }

    ThingUID intercomUID() {
        return new ThingUID(THING_TYPE_INTERCOM, bridgeUID, "intercom-" + INTERCOM_ID);
    }

    /** The bridge's handler now (enabling the Thing again makes a new one). */
    VmsAccountHandler account() {
        if (openhab.handler(bridgeUID) instanceof VmsAccountHandler handler) {
            return handler;
        }
        throw new IllegalStateException("the bridge has no handler: " + bridgeStatus());
    }

    /** The connection the bridge created last. */
    VmsAccountConnection connection() {
        if (connections.isEmpty()) {
            throw new IllegalStateException("the bridge created no connection");
        }
        return connections.get(connections.size() - 1);
    }

    int connectionsCreated() {
        return connections.size();
    }

    VmsConnectionStatistics statistics() {
        return connection().getStatistics();
    }

    /** Socket connections after the first, over every connection the bridge created (re-initialising makes one). */
    long reconnects() {
        return connections.stream().mapToLong(c -> c.getStatistics().reconnects()).sum();
    }

    ThingStatusInfo bridgeStatus() {
        Bridge current = bridge;
        return current == null ? new ThingStatusInfo(ThingStatus.UNINITIALIZED, ThingStatusDetail.NONE, null)
                : current.getStatusInfo();
    }

    /** The camera and intercom Things. */
    List<Thing> children() {
        return List.copyOf(children);
    }

    /** The prefix of every thread of this bridge's connection ({@code OH-binding-<bridge UID>}). */
    String threadPrefix() {
        return "OH-binding-" + bridgeUID.getAsString();
    }

    /** Names of the live threads of this bridge's connection. */
    Set<String> bridgeThreads() {
        Set<String> names = new TreeSet<>();
        String prefix = threadPrefix();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive() && thread.getName().startsWith(prefix)) {
                names.add(thread.getName());
            }
        }
        return names;
    }

    /** Login requests ({@code POST token}) the simulated VMS received, answered or refused. */
    int loginRequests() {
        return sim.requests("POST", "token").size();
    }

    /** The session token the bridge stored, or null. */
    @Nullable
    String storedToken() {
        Storage<String> tokens = storage.getStorage(VmsTokenStorage.STORAGE_NAME);
        for (String token : tokens.getValues()) {
            if (token != null) {
                return token;
            }
        }
        return null;
    }

    /** The last seen mark the bridge stored (docs/protocol.md, "Catch-up"), or null. */
    @Nullable
    String storedMark() {
        Storage<String> marks = storage.getStorage(VmsTokenStorage.LAST_SEEN_STORAGE_NAME);
        return marks.get(bridgeUID.getAsString());
    }

    /** Re-reads of the camera list the simulated VMS has served (the bridge's resync reads it first). */
    int cameraListReads() {
        return sim.requests("GET", "cameras/flat-tree").size();
    }

    /** How far the account re-reads had got at one moment. */
    record ResyncMark(int listReads, long statusUpdates) {
    }

    ResyncMark resyncMark() {
        return new ResyncMark(cameraListReads(), cameraResyncs());
    }

    /**
     * Waits until the bridge has re-read the account since the mark: the simulated VMS served the camera list again,
     * and the camera Thing's {@code status} channel was set from it again.
     */
    void awaitResyncSince(ResyncMark mark, String phase) {
        await(phase + ": the account re-read (camera list served and applied to the camera Thing)",
                DELIVERY_TIMEOUT,
                () -> cameraListReads() > mark.listReads() && cameraResyncs() > mark.statusUpdates());
    }

    /** Updates of the camera's {@code status} channel: only a re-read of the camera list sets it. */
    long cameraResyncs() {
        return reported.updates(cameraUID(), CHANNEL_STATUS);
    }

    @Nullable
    State lastState(ThingUID thing, String channelId) {
        return reported.lastState(thing, channelId);
    }

    // ---------------------------------------------------------------- numbered messages

    /**
     * Counts a numbered message's trigger, live or late, in {@link #tally()} (so each must fire exactly once either
     * way) and a late one also in {@link #lateTally()}. The number comes from the state the handler set just before
     * (a late message sets it too: the scenarios publish nothing live until the outage's messages have come).
     */
    private void countNumbered(ThingUID thing, String channelId, String payload) {
        long id;
        if (CHANNEL_ANALYTIC_EVENT.equals(channelId) || CHANNEL_LATE_ANALYTIC_EVENT.equals(channelId)) {
            State json = reported.lastState(thing, CHANNEL_LAST_EVENT_JSON);
            id = NumberedEvents.analyticId(json == null ? null : json.toString());
        } else if (CHANNEL_CALL.equals(channelId) || CHANNEL_LATE_CALL.equals(channelId)) {
            State number = reported.lastState(thing, CHANNEL_LAST_CALL_ID);
            id = number instanceof DecimalType decimal ? decimal.longValue() : -1;
        } else {
            return;
        }
        tally.count(id);
        if (channelId.startsWith("late-")) {
            lateTally.count(id);
        }
    }

    IdTally lateTally() {
        return lateTally;
    }

    /**
     * Waits until every message published during the fault has fired, late (from the server's history) or live,
     * exactly once: the server keeps a history of both kinds the scenarios publish.
     */
    void awaitCaughtUp(String phase) {
        List<Long> outage = List.copyOf(outageIds);
        if (outage.isEmpty()) {
            return;
        }
        await(phase + ": the " + outage.size() + " messages published during the fault fire (late or live)",
                DELIVERY_TIMEOUT, () -> tally.missing(outage).isEmpty());
        assertNoDuplicates(phase);
    }

    /**
     * Publishes {@code count} numbered messages, alternately a detection for the camera (user channel) and a call at
     * the intercom (token channel); returns their numbers.
     */
    List<Long> publishNumbered(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = nextNumber.getAndIncrement();
            if (id % 2 == 0) {
                sim.publish(sim.userChannel(), VmsWire.USER_PUSH, NumberedEvents.analytic(id, CAMERA_ID));
            } else {
                sim.publish(sim.tokenChannel(), VmsWire.NOTIFICATION, NumberedEvents.call(id, INTERCOM_ID));
            }
            ids.add(id);
        }
        return ids;
    }

    /**
     * Publishes numbered messages while the bridge is ONLINE and waits until each has fired its trigger, exactly
     * once.
     */
    List<Long> publishAndAwait(int count, String phase) {
        awaitCaughtUp(phase + ", before publishing");
        List<Long> ids = publishNumbered(count);
        connectedIds.addAll(ids);
        awaitDelivered(ids, phase);
        return ids;
    }

    /** Publishes numbered messages during a fault: they may be lost (Pusher does not replay), never duplicated. */
    List<Long> publishDuringOutage(int count) {
        List<Long> ids = publishNumbered(count);
        outageIds.addAll(ids);
        return ids;
    }

    /**
     * Publishes numbered messages while the Pusher server is down: the server stores each event (its history has it)
     * but cannot push it, as a real VMS whose Pusher server is gone; only the catch-up can bring them.
     */
    List<Long> publishWhilePusherIsDown(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            try {
                ids.addAll(publishNumbered(1));
            } catch (UncheckedIOException e) {
                // stored in the history first, then refused by the Pusher server: what the scenario wants
                ids.add(nextNumber.get() - 1);
            }
        }
        outageIds.addAll(ids);
        return ids;
    }

    // ---------------------------------------------------------------- the report

    /**
     * The scenario's row: messages and duplicates from the tally, reconnects from the connection, logins from the
     * simulated VMS.
     */
    ReliabilityReport.Row row(int order, String server, String timeToOnline, String notes) {
        assertNoDuplicates("at the end");
        awaitCaughtUp("at the end");
        String outage = outageIds.isEmpty() ? "-"
                : tally.missing(outageIds).size() + " of " + outageIds.size();
        String caughtUp = outageIds.isEmpty() ? "-"
                : lateTally.deliveredOf(outageIds) + " of " + outageIds.size();
        check(lateTally.deliveredOf(connectedIds) == 0, "a message published while connected fired late: "
                + connectedIds.stream().filter(id -> lateTally.count(id) > 0).toList());
        return new ReliabilityReport.Row(order, scenario, server, finalStatus(), timeToOnline,
                tally.missing(connectedIds).size(), outage, caughtUp, tally.extraTriggers(), reconnects(),
                loginRequests(), notes);
    }

    /** "ONLINE" when the bridge and every child are, else each one's status. */
    String finalStatus() {
        ThingStatusInfo info = bridgeStatus();
        String bridgeText = info.getStatus() + (info.getStatusDetail() == ThingStatusDetail.NONE ? ""
                : "/" + info.getStatusDetail());
        Set<String> childTexts = new TreeSet<>();
        for (Thing child : children) {
            ThingStatusInfo childInfo = child.getStatusInfo();
            childTexts.add(childInfo.getStatus() + (childInfo.getStatusDetail() == ThingStatusDetail.NONE ? ""
                    : "/" + childInfo.getStatusDetail()));
        }
        if (childTexts.isEmpty() || childTexts.equals(Set.of(bridgeText))) {
            return bridgeText;
        }
        return "bridge " + bridgeText + ", children " + String.join(", ", childTexts);
    }

    /** Milliseconds, or seconds with one decimal from 10 s on. */
    static String duration(long nanos) {
        long millis = nanos / 1_000_000;
        return millis < 10_000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    void awaitDelivered(List<Long> ids, String phase) {
        await(phase + ": all " + ids.size() + " numbered messages trigger", DELIVERY_TIMEOUT,
                () -> tally.missing(ids).isEmpty());
        assertNoDuplicates(phase);
    }

    void assertNoDuplicates(String phase) {
        if (!tally.duplicates().isEmpty() || tally.unnumbered() != 0) {
            throw failure(phase + ": triggers fired more than once per message " + tally.duplicates() + ", "
                    + tally.unnumbered() + " without a readable number");
        }
    }

    // ---------------------------------------------------------------- statuses

    /** Waits until the bridge and all children are ONLINE, both channels subscribed. */
    void awaitAllOnline(String what) {
        awaitAllOnline(what, ONLINE_TIMEOUT);
    }

    void awaitAllOnline(String what, Duration timeout) {
        await(what + ": bridge, camera and intercom ONLINE with both channels subscribed", timeout,
                this::allOnline);
    }

    boolean allOnline() {
        if (bridgeStatus().getStatus() != ThingStatus.ONLINE || !"SUBSCRIBED".equals(String.valueOf(
                reported.lastState(bridgeUID, CHANNEL_CONNECTION_STATE)))) {
            return false;
        }
        for (Thing child : children) {
            if (child.getStatus() != ThingStatus.ONLINE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Waits until the bridge went offline after {@code sinceNanos} and is ONLINE again (with its children and both
     * channels), and returns when that ONLINE arrived.
     */
    long awaitBackOnline(long sinceNanos, String what, Duration timeout) {
        await(what + ": bridge offline and then ONLINE again, children ONLINE, both channels subscribed", timeout,
                () -> onlineAfterOffline(sinceNanos) > 0 && allOnline());
        return onlineAfterOffline(sinceNanos);
    }

    /** When the bridge first went offline after {@code sinceNanos}, or 0. */
    long offlineAfter(long sinceNanos) {
        for (StatusAt at : reported.statusHistory(bridgeUID)) {
            if (at.nanos() > sinceNanos && at.info().getStatus() != ThingStatus.ONLINE) {
                return at.nanos();
            }
        }
        return 0;
    }

    /** When the bridge was ONLINE again after being offline after {@code sinceNanos}, or 0. */
    long onlineAfterOffline(long sinceNanos) {
        boolean wasOffline = false;
        for (StatusAt at : reported.statusHistory(bridgeUID)) {
            if (at.nanos() <= sinceNanos) {
                continue;
            }
            if (at.info().getStatus() != ThingStatus.ONLINE) {
                wasOffline = true;
            } else if (wasOffline) {
                return at.nanos();
            }
        }
        return 0;
    }

    /** When the bridge first became ONLINE after {@code sinceNanos}, or 0. */
    long onlineAfter(long sinceNanos) {
        for (StatusAt at : reported.statusHistory(bridgeUID)) {
            if (at.nanos() > sinceNanos && at.info().getStatus() == ThingStatus.ONLINE) {
                return at.nanos();
            }
        }
        return 0;
    }

    /** Waits for the bridge status (any description). */
    void awaitBridge(ThingStatus status, ThingStatusDetail detail, String what, Duration timeout) {
        await(what + ": bridge " + status + "/" + detail, timeout, () -> {
            ThingStatusInfo info = bridgeStatus();
            return info.getStatus() == status && info.getStatusDetail() == detail;
        });
    }

    // ---------------------------------------------------------------- waiting and failing

    /** The only way the scenarios wait: polls the condition; on time-out fails with what was observed. */
    void await(String what, Duration timeout, BooleanSupplier condition) {
        try {
            waitForAssert(timeout, () -> {
                if (!condition.getAsBoolean()) {
                    throw new AssertionError(what);
                }
            });
        } catch (AssertionError e) {
            throw failure("not within " + timeout.toMillis() + " ms: " + what);
        }
    }

    AssertionError failure(String what) {
        return new AssertionError("[" + scenario + "] " + what + "\n  observed: " + describe());
    }

    void check(boolean condition, String what) {
        if (!condition) {
            throw failure(what);
        }
    }

    /** What the scenario can see right now, for failure messages. */
    String describe() {
        StringBuilder text = new StringBuilder();
        text.append("bridge ").append(bridgeStatus());
        text.append(", socket ").append(reported.lastState(bridgeUID, CHANNEL_CONNECTION_STATE));
        for (Thing child : children.subList(0, Math.min(children.size(), 3))) {
            text.append(", ").append(child.getUID().getId()).append(' ').append(child.getStatusInfo());
        }
        if (children.size() > 3) {
            long online = children.stream().filter(c -> c.getStatus() == ThingStatus.ONLINE).count();
            text.append(", ").append(online).append(" of ").append(children.size()).append(" children ONLINE");
        }
        if (!connections.isEmpty()) {
            VmsAccountConnection current = connection();
            text.append("\n  connection ").append(current.getStatus()).append(' ').append(current.getStatistics());
            Exception problem = current.getLastProblem();
            if (problem != null) {
                text.append(", last problem: ").append(problem.getMessage());
            }
        }
        text.append("\n  login requests ").append(loginRequests()).append(", camera list reads ")
                .append(cameraListReads()).append(", triggers ").append(reported.triggerCount()).append(", duplicates ")
                .append(tally.duplicates());
        List<StatusAt> history = reported.statusHistory(bridgeUID);
        text.append("\n  bridge history (last 12): ")
                .append(history.subList(Math.max(0, history.size() - 12), history.size()));
        return text.toString();
    }

    @Override
    public void close() throws Exception {
        openhab.close(); // the children's handlers first, then the bridge's, as openHAB does
        httpClient.stop();
        sim.close();
    }
}
