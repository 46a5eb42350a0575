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
package org.openhab.binding.vms.internal.api.connection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.connection.RetryDecision.Action;
import org.openhab.binding.vms.internal.api.connection.SessionStarter.Session;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.api.event.VmsUnknownMessage;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.api.rest.dto.VmsUser;
import org.openhab.binding.vms.internal.api.socket.VmsConnectionState;
import org.openhab.binding.vms.internal.api.socket.VmsSocketClient;
import org.openhab.binding.vms.internal.api.socket.VmsSocketCounters;
import org.openhab.binding.vms.internal.api.socket.VmsSocketFailure;
import org.openhab.binding.vms.internal.api.socket.VmsSocketListener;
import org.openhab.binding.vms.internal.api.socket.VmsSocketSettings;
import org.openhab.binding.vms.internal.api.socket.VmsSocketUrl;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state machine that keeps one VMS account connected: it runs one connection attempt at a time (session, socket
 * settings, the Pusher socket with both private channels), acts on what ends an attempt or a connection, and tells
 * its {@link VmsAccountListener} the status and the events. Free of openHAB types. It decides when; its parts decide
 * how: the session and re-login policy ({@link SessionStarter}), the endpoint rules ({@link VmsEndpointPolicy}), the
 * confirmation of a reported 401 ({@link TokenCheck}), the failure rules ({@link FailureClassifier}), back-off
 * ({@link ReconnectBackoff}), duplicates ({@link EventDeduplicator}) and the listener's thread
 * ({@link ListenerDelivery}).
 * <p>
 * <b>Session.</b> Token priority: configured token, then the stored token ({@link VmsTokenStore}), both checked
 * with {@code users/self}, then a login with login and password (whose token is stored). A restart therefore does
 * not log in again while the stored token is valid.
 * <p>
 * <b>Attempts.</b> Exactly one connection attempt is in flight at any time: REST steps (session, {@code wsurl}) run
 * on the given scheduler, then a new {@link VmsSocketClient} (new socket id, both channels authorised again) is
 * opened; the attempt succeeds when both channels are subscribed ({@link VmsAccountStatus#ONLINE}, then
 * {@link VmsAccountListener#resyncNeeded()}), or fails after {@link VmsConnectionPolicy#connectTimeout()}.
 * Every failure is classified by {@link FailureClassifier}: FAILED without retry for what only the user can fix,
 * otherwise RECONNECTING with exponential back-off and full jitter ({@link ReconnectBackoff}; reset once ONLINE),
 * honouring Retry-After, re-reading the socket settings after close codes 4000-4099, reconnecting at once after
 * 4200-4299.
 * <p>
 * <b>Token invalidation</b> (HTTP 401 on any call but login, a refused channel authorisation with 401, the
 * {@code logout} message, or {@link #reportUnauthorized()} confirmed by {@code users/self}): one re-login with the
 * configured credentials; if that happens again within {@link VmsConnectionPolicy#reloginQuietPeriod()}, or
 * without credentials, FAILED with {@link Reason#TOKEN_INVALID}, and the stored token is removed (see
 * {@link SessionStarter}). Logins are also limited to {@link VmsConnectionPolicy#maxLoginsPerHour()} per rolling
 * hour ({@link LoginBudget}).
 * <p>
 * <b>Liveness</b>: see {@link LivenessTimeouts}. <b>Duplicates</b>: see {@link EventDeduplicator}.
 * <p>
 * <b>Transport security.</b> Unless {@link VmsAccountConfig#allowPlainHttp()}, an {@code http://} base URL fails the
 * connection before the first request, and a {@code ws://} socket URL (the server's {@code ws_url} or the override)
 * before the socket opens ({@link VmsTransportSecurityException}, FAILED). A certificate that does not verify, on
 * REST or on the socket, is retried with back-off and reported as such. Credentials and tokens go only to the base
 * URL: the REST client follows no redirects, channel authorisation is a REST call, and the socket carries no token.
 * <p>
 * <b>Threads.</b> {@link #start()} and {@link #stop()} never block. The listener is called on one delivery thread
 * of this connection ({@code OH-binding-<name>-listener}), in order ({@link ListenerDelivery}); the socket library's
 * threads ({@code OH-binding-<name>-socket-*}) only decode and hand off. After {@code stop()} no listener call,
 * thread, socket, timer or scheduled job of this connection remains (a REST request in progress on the scheduler
 * runs to its time-out, then its result is discarded).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsAccountConnection {

    private static final int PLANNED_RETRIES_KEPT = 50;
    /**
     * A catch-up that met a full listener queue reads again this much later (the queue drains in milliseconds unless
     * the listener hangs), at most {@link #CATCH_UP_RETRIES} times; then the next connect resumes it.
     */
    static final Duration CATCH_UP_RETRY_DELAY = Duration.ofSeconds(2);
    static final int CATCH_UP_RETRIES = 5;

    private enum Phase {
        /** Stopped, or FAILED: nothing scheduled. */
        IDLE,
        /** An attempt is scheduled. */
        WAITING,
        /** The attempt's REST steps are running on the scheduler. */
        WORKING,
        /** The socket is open, waiting for both channels. */
        CONNECTING,
        /** ONLINE. */
        CONNECTED
    }

    private final Logger logger = LoggerFactory.getLogger(VmsAccountConnection.class);

    private final VmsAccountConfig config;
    private final ScheduledExecutorService scheduler;
    private final VmsConnectionPolicy policy;
    private final VmsRestClient rest;
    private final VmsEventDecoder decoder = new VmsEventDecoder();
    private final ListenerDelivery delivery;
    private final EventDeduplicator deduplicator;
    private final ReconnectBackoff backoff;
    private final SessionStarter sessionStarter;
    private final VmsEndpointPolicy endpoints;
    private final TokenCheck tokenCheck;
    private final String threadPrefix;

    private final AtomicLong received = new AtomicLong();
    private final AtomicLong logins = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();

    private final Object lock = new Object();
    // ---- guarded by lock
    private boolean running;
    private long generation;
    private Phase phase = Phase.IDLE;
    private VmsAccountStatus status = VmsAccountStatus.STOPPED;
    private @Nullable VmsApiException statusProblem;
    private @Nullable VmsApiException lastProblem;
    private @Nullable ScheduledFuture<?> pendingAttempt;
    private @Nullable ScheduledFuture<?> connectTimeout;
    private @Nullable VmsSocketClient socket;
    private @Nullable RetryDecision pendingDecision;
    private VmsConnectionState socketState = VmsConnectionState.DISCONNECTED;
    private @Nullable Session session;
    private @Nullable VmsSocketUrl socketUrl;
    private @Nullable Duration serverActivityTimeout;
    private boolean everOnline;
    private long retiredSocketDrops;
    private final Deque<PlannedRetry> plannedRetries = new ArrayDeque<>();
    // ---- set before start(), then only read
    private volatile @Nullable CatchUpMark catchUpMark;
    private volatile int catchUpMax;

    /**
     * @param scheduler where all connection work runs (the bridge handler's scheduler); nothing here blocks the
     *            caller of {@link #start()} or {@link #stop()}
     * @throws IllegalArgumentException if the configured base URL is not an absolute http(s) URL
     */
    public VmsAccountConnection(VmsAccountConfig config, HttpClient httpClient, VmsTokenStore tokenStore,
            ScheduledExecutorService scheduler, VmsAccountListener listener) {
        this(config, httpClient, tokenStore, scheduler, listener, VmsConnectionPolicy.defaults());
    }

    /**
     * @param policy timings and limits; {@link VmsConnectionPolicy#defaults()} in production, shortened in tests
     * @throws IllegalArgumentException if the configured base URL is not an absolute http(s) URL
     */
    public VmsAccountConnection(VmsAccountConfig config, HttpClient httpClient, VmsTokenStore tokenStore,
            ScheduledExecutorService scheduler, VmsAccountListener listener, VmsConnectionPolicy policy) {
        this.config = config;
        this.scheduler = scheduler;
        this.policy = policy;
        this.endpoints = new VmsEndpointPolicy(config);
        this.rest = new VmsRestClient(httpClient, endpoints.server().withLanguage(config.language())
                .withClient(config.clientName(), config.clientVersion()));
        this.threadPrefix = "OH-binding-" + config.name();
        this.delivery = new ListenerDelivery(listener, threadPrefix + "-listener", policy.eventQueueCapacity());
        this.deduplicator = new EventDeduplicator(policy.dedupWindow(), policy.rawDedupWindow(),
                policy.dedupCapacity(), policy.clock());
        this.backoff = new ReconnectBackoff(policy.backoffBase(), config.maxReconnectDelay(), policy.random());
        this.sessionStarter = new SessionStarter(config, rest, tokenStore, policy, logins);
        this.tokenCheck = new TokenCheck(rest, scheduler, this::isRunning, this::tokenRefused);
    }

    // ------------------------------------------------------------------------------------------------ public API

    /**
     * Reads what happened while not listening after every (re)connect, and at the first connect after a restart
     * (docs/protocol.md, "Catch-up"): at most {@code maxEvents} messages, delivered through
     * {@link VmsAccountListener#lateEvent}. Call before {@link #start()}; without it nothing is caught up.
     *
     * @param store where the last seen mark survives restarts
     * @param maxEvents at most this many caught-up messages per gap; 0 switches catch-up off
     */
    public void enableCatchUp(VmsLastSeenStore store, int maxEvents) {
        if (maxEvents <= 0) {
            return;
        }
        CatchUpMark mark = CatchUpMark.load(store, policy.clock());
        deduplicator.remember(mark.identities());
        catchUpMax = maxEvents;
        catchUpMark = mark;
    }

    /** Starts connecting in the background; returns at once. Does nothing if already started. */
    public void start() {
        synchronized (lock) {
            if (running) {
                return;
            }
            running = true;
            generation++;
            backoff.reset();
            session = null;
            socketUrl = null;
            sessionStarter.reset();
            everOnline = false;
            statusProblem = null;
            delivery.start();
            setStatus(VmsAccountStatus.STARTING, null);
            schedule(Duration.ZERO, Action.IMMEDIATE, Reason.OTHER);
        }
        logger.debug("[{}] Connection started", config.name());
    }

    /** Stops everything: socket, timers, scheduled jobs; returns without waiting for the network. Idempotent. */
    public void stop() {
        VmsSocketClient toClose;
        synchronized (lock) {
            if (!running) {
                return;
            }
            running = false;
            generation++;
            cancelTimers();
            toClose = detachSocket();
            phase = Phase.IDLE;
            status = VmsAccountStatus.STOPPED;
            statusProblem = null;
        }
        delivery.stop();
        if (toClose != null) {
            closeQuietly(toClose);
        }
        CatchUpMark mark = catchUpMark;
        if (mark != null) {
            mark.write(); // the storage keeps it in memory and saves it later: no waiting here
        }
        logger.debug("[{}] Connection stopped", config.name());
    }

    /** The REST client of this account (logged in once the status is ONLINE), for commands and resync. */
    public VmsRestClient rest() {
        return rest;
    }

    /** The user of the current session; null while there is none (before the login, after a logout). */
    public @Nullable VmsUser getUser() {
        synchronized (lock) {
            Session current = session;
            return current == null ? null : current.user();
        }
    }

    /** The event socket's address in use (its host and app key are not secret); null until known. */
    public @Nullable VmsSocketUrl getSocketUrl() {
        synchronized (lock) {
            return socketUrl;
        }
    }

    public VmsAccountStatus getStatus() {
        synchronized (lock) {
            return status;
        }
    }

    /** The last problem reported with RECONNECTING or FAILED, if any. */
    public @Nullable Exception getLastProblem() {
        synchronized (lock) {
            return lastProblem;
        }
    }

    public VmsConnectionStatistics getStatistics() {
        long socketDrops;
        synchronized (lock) {
            VmsSocketClient current = socket;
            socketDrops = retiredSocketDrops + (current == null ? 0 : drops(current.getCounters()));
        }
        long dropped = socketDrops + delivery.overflowed();
        return new VmsConnectionStatistics(received.get(), dropped, deduplicator.suppressed(), reconnects.get(),
                logins.get());
    }

    /**
     * Tells the connection that a REST call of the owner was refused with HTTP 401 ({@link Reason#TOKEN_INVALID}).
     * The token is checked once with {@code users/self} on the scheduler; only if that is refused too does the
     * connection treat the token as invalidated (one re-login, see the class description). Returns at once.
     */
    public void reportUnauthorized() {
        synchronized (lock) {
            if (!running || phase == Phase.IDLE) {
                return;
            }
        }
        tokenCheck.request();
    }

    private boolean isRunning() {
        synchronized (lock) {
            return running;
        }
    }

    /** {@code users/self} confirmed that the token in use is refused. */
    private void tokenRefused(VmsApiException refusal) {
        long current;
        synchronized (lock) {
            current = generation;
        }
        handle(current, RetryDecision.of(Action.TOKEN_INVALID, refusal));
    }

    // ------------------------------------------------------------------------------------------------ for tests

    /** The attempts scheduled so far (the last 50), oldest first. */
    List<PlannedRetry> plannedRetries() {
        synchronized (lock) {
            return List.copyOf(plannedRetries);
        }
    }

    /** The ping interval and pong time-out the next socket client gets. */
    LivenessTimeouts nextLiveness() {
        synchronized (lock) {
            return LivenessTimeouts.derive(serverActivityTimeout, policy.pingInterval(), policy.pongTimeout());
        }
    }

    long listenerFailures() {
        return delivery.listenerFailures();
    }

    // ------------------------------------------------------------------------------------------------ attempts

    /** Schedules the next attempt; the caller holds the lock. */
    private void schedule(Duration delay, Action action, Reason reason) {
        cancelTimers();
        long attemptGeneration = generation;
        phase = Phase.WAITING;
        plannedRetries.addLast(new PlannedRetry(delay, action, reason));
        while (plannedRetries.size() > PLANNED_RETRIES_KEPT) {
            plannedRetries.removeFirst();
        }
        try {
            pendingAttempt = scheduler.schedule(() -> runAttempt(attemptGeneration), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the owner's scheduler is shutting down: nothing more will happen here
            logger.debug("[{}] Scheduler refused the next attempt", config.name());
            phase = Phase.IDLE;
        }
    }

    private void runAttempt(long attemptGeneration) {
        synchronized (lock) {
            if (!running || attemptGeneration != generation || phase != Phase.WAITING) {
                return;
            }
            phase = Phase.WORKING;
            pendingAttempt = null;
        }
        try {
            endpoints.checkBaseUrl();
            Session current = ensureSession(attemptGeneration);
            VmsSocketUrl url = ensureSocketUrl(attemptGeneration);
            openSocket(attemptGeneration, current, url);
        } catch (VmsApiException e) {
            handle(attemptGeneration, FailureClassifier.forApi(e, VmsConnectionPolicy.MAX_RETRY_AFTER));
        } catch (ConfigurationProblem e) {
            handle(attemptGeneration, RetryDecision.of(Action.FAIL, e.problem));
        } catch (StaleAttemptException e) {
            logger.debug("[{}] Connection attempt overtaken", config.name());
        } catch (RuntimeException e) {
            // a defect, not a server's doing: retry with back-off rather than end up stuck
            logger.debug("[{}] Connection attempt failed unexpectedly: {}", config.name(), e.toString());
            handle(attemptGeneration, RetryDecision.of(Action.BACKOFF,
                    new VmsApiException(Reason.OTHER, "Unexpected failure: " + e.getClass().getSimpleName())));
        }
    }

    private Session ensureSession(long attemptGeneration) throws VmsApiException, StaleAttemptException {
        synchronized (lock) {
            checkCurrent(attemptGeneration);
            Session current = session;
            if (current != null) {
                return current;
            }
        }
        Session established = sessionStarter.establish(() -> {
            synchronized (lock) {
                checkCurrent(attemptGeneration);
            }
        });
        synchronized (lock) {
            checkCurrent(attemptGeneration);
            session = established;
            return established;
        }
    }

    private VmsSocketUrl ensureSocketUrl(long attemptGeneration)
            throws VmsApiException, StaleAttemptException, ConfigurationProblem {
        synchronized (lock) {
            checkCurrent(attemptGeneration);
            VmsSocketUrl known = socketUrl;
            if (known != null) {
                return known;
            }
        }
        VmsSocketUrl url = endpoints.socketUrl(rest.getSocketSettings());
        synchronized (lock) {
            checkCurrent(attemptGeneration);
            socketUrl = url;
            return url;
        }
    }

    private void openSocket(long attemptGeneration, Session current, VmsSocketUrl url)
            throws VmsApiException, StaleAttemptException, ConfigurationProblem {
        LivenessTimeouts liveness = nextLiveness();
        VmsSocketSettings settings = VmsSocketSettings
                .of(url, current.user().accessTokenId(), current.user().id())
                .withThreadNamePrefix(threadPrefix + "-socket")
                .withPingTimeouts(liveness.pingInterval(), liveness.pongTimeout())
                .withTrustManager(endpoints.socketTrust());
        SocketEvents events = new SocketEvents(attemptGeneration, url.host() + ":" + url.port());
        VmsSocketClient client = new VmsSocketClient(settings, (socketId, channel) -> {
            synchronized (lock) {
                if (!running || attemptGeneration != generation) {
                    // stopped or replaced meanwhile: no REST call for a socket that is going away
                    throw new VmsApiException(Reason.OTHER, "The connection was closed");
                }
            }
            return rest.authorize(socketId, channel);
        }, decoder, events);
        boolean stillCurrent;
        synchronized (lock) {
            stillCurrent = running && attemptGeneration == generation;
            if (stillCurrent) {
                socket = client;
                phase = Phase.CONNECTING;
                connectTimeout = scheduleQuietly(() -> connectTimedOut(attemptGeneration),
                        policy.connectTimeout());
            }
        }
        if (!stillCurrent) {
            closeQuietly(client);
            throw new StaleAttemptException();
        }
        logger.debug("[{}] Opening the socket {} (ping after {} s of silence)", config.name(), url,
                liveness.pingInterval().toSeconds());
        // a stop() in between has closed the client, and connect() then does nothing
        client.connect();
    }

    private void connectTimedOut(long attemptGeneration) {
        synchronized (lock) {
            if (!running || attemptGeneration != generation || phase != Phase.CONNECTING) {
                return;
            }
        }
        handle(attemptGeneration, RetryDecision.of(Action.BACKOFF, new VmsApiException(Reason.TIMEOUT,
                "The socket did not subscribe both channels within " + policy.connectTimeout().toSeconds() + " s")));
    }

    // ------------------------------------------------------------------------------------------------ decisions

    /**
     * Ends the current attempt or connection of {@code attemptGeneration} (if it is still the current one) and acts
     * on the decision.
     */
    private void handle(long attemptGeneration, RetryDecision decision) {
        VmsSocketClient toClose;
        synchronized (lock) {
            if (!running || attemptGeneration != generation || phase == Phase.IDLE
                    || decision.action() == Action.IGNORE) {
                return;
            }
            generation++; // whatever the old attempt or socket still reports is now ignored
            cancelTimers();
            toClose = detachSocket();
            VmsApiException problem = decision.problem();
            lastProblem = problem;
            switch (decision.action()) {
                case FAIL -> fail(problem);
                case TOKEN_INVALID -> tokenInvalidated(problem);
                case REFRESH_THEN_BACKOFF -> {
                    session = null; // the token stays (in the REST client and the store): no login needed
                    socketUrl = null;
                    retry(backoff.nextDelay(), decision);
                }
                case BACKOFF -> retry(atLeast(backoff.nextDelay(), decision.notBefore()), decision);
                case IMMEDIATE -> {
                    boolean wasOnline = backoff.failures() == 0;
                    Duration delay = backoff.nextDelay();
                    retry(wasOnline ? Duration.ZERO : delay, decision);
                }
                case IGNORE -> {
                    // filtered above
                }
            }
        }
        if (toClose != null) {
            closeQuietly(toClose);
        }
    }

    /** The caller holds the lock. */
    private void retry(Duration delay, RetryDecision decision) {
        Duration effective = atLeast(delay, policy.minimumRetryDelay());
        logger.debug("[{}] {}; next attempt in {} ms ({})", config.name(), decision.problem().getMessage(),
                effective.toMillis(), decision.action());
        setStatus(VmsAccountStatus.RECONNECTING, decision.problem());
        schedule(effective, decision.action(), decision.problem().getReason());
    }

    /** The caller holds the lock. */
    private void fail(VmsApiException problem) {
        phase = Phase.IDLE;
        logger.debug("[{}] Giving up until reconfigured: {}", config.name(), problem.getMessage());
        setStatus(VmsAccountStatus.FAILED, problem);
    }

    /** The token is gone (401, logout): one re-login, else FAILED. The caller holds the lock. */
    private void tokenInvalidated(VmsApiException cause) {
        Session lost = session;
        session = null;
        socketUrl = null;
        VmsApiException giveUp = sessionStarter.invalidated(lost, cause);
        if (giveUp != null) {
            fail(giveUp);
        } else {
            retry(Duration.ZERO, RetryDecision.of(Action.TOKEN_INVALID, cause));
        }
    }

    // ------------------------------------------------------------------------------------------------ socket

    private void socketStateChanged(long socketGeneration, VmsConnectionState state) {
        RetryDecision lost = null;
        synchronized (lock) {
            if (!running || socketGeneration != generation) {
                return;
            }
            socketState = state;
            delivery.socketStateChanged(state);
            if (state == VmsConnectionState.SUBSCRIBED && phase == Phase.CONNECTING) {
                online();
            } else if (state == VmsConnectionState.DISCONNECTED
                    && (phase == Phase.CONNECTING || phase == Phase.CONNECTED)) {
                RetryDecision pending = pendingDecision;
                lost = pending != null ? pending : FailureClassifier.connectionLost();
            }
        }
        if (lost != null) {
            handle(socketGeneration, lost);
        }
    }

    /** Both channels are subscribed. The caller holds the lock. */
    private void online() {
        phase = Phase.CONNECTED;
        pendingDecision = null;
        cancelTimers();
        backoff.reset();
        VmsSocketClient current = socket;
        Duration announced = current == null ? null : current.getServerActivityTimeout();
        if (announced != null) {
            serverActivityTimeout = announced;
        }
        if (everOnline) {
            reconnects.incrementAndGet();
        }
        everOnline = true;
        logger.debug("[{}] Online: both channels subscribed", config.name());
        setStatus(VmsAccountStatus.ONLINE, null);
        delivery.resyncNeeded();
        if (catchUpMark != null) {
            long onlineGeneration = generation;
            scheduleQuietly(() -> catchUp(onlineGeneration, 0), Duration.ZERO);
        }
    }

    /**
     * On the scheduler after ONLINE: the histories from the last seen mark up to now, each new message delivered late
     * in time order, while this connection is still the current one. The socket is subscribed before the histories
     * are read, so nothing falls between them; what both carry is delivered once ({@link EventDeduplicator}).
     */
    private void catchUp(long onlineGeneration, int retry) {
        CatchUpMark mark = catchUpMark;
        if (mark == null || !isCurrent(onlineGeneration)) {
            return;
        }
        Instant since = mark.begin();
        if (since == null) {
            mark.write();
            logger.debug("[{}] No last seen mark yet: listening from now on, nothing to catch up", config.name());
            return;
        }
        List<HistoryCatchUp.LateEvent> events;
        try {
            events = new HistoryCatchUp(rest).read(since, policy.clock().instant(), catchUpMax);
        } catch (VmsApiException e) {
            // the mark stays where it was: the next connect reads from there again
            logger.debug("[{}] Could not read the histories since {}: {}", config.name(), since, e.getMessage());
            return;
        }
        int delivered = 0;
        for (HistoryCatchUp.LateEvent late : events) {
            if (!isCurrent(onlineGeneration)) {
                return; // a new connection will catch up from the same mark
            }
            if (deduplicator.admitLate(late.event())) {
                if (!delivery.lateEvent(late.event())) {
                    // The listener's queue is full: this message and the rest are read again from the same place
                    // (the mark keeps where this catch-up started), so none is lost and the order holds.
                    deduplicator.forgetLate(late.event());
                    mark.write();
                    retryCatchUp(onlineGeneration, retry, since, delivered, events.size());
                    return;
                }
                mark.seen(late.time(), DedupKeys.historyIdentity(late.event()));
                delivered++;
            }
        }
        mark.finished();
        mark.write();
        logger.debug("[{}] Caught up since {}: {} of {} history messages were new", config.name(), since, delivered,
                events.size());
    }

    private void retryCatchUp(long onlineGeneration, int retry, Instant since, int delivered, int read) {
        if (retry >= CATCH_UP_RETRIES) {
            logger.debug("[{}] Listener queue still full after {} tries: the rest of the {} history messages since {} "
                    + "are caught up at the next connect", config.name(), retry + 1, read - delivered, since);
            return;
        }
        logger.debug("[{}] Listener queue full after {} of {} history messages since {}: reading again in {} s",
                config.name(), delivered, read, since, CATCH_UP_RETRY_DELAY.toSeconds());
        scheduleQuietly(() -> catchUp(onlineGeneration, retry + 1), CATCH_UP_RETRY_DELAY);
    }

    private boolean isCurrent(long connectionGeneration) {
        synchronized (lock) {
            return running && connectionGeneration == generation && phase == Phase.CONNECTED;
        }
    }

    private void socketFailed(long socketGeneration, RetryDecision decision) {
        synchronized (lock) {
            if (!running || socketGeneration != generation || decision.action() == Action.IGNORE) {
                return;
            }
            pendingDecision = decision;
        }
        if (decision.decisive()) {
            handle(socketGeneration, decision);
        }
    }

    private void socketEvent(long socketGeneration, VmsEvent event) {
        received.incrementAndGet();
        synchronized (lock) {
            if (!running || socketGeneration != generation) {
                return;
            }
        }
        if (event instanceof VmsAppEvent.Logout) {
            delivery.event(event);
            handle(socketGeneration, RetryDecision.of(Action.TOKEN_INVALID,
                    new VmsApiException(Reason.TOKEN_INVALID, "The VMS ended this session (logout message)")));
            return;
        }
        if (deduplicator.admit(event)) {
            delivery.event(event);
            CatchUpMark mark = catchUpMark;
            if (mark != null) {
                mark.seen(DedupKeys.historyTime(event), DedupKeys.historyIdentity(event));
                mark.writeIfDue();
            }
        } else {
            logger.trace("[{}] Suppressed a duplicate {} event", config.name(), event.kind());
        }
    }

    private void socketUnknownMessage(long socketGeneration, VmsUnknownMessage message) {
        synchronized (lock) {
            if (!running || socketGeneration != generation) {
                return;
            }
        }
        delivery.unknownMessage(message); // not de-duplicated: nothing is known of its content
    }

    /** Receives one socket client's callbacks on its events thread; only decides and hands off. */
    private final class SocketEvents implements VmsSocketListener {

        private final long socketGeneration;
        /** Host and port of the socket, for the message of a certificate failure. */
        private final String server;

        SocketEvents(long socketGeneration, String server) {
            this.socketGeneration = socketGeneration;
            this.server = server;
        }

        @Override
        public void connectionStateChanged(VmsConnectionState previous, VmsConnectionState current) {
            socketStateChanged(socketGeneration, current);
        }

        @Override
        public void failed(VmsSocketFailure failure) {
            socketFailed(socketGeneration, FailureClassifier.forSocket(failure, server));
        }

        @Override
        public void event(VmsEvent event) {
            socketEvent(socketGeneration, event);
        }

        @Override
        public void unknownMessage(VmsUnknownMessage message) {
            socketUnknownMessage(socketGeneration, message);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** The caller holds the lock. */
    private void setStatus(VmsAccountStatus next, @Nullable VmsApiException problem) {
        if (next == status && problem == statusProblem) {
            return;
        }
        status = next;
        statusProblem = problem;
        if (problem != null) {
            lastProblem = problem;
        }
        delivery.statusChanged(next, problem);
    }

    /** Takes the socket away from the connection (to be closed outside the lock). The caller holds the lock. */
    private @Nullable VmsSocketClient detachSocket() {
        VmsSocketClient current = socket;
        socket = null;
        pendingDecision = null;
        if (current != null) {
            retiredSocketDrops += drops(current.getCounters());
            if (socketState != VmsConnectionState.DISCONNECTED && running) {
                // the closed client is muted, so tell the owner ourselves
                socketState = VmsConnectionState.DISCONNECTED;
                delivery.socketStateChanged(VmsConnectionState.DISCONNECTED);
            }
        }
        socketState = VmsConnectionState.DISCONNECTED;
        return current;
    }

    /** The caller holds the lock. */
    private void cancelTimers() {
        ScheduledFuture<?> attempt = pendingAttempt;
        if (attempt != null) {
            attempt.cancel(false);
            pendingAttempt = null;
        }
        ScheduledFuture<?> timeout = connectTimeout;
        if (timeout != null) {
            timeout.cancel(false);
            connectTimeout = null;
        }
    }

    private @Nullable ScheduledFuture<?> scheduleQuietly(Runnable task, Duration delay) {
        try {
            return scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    /** The caller holds the lock. */
    private void checkCurrent(long attemptGeneration) throws StaleAttemptException {
        if (!running || attemptGeneration != generation) {
            throw new StaleAttemptException();
        }
    }

    /** Closing must not throw out of stop() or a socket callback, whatever the library does. */
    private void closeQuietly(VmsSocketClient client) {
        try {
            client.close();
        } catch (RuntimeException e) {
            logger.debug("[{}] Closing the socket client failed: {}", config.name(), e.toString());
        }
    }

    private static long drops(VmsSocketCounters counters) {
        return counters.unknownTypes() + counters.unknownEventNames() + counters.malformedFrames()
                + counters.undecodable() + counters.foreignChannels();
    }

    private static Duration atLeast(Duration value, @Nullable Duration minimum) {
        return minimum != null && value.compareTo(minimum) < 0 ? minimum : value;
    }

}
