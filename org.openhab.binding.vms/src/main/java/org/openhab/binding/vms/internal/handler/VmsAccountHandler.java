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
package org.openhab.binding.vms.internal.handler;

import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConfig;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConnection;
import org.openhab.binding.vms.internal.api.connection.VmsAccountListener;
import org.openhab.binding.vms.internal.api.connection.VmsAccountStatus;
import org.openhab.binding.vms.internal.api.connection.VmsEndpointPolicy;
import org.openhab.binding.vms.internal.api.connection.VmsTokenStore;
import org.openhab.binding.vms.internal.api.event.VmsEventEnvelope;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsUnknownMessage;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;
import org.openhab.binding.vms.internal.api.rest.dto.VmsUser;
import org.openhab.binding.vms.internal.api.socket.VmsConnectionState;
import org.openhab.binding.vms.internal.api.socket.VmsSocketUrl;
import org.openhab.binding.vms.internal.config.VmsAccountConfiguration;
import org.openhab.binding.vms.internal.discovery.VmsDiscoveryService;
import org.openhab.binding.vms.internal.handler.AccountStatusMapper.StatusUpdate;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code account} bridge: owns the {@link VmsAccountConnection} (login, socket, reconnects), shows its status,
 * routes every message to the camera or intercom Thing it concerns ({@link EventRouter}, by id), re-reads the
 * account over REST after each (re)connect ({@link AccountResync}) and feeds discovery.
 * <p>
 * Nothing here blocks: {@link #initialize()} sets UNKNOWN and starts the connection, which reports back through
 * the {@link VmsAccountListener} methods on its own delivery thread; REST work runs on the scheduler.
 * <p>
 * <b>Configuration</b> is checked before anything starts ({@link AccountConfigValidator}, with the endpoint rules the
 * connection applies too: plain {@code http}/{@code ws} is refused unless {@code allowPlainHttp} is set).
 * <p>
 * <b>HTTP client.</b> openHAB's shared client, which verifies certificates against the usual CAs and host names.
 * With the advanced parameter {@code trustedCertificate} the bridge uses a client of its own whose trust store adds
 * the configured certificates, with host-name verification still on ({@link OwnHttpClients}: started and stopped on
 * the scheduler).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsAccountHandler extends BaseBridgeHandler implements VmsAccountListener, RouterAccount {

    /** How often dropped-messages is refreshed when no message or status change does it. */
    static final long STATISTICS_INTERVAL_SECONDS = 60;
    /** How many of the last messages the bridge keeps for the console ({@link #recentMessages(int)}). */
    public static final int RECENT_MESSAGES = 50;
    /** How long the logout of a removed account may take (plus the transport's grace) before REMOVED anyway. */
    static final Duration LOGOUT_TIMEOUT = Duration.ofSeconds(3);

    private final Logger logger = LoggerFactory.getLogger(VmsAccountHandler.class);

    private final HttpClient commonHttpClient;
    private final OwnHttpClients ownClients;
    private final VmsTokenStorage tokenStorage;
    private final VmsConnectionFactory connectionFactory;
    private final ChildHandlers children = new ChildHandlers();
    private final AccountInventory inventory = new AccountInventory();
    /** The calls into the children of the current session (initialize() to dispose()). */
    private volatile ChildHandlers.Calls childCalls = children.current();
    /** Routes the messages of the current session. */
    private volatile EventRouter router = new EventRouter(childCalls, inventory, this);
    /** Routes the messages of the current session caught up after a gap, to the late channels. */
    private volatile EventRouter lateRouter = new EventRouter(childCalls, inventory, this, true);
    /** The configured {@code catchUpMaxEvents} of the current session. */
    private volatile int catchUpMaxEvents = VmsAccountConfiguration.DEFAULT_CATCH_UP_MAX_EVENTS;
    private final AccountResync resync;
    /** Held while a message is routed and while a re-read list is applied, so neither sees half of the other. */
    private final Object routingLock = new Object();

    /** Guards the start and end of a connection against a setup still running on the scheduler. */
    private final Object lifecycleLock = new Object();
    /** Counts initialize() and dispose() calls; a setup job of an older count gives up. Guarded by lifecycleLock. */
    private long lifecycle;
    /** The bridge's own HTTP client while a trusted certificate is configured. Guarded by lifecycleLock. */
    private @Nullable HttpClient ownHttpClient;
    private volatile @Nullable Future<?> setupJob;
    private volatile @Nullable VmsAccountConnection connection;
    private volatile @Nullable VmsDiscoveryService discovery;
    private volatile @Nullable Future<?> resyncJob;
    /** Completes when the last scheduled re-read has ended, also when dispose() cancelled it while it ran. */
    private volatile @Nullable CompletableFuture<@Nullable Void> resyncEnded;
    private volatile @Nullable Future<?> statisticsJob;
    /** {@code last-message} at a bounded rate, from initialize() to dispose(). */
    private volatile @Nullable ThrottledUpdate<Instant> lastMessage;
    /** The server of the current configuration, for making its links absolute; null before initialize(). */
    private volatile @Nullable VmsRestConfig server;
    private volatile boolean active;
    private volatile boolean online;
    private volatile VmsConnectionState socketState = VmsConnectionState.DISCONNECTED;
    /** The server's reason of a {@code logout} message, until the account is ONLINE again. */
    private final AtomicReference<@Nullable String> logoutReason = new AtomicReference<>();
    private final AtomicLong shownDroppedMessages = new AtomicLong(-1);
    /**
     * How often {@code last-message} changes at most. Every socket message would otherwise be an event on openHAB's bus
     * and a write to every persistence service; a watchdog rule ("nothing for 10 minutes") needs no more than this.
     */
    static final Duration LAST_MESSAGE_INTERVAL = Duration.ofSeconds(5);

    /** For REFRESH of the channels that only messages update (last-message, archive-url, account-event-data). */
    private final ChannelStates channelStates = new ChannelStates(() -> getThing().getUID(), this::isLinked,
            this::updateState);
    /** The last messages, for the console. */
    private final RecentMessages recentMessages = new RecentMessages(RECENT_MESSAGES);

    /**
     * For tests and tools without openHAB's {@code HttpClientFactory}: a bridge with a trusted certificate gets a
     * plain Jetty client ({@link VmsHttpClients#JETTY}).
     */
    public VmsAccountHandler(Bridge bridge, HttpClient httpClient, VmsTokenStorage tokenStorage) {
        this(bridge, httpClient, tokenStorage, VmsConnectionFactory.DEFAULT);
    }

    /** As {@link #VmsAccountHandler(Bridge, HttpClient, VmsTokenStorage)}, with connections of the test's choice. */
    public VmsAccountHandler(Bridge bridge, HttpClient httpClient, VmsTokenStorage tokenStorage,
            VmsConnectionFactory connectionFactory) {
        this(bridge, httpClient, VmsHttpClients.JETTY, tokenStorage, connectionFactory);
    }

    /**
     * @param commonHttpClient openHAB's shared client (it verifies certificates against the usual CAs), used unless
     *            the user configured a trusted certificate
     * @param ownHttpClients creates the bridge's own client for a configured trusted certificate
     *            ({@code HttpClientFactory::createHttpClient} in openHAB)
     */
    public VmsAccountHandler(Bridge bridge, HttpClient commonHttpClient, VmsHttpClients ownHttpClients,
            VmsTokenStorage tokenStorage, VmsConnectionFactory connectionFactory) {
        super(bridge);
        this.commonHttpClient = commonHttpClient;
        this.ownClients = new OwnHttpClients(ownHttpClients, bridge.getUID(), scheduler);
        this.tokenStorage = tokenStorage;
        this.connectionFactory = connectionFactory;
        this.resync = new AccountResync(bridge.getUID().getAsString(), inventory, () -> discovery, routingLock);
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public void initialize() {
        VmsAccountConfiguration config = getConfigAs(VmsAccountConfiguration.class);
        AccountConfigValidator.Result checked = AccountConfigValidator.validate(config,
                getThing().getUID().getAsString());
        if (checked instanceof AccountConfigValidator.Invalid invalid) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, invalid.statusText());
            return;
        }
        AccountConfigValidator.Valid valid = (AccountConfigValidator.Valid) checked;
        VmsEndpointPolicy endpoints = valid.endpoints();
        server = endpoints.server();
        updateStatus(ThingStatus.UNKNOWN);
        updateState(CHANNEL_CONNECTION_STATE, new StringType(VmsConnectionState.DISCONNECTED.name()));
        lastMessage = new ThrottledUpdate<>(LAST_MESSAGE_INTERVAL, scheduler,
                received -> channelStates.update(CHANNEL_LAST_MESSAGE, () -> new DateTimeType(received)));
        VmsAccountConfig accountConfig = valid.config();
        VmsTokenStore tokenStore = tokenStorage.forAccount(getThing().getUID(), config.login);
        long generation;
        synchronized (lifecycleLock) {
            generation = ++lifecycle;
            active = true;
            childCalls = children.open();
            router = new EventRouter(childCalls, inventory, this);
            lateRouter = new EventRouter(childCalls, inventory, this, true);
            catchUpMaxEvents = Math.max(0, config.catchUpMaxEvents);
        }
        if (accountConfig.trustedCertificate() == null) {
            startConnection(generation, accountConfig, commonHttpClient, tokenStore);
        } else {
            // the trust store reads the JVM's CA file and a client starts threads: not on this thread
            setupJob = scheduler
                    .submit(() -> startWithOwnHttpClient(generation, accountConfig, endpoints, tokenStore));
        }
        // dropped messages are counted, not delivered: show the count even when nothing else arrives
        statisticsJob = scheduler.scheduleWithFixedDelay(this::updateDroppedMessages, STATISTICS_INTERVAL_SECONDS,
                STATISTICS_INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    /** Creates and starts the connection, unless dispose() (or another initialize()) came first. */
    private void startConnection(long generation, VmsAccountConfig accountConfig, HttpClient httpClient,
            VmsTokenStore tokenStore) {
        synchronized (lifecycleLock) {
            if (generation != lifecycle) {
                return;
            }
            VmsAccountConnection newConnection = connectionFactory.create(accountConfig, httpClient, tokenStore,
                    scheduler, this);
            connection = newConnection;
            // the mark is read from openHAB's storage, which keeps it in memory: nothing blocks here
            newConnection.enableCatchUp(tokenStorage.lastSeenFor(getThing().getUID()), catchUpMaxEvents);
            newConnection.start(); // returns at once
        }
    }

    /** On the scheduler: the bridge's own client for the configured certificate, then the connection on it. */
    private void startWithOwnHttpClient(long generation, VmsAccountConfig accountConfig, VmsEndpointPolicy endpoints,
            VmsTokenStore tokenStore) {
        HttpClient client;
        try {
            client = ownClients.start(endpoints);
        } catch (OwnHttpClients.SetupFailure e) {
            failSetup(generation, e.detail, e.statusText);
            return;
        }
        boolean current;
        synchronized (lifecycleLock) {
            current = generation == lifecycle;
            if (current) {
                ownHttpClient = client;
            }
        }
        if (current) {
            startConnection(generation, accountConfig, client, tokenStore);
        } else {
            ownClients.stop(client); // disposed meanwhile; we are on the scheduler already
        }
    }

    private void failSetup(long generation, ThingStatusDetail detail, String description) {
        synchronized (lifecycleLock) {
            if (generation != lifecycle) {
                return;
            }
        }
        updateStatus(ThingStatus.OFFLINE, detail, description);
    }

    @Override
    public void dispose() {
        VmsAccountConnection oldConnection;
        HttpClient oldClient;
        synchronized (lifecycleLock) {
            lifecycle++;
            active = false;
            online = false;
            oldConnection = connection;
            connection = null;
            oldClient = ownHttpClient;
            ownHttpClient = null;
        }
        // nothing started so far (a message being routed, a re-read) reaches a child from now on
        children.close();
        ThrottledUpdate<Instant> oldLastMessage = lastMessage;
        if (oldLastMessage != null) {
            oldLastMessage.stop();
        }
        if (oldConnection != null) {
            oldConnection.stop(); // returns at once
        }
        for (Future<?> job : new @Nullable Future<?>[] { setupJob, resyncJob, statisticsJob }) {
            if (job != null) {
                job.cancel(false);
            }
        }
        if (oldClient != null) {
            ownClients.stopLater(oldClient); // it waits for the client's threads
        }
        super.dispose();
    }

    /** The bridge's own HTTP client (while a trusted certificate is configured and the bridge runs), for tests. */
    @Nullable
    HttpClient ownHttpClient() {
        synchronized (lifecycleLock) {
            return ownHttpClient;
        }
    }

    /**
     * The Thing is being removed: the connection stops (so it does not log in again), the stored token is forgotten,
     * and the session the binding opened with login and password is ended on the server, so removed Things do not
     * fill the account's session limit. A configured token is left alone: it was obtained elsewhere, e.g. from the
     * app. The logout runs on the scheduler within {@link #LOGOUT_TIMEOUT}; REMOVED follows when it is done, failed
     * or timed out, so the removal never waits on the server for longer.
     */
    @Override
    public void handleRemoval() {
        VmsAccountConfiguration config = getConfigAs(VmsAccountConfiguration.class);
        VmsTokenStore tokenStore = tokenStorage.forAccount(getThing().getUID(), config.login);
        String ownSession = tokenStore.load();
        tokenStore.clear();
        tokenStorage.forgetLastSeen(getThing().getUID());
        VmsAccountConnection oldConnection;
        long generation;
        synchronized (lifecycleLock) {
            generation = ++lifecycle; // a setup still running gives up
            active = false;
            online = false;
            oldConnection = connection;
            connection = null;
        }
        if (oldConnection != null) {
            oldConnection.stop(); // returns at once
        }
        if (ownSession == null || oldConnection == null) {
            super.handleRemoval();
            return;
        }
        // the connection's server and HTTP client (its own one stays open until dispose()), a short time limit
        VmsRestClient logout = oldConnection.rest().withTimeout(LOGOUT_TIMEOUT);
        logout.setAccessToken(ownSession);
        try {
            scheduler.execute(() -> logOutThenRemoved(logout, generation));
        } catch (RejectedExecutionException e) {
            super.handleRemoval(); // the scheduler is shutting down: no logout, but no stuck removal either
        }
    }

    private void logOutThenRemoved(VmsRestClient logout, long generation) {
        try {
            logout.logout();
            logger.debug("Account {}: logged out of the server", getThing().getUID());
        } catch (VmsApiException e) {
            logger.debug("Account {}: the logout failed, the session ends when the server expires it: {}",
                    getThing().getUID(), e.getMessage());
        }
        synchronized (lifecycleLock) {
            if (generation != lifecycle) {
                return; // disposed meanwhile: openHAB has moved on
            }
        }
        super.handleRemoval();
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return Set.of(VmsDiscoveryService.class);
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        if (!(command instanceof RefreshType)) {
            return;
        }
        switch (channelUID.getId()) {
            case CHANNEL_CONNECTION_STATE ->
                updateState(CHANNEL_CONNECTION_STATE, new StringType(socketState.name()));
            case CHANNEL_DROPPED_MESSAGES -> {
                shownDroppedMessages.set(-1);
                updateDroppedMessages();
            }
            default -> {
                // message-driven channels: what was last sent (an item linked later would stay NULL otherwise)
                State last = channelStates.last(channelUID.getId());
                if (last != null) {
                    updateState(channelUID.getId(), last);
                }
            }
        }
    }

    /** Remembers the state for REFRESH; all of the handler's updates use channel ids. */
    @Override
    protected void updateState(String channelID, State state) {
        channelStates.sent(channelID, state);
        updateState(channelStates.uid(channelID), state);
    }

    @Override
    protected void triggerChannel(String channelID, String event) {
        triggerChannel(channelStates.uid(channelID), event);
    }

    // ---------------------------------------------------------------- children

    @Override
    public void childHandlerInitialized(ThingHandler childHandler, Thing childThing) {
        // openHAB calls this asynchronously: the child may be disposed by now, which the calls check
        if (childHandler instanceof VmsCameraHandler camera && camera.getCameraId() > 0) {
            children.add(camera, camera.getCameraId());
            VmsKnownCamera known = inventory.camera(camera.getCameraId());
            if (known != null) {
                childCalls.handler(camera, c -> c.applyCamera(known));
            }
        } else if (childHandler instanceof VmsIntercomHandler intercom && intercom.getIntercomId() > 0) {
            children.add(intercom, intercom.getIntercomId());
            VmsKnownIntercom known = inventory.intercom(intercom.getIntercomId());
            if (known != null) {
                childCalls.handler(intercom, i -> i.applyIntercom(known));
            }
        }
    }

    /**
     * Only tidies the registry: openHAB calls it asynchronously, or not at all when the bridge's handler went first;
     * what keeps a disposed child from being called is {@link ChildHandlers}.
     */
    @Override
    public void childHandlerDisposed(ThingHandler childHandler, Thing childThing) {
        if (childHandler instanceof VmsCameraHandler camera) {
            children.remove(camera, camera.getCameraId());
        } else if (childHandler instanceof VmsIntercomHandler intercom) {
            children.remove(intercom, intercom.getIntercomId());
        }
    }

    /** The REST client while the account is ONLINE, for the children's commands; else null. */
    public @Nullable VmsRestClient restClient() {
        VmsAccountConnection current = connection;
        return current != null && online ? current.rest() : null;
    }

    /**
     * A child's REST call was refused with HTTP 401: the connection checks the session and, if it is gone, logs in
     * again (the bridge goes offline meanwhile, and the children with it).
     */
    public void reportUnauthorized() {
        VmsAccountConnection current = connection;
        if (current != null) {
            current.reportUnauthorized();
        }
    }

    // ---------------------------------------------------------------- console

    /** The state of the account's socket, as the {@code connection-state} channel shows it. */
    public VmsConnectionState connectionState() {
        return socketState;
    }

    /** The cameras of the account as last read (empty before the first read). */
    public List<VmsKnownCamera> knownCameras() {
        return inventory.cameras();
    }

    /** The intercoms of the account as last read (empty before the first read). */
    public List<VmsKnownIntercom> knownIntercoms() {
        return inventory.intercoms();
    }

    /** The last {@code count} messages received (at most {@link #RECENT_MESSAGES}), oldest first. */
    public List<VmsRecentMessage> recentMessages(int count) {
        return recentMessages.last(count);
    }

    /**
     * Why the connection last went RECONNECTING or FAILED (e.g. a {@code VmsTooManySessionsException} listing the
     * open sessions), or null.
     */
    public @Nullable Exception lastConnectionProblem() {
        VmsAccountConnection current = connection;
        return current == null ? null : current.getLastProblem();
    }

    /**
     * Drops the socket and connects again from the start, as after a restart (the stored token is used, no new
     * login unless it is refused); returns at once. Also retries an account that stopped for a reason only the user
     * can fix, e.g. once a session was ended elsewhere to get below the session limit.
     *
     * @return false when the bridge has no connection (not initialised, or its configuration is invalid)
     */
    public boolean reconnect() {
        VmsAccountConnection current;
        synchronized (lifecycleLock) {
            current = connection;
            if (!active || current == null) {
                return false;
            }
            current.stop(); // both return at once
            current.start();
        }
        logger.debug("Account {}: reconnecting as asked", getThing().getUID());
        return true;
    }

    /** The last re-read scheduled, for tests to wait on: done once its work has ended (cancelled or not). */
    @Nullable
    Future<?> lastResync() {
        return resyncEnded;
    }

    boolean isCameraMissing(long cameraId) {
        return inventory.isCameraMissing(cameraId);
    }

    boolean isIntercomMissing(long intercomId) {
        return inventory.isIntercomMissing(intercomId);
    }

    // ---------------------------------------------------------------- discovery

    public void setDiscoveryService(VmsDiscoveryService service) {
        discovery = service;
        // the lists may have been read before the service existed
        if (inventory.camerasListed()) {
            service.camerasListed(inventory.cameras());
        }
        if (inventory.intercomsListed()) {
            service.intercomsListed(inventory.intercoms());
        }
    }

    public void unsetDiscoveryService(VmsDiscoveryService service) {
        if (discovery == service) {
            discovery = null;
        }
    }

    /**
     * Reads the camera and intercom lists again (in the background), for a discovery scan.
     *
     * @return false when the account is not ONLINE, so nothing will be read
     */
    public boolean rereadAccount() {
        if (!online) {
            return false;
        }
        scheduleResync(true, true);
        return true;
    }

    private void scheduleResync(boolean cameras, boolean intercoms) {
        ChildHandlers.Calls calls = childCalls; // of this session: a later one is not this job's to update
        CompletableFuture<@Nullable Void> ended = new CompletableFuture<>();
        resyncEnded = ended;
        resyncJob = scheduler.submit(() -> {
            try {
                VmsAccountConnection current = connection;
                if (!active || current == null) {
                    return;
                }
                VmsRestClient rest = current.rest();
                if (cameras) {
                    resync.cameras(rest, calls);
                }
                if (intercoms) {
                    resync.intercoms(rest, calls);
                }
            } finally {
                ended.complete(null);
            }
        });
    }

    // ---------------------------------------------------------------- VmsAccountListener (connection thread)

    @Override
    public void statusChanged(VmsAccountStatus status, @Nullable VmsApiException problem) {
        if (!active) {
            return;
        }
        boolean wasOnline = online;
        StatusUpdate update = AccountStatusMapper.map(status, problem, logoutReason.get(), wasOnline);
        online = status == VmsAccountStatus.ONLINE;
        if (online) {
            logoutReason.set(null);
        }
        if (problem != null) {
            logger.debug("Account {} is {}: {} ({})", getThing().getUID(), status, problem.getMessage(),
                    problem.getReason());
        } else {
            logger.debug("Account {} is {}", getThing().getUID(), status);
        }
        if (update != null) {
            updateStatus(update.status(), update.detail(), update.description());
        }
        if (online) {
            updateAccountProperties();
        }
        updateDroppedMessages();
    }

    /** The Thing properties of the session: user login, name and id, socket host and app key (no token). */
    private void updateAccountProperties() {
        VmsAccountConnection current = connection;
        VmsUser user = current == null ? null : current.getUser();
        if (current == null || user == null) {
            return;
        }
        VmsSocketUrl socket = current.getSocketUrl();
        updateProperties(ThingProperties.account(user, socket == null ? null : socket.host(),
                socket == null ? null : socket.appKey()));
    }

    @Override
    public void socketStateChanged(VmsConnectionState state) {
        if (!active) {
            return;
        }
        socketState = state;
        updateState(CHANNEL_CONNECTION_STATE, new StringType(state.name()));
    }

    @Override
    public void resyncNeeded() {
        if (active) {
            scheduleResync(true, true);
        }
    }

    @Override
    public void event(VmsEvent event) {
        if (!active) {
            return;
        }
        Instant received = Instant.now();
        offerLastMessage(received);
        VmsEventEnvelope envelope = event.envelope();
        recentMessages.add(new VmsRecentMessage(received, event.kind().name(), envelope.wireType(),
                envelope.json().detached()));
        route(event, router, "");
        updateDroppedMessages();
    }

    /** A message caught up from a history after a gap: to the late channels, in the order it came. */
    @Override
    public void lateEvent(VmsEvent event) {
        if (!active) {
            return;
        }
        route(event, lateRouter, "caught-up ");
    }

    private void route(VmsEvent event, EventRouter sessionRouter, String what) {
        try {
            synchronized (routingLock) {
                event.accept(sessionRouter);
            }
        } catch (RuntimeException e) {
            // a bug of ours, not the server's: keep the bridge running and say what failed
            logger.warn("Account {}: could not process a {}{} message: {}", getThing().getUID(), what, event.kind(),
                    e.toString());
            logger.debug("Stack trace of the failure above", e);
        }
    }

    /**
     * A message of a type the binding does not know: {@code account-event} {@code UNKNOWN_MESSAGE} with its JSON
     * (door codes removed) on {@code account-event-data}, so a rule can use it. It is counted as dropped as well.
     */
    @Override
    public void unknownMessage(VmsUnknownMessage message) {
        if (!active) {
            return;
        }
        Instant received = Instant.now();
        offerLastMessage(received);
        VmsEventEnvelope envelope = message.envelope();
        recentMessages.add(new VmsRecentMessage(received, VmsRecentMessage.UNKNOWN, message.wireType(),
                envelope.json().detached()));
        synchronized (routingLock) {
            accountEvent(EVENT_UNKNOWN_MESSAGE, envelope);
        }
        updateDroppedMessages();
    }

    /** {@code last-message} at a bounded rate (docs: README, last-message): the newest time always lands. */
    private void offerLastMessage(Instant received) {
        ThrottledUpdate<Instant> lastMessage = this.lastMessage;
        if (lastMessage != null) {
            lastMessage.offer(received);
        }
    }

    private void updateDroppedMessages() {
        VmsAccountConnection current = connection;
        if (current == null || !active) {
            return;
        }
        long dropped = current.getStatistics().messagesDropped();
        if (shownDroppedMessages.getAndSet(dropped) != dropped) {
            updateState(CHANNEL_DROPPED_MESSAGES, new DecimalType(dropped));
        }
    }

    // ---------------------------------------------------------------- RouterAccount (connection thread)

    @Override
    public void accountEvent(String payload, VmsEventEnvelope envelope) {
        // the data first: a rule started by the trigger reads it
        channelStates.updateJson(CHANNEL_ACCOUNT_EVENT_DATA, envelope.json());
        triggerChannel(CHANNEL_ACCOUNT_EVENT, payload);
    }

    @Override
    public void archiveGenerated(String url) {
        channelStates.update(CHANNEL_ARCHIVE_URL, () -> new StringType(url));
    }

    @Override
    public void logoutAnnounced(@Nullable String subject) {
        logger.debug("Account {}: the server ended the session ({})", getThing().getUID(), subject);
        logoutReason.set(subject == null ? "" : subject);
    }

    @Override
    public void camerasAttached(List<Long> cameraIds) {
        scheduleResync(true, false);
    }

    @Override
    public void camerasDetached(List<Long> cameraIds) {
        VmsDiscoveryService service = discovery;
        if (service != null) {
            cameraIds.forEach(service::cameraRemoved);
        }
    }

    @Override
    public void cameraListChanged() {
        scheduleResync(true, false);
    }

    @Override
    public void intercomListChanged() {
        scheduleResync(false, true);
    }

    @Override
    public void intercomAdded(VmsKnownIntercom intercom) {
        VmsDiscoveryService service = discovery;
        if (service != null) {
            service.intercomFound(intercom);
        }
    }

    @Override
    public void intercomsDeleted(List<Long> intercomIds) {
        VmsDiscoveryService service = discovery;
        if (service != null) {
            intercomIds.forEach(service::intercomRemoved);
        }
    }

    @Override
    public String absoluteUrl(String url) {
        VmsRestConfig server = this.server;
        return server == null ? url : server.absoluteUrl(url);
    }
}
