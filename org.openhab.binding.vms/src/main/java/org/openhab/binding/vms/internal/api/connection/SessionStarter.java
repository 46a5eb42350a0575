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
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.api.rest.dto.VmsLoginResult;
import org.openhab.binding.vms.internal.api.rest.dto.VmsUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Obtains a valid session, and decides whether to log in again when it is lost.
 * <p>
 * <b>Starting</b>, in this order: the configured token, then the stored token (both checked with
 * {@code GET users/self}, which also yields the ids of the two channels), then a login with login and password,
 * whose token is stored. A token the server refuses (HTTP 401) moves on to the next source, and a refused stored
 * token is removed from the store; any other failure (network, 5xx) ends the attempt with the token kept, so that a
 * server hiccup never costs a login. Logins are taken from the {@link LoginBudget}.
 * <p>
 * <b>Re-login</b> after the token was invalidated (HTTP 401, the {@code logout} message): the token is forgotten,
 * and one login with the configured credentials may follow; not without credentials, and not if the previous
 * re-login was less than {@link VmsConnectionPolicy#reloginQuietPeriod()} ago (another client ending our sessions
 * must not make us log in over and over). A refused configured token is not tried again until {@link #reset()}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class SessionStarter {

    enum Source {
        CONFIGURED,
        STORED,
        LOGIN
    }

    /** A checked token and the user behind it. */
    record Session(VmsUser user, Source source) {
    }

    /** Throws when the attempt was overtaken; checked before each request that has side effects. */
    @FunctionalInterface
    interface Guard {
        void checkCurrent() throws StaleAttemptException;
    }

    private final Logger logger = LoggerFactory.getLogger(SessionStarter.class);
    private final VmsAccountConfig config;
    private final VmsRestClient rest;
    private final VmsTokenStore tokenStore;
    private final VmsConnectionPolicy policy;
    private final LoginBudget budget;
    private final AtomicLong logins;

    private volatile boolean configuredTokenRefused;
    // guarded by this
    private @Nullable Instant lastRelogin;

    /** @param logins counts the logins with login and password */
    SessionStarter(VmsAccountConfig config, VmsRestClient rest, VmsTokenStore tokenStore, VmsConnectionPolicy policy,
            AtomicLong logins) {
        this.config = config;
        this.rest = rest;
        this.tokenStore = tokenStore;
        this.policy = policy;
        this.budget = new LoginBudget(policy.maxLoginsPerHour(), policy.clock());
        this.logins = logins;
    }

    /** A new start of the connection: a configured token that was refused is tried again. */
    void reset() {
        configuredTokenRefused = false;
    }

    private boolean hasConfiguredToken() {
        String token = config.token();
        return token != null && !token.isBlank();
    }

    /**
     * @throws VmsApiException {@link Reason#TOKEN_INVALID} when no token is valid and no login is configured;
     *             {@link Reason#RATE_LIMITED} with a Retry-After when the login budget is used up; or whatever the
     *             server answered
     */
    Session establish(Guard guard) throws VmsApiException, StaleAttemptException {
        String configured = config.token();
        if (!configuredTokenRefused && configured != null && !configured.isBlank()) {
            try {
                return checked(configured, Source.CONFIGURED);
            } catch (VmsApiException e) {
                if (e.getReason() != Reason.TOKEN_INVALID) {
                    throw e;
                }
                logger.debug("[{}] The configured access token was refused", config.name());
                configuredTokenRefused = true;
            }
        }
        guard.checkCurrent();
        String stored = loadStoredToken();
        if (stored != null) {
            try {
                return checked(stored, Source.STORED);
            } catch (VmsApiException e) {
                if (e.getReason() != Reason.TOKEN_INVALID) {
                    throw e;
                }
                logger.debug("[{}] The stored access token is no longer valid; forgetting it", config.name());
                clearStoredToken();
            }
        }
        if (!config.hasCredentials()) {
            throw new VmsApiException(Reason.TOKEN_INVALID,
                    hasConfiguredToken() ? "The configured access token is not valid (any more)"
                            : "No valid access token and no login configured");
        }
        guard.checkCurrent();
        return login();
    }

    private Session checked(String token, Source source) throws VmsApiException {
        VmsLoginResult result = rest.loginWithToken(token);
        logger.debug("[{}] Using the {} access token of user {}", config.name(), source, result.user().id());
        return new Session(result.user(), source);
    }

    private Session login() throws VmsApiException {
        Duration wait = budget.tryAcquire();
        if (wait != null) {
            throw new VmsApiException(Reason.RATE_LIMITED,
                    "Logged in " + budget.maxPerWindow() + " times within the last hour; next login in "
                            + Math.max(1, wait.toMinutes()) + " min",
                    0, null, wait);
        }
        logins.incrementAndGet();
        String login = config.login();
        String password = config.password();
        if (login == null || password == null) { // hasCredentials() said otherwise; keeps the null analysis happy
            throw new VmsApiException(Reason.INVALID_CREDENTIALS, "No login configured");
        }
        VmsLoginResult result = rest.login(login.trim(), password);
        logger.debug("[{}] Logged in as user {}", config.name(), result.user().id());
        try {
            tokenStore.store(result.accessToken());
        } catch (RuntimeException e) {
            logger.debug("[{}] Could not store the access token: {}", config.name(), e.getClass().getSimpleName());
        }
        return new Session(result.user(), Source.LOGIN);
    }

    private @Nullable String loadStoredToken() {
        try {
            String stored = tokenStore.load();
            return stored == null || stored.isBlank() ? null : stored;
        } catch (RuntimeException e) {
            logger.debug("[{}] Could not read the stored access token: {}", config.name(),
                    e.getClass().getSimpleName());
            return null;
        }
    }

    /**
     * The token of {@code lost} was invalidated: forgets it (the stored token too, unless it was the configured one,
     * which is then not tried again) and decides whether one more login may follow.
     *
     * @param lost the session whose token was refused, or null if none was established yet
     * @param cause why the token is gone
     * @return null to log in again now; otherwise the problem to give up with ({@link Reason#TOKEN_INVALID})
     */
    synchronized @Nullable VmsApiException invalidated(@Nullable Session lost, VmsApiException cause) {
        rest.setAccessToken(null);
        if (lost == null || lost.source() != Source.CONFIGURED) {
            clearStoredToken();
        } else {
            configuredTokenRefused = true;
        }
        Instant now = policy.clock().instant();
        Instant previous = lastRelogin;
        if (!config.hasCredentials()) {
            clearStoredToken();
            return lost == null ? cause
                    : new VmsApiException(Reason.TOKEN_INVALID,
                            cause.getMessage() + "; no login is configured to log in again");
        } else if (previous != null && now.isBefore(previous.plus(policy.reloginQuietPeriod()))) {
            return new VmsApiException(Reason.TOKEN_INVALID, cause.getMessage()
                    + "; this happened again right after logging in again, so not logging in once more"
                    + " (does another client end this session?)");
        }
        lastRelogin = now;
        return null;
    }

    private void clearStoredToken() {
        try {
            tokenStore.clear();
        } catch (RuntimeException e) {
            logger.debug("[{}] Could not clear the stored access token: {}", config.name(),
                    e.getClass().getSimpleName());
        }
    }
}
