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

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;

/**
 * Confirms that the access token is gone before anyone acts on it: an HTTP 401 on some REST call may be that call's
 * own problem, so the token is checked once with {@code users/self}, on the executor; only if that is refused too,
 * and the token is still the one in use (a re-login may have replaced it meanwhile), is the refusal passed on.
 * Requests that come while a check runs are folded into one more check after it (that check may have started
 * before the token was refused). Thread-safe; never blocks the caller.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class TokenCheck {

    private final VmsRestClient rest;
    private final Executor executor;
    private final BooleanSupplier running;
    private final Consumer<VmsApiException> refused;

    // guarded by this
    private boolean checking;
    private boolean again;

    /**
     * @param running whether the owner still runs (no further check once it has stopped)
     * @param refused told when {@code users/self} refused the token still in use
     */
    TokenCheck(VmsRestClient rest, Executor executor, BooleanSupplier running, Consumer<VmsApiException> refused) {
        this.rest = rest;
        this.executor = executor;
        this.running = running;
        this.refused = refused;
    }

    /** Checks the current token (or once more after the check that runs); returns at once. */
    void request() {
        synchronized (this) {
            if (checking) {
                again = true;
                return;
            }
            checking = true;
        }
        submit();
    }

    private void submit() {
        String token = rest.getAccessToken();
        try {
            if (token != null) {
                executor.execute(() -> check(token));
                return;
            }
        } catch (RejectedExecutionException e) {
            // the owner's scheduler is shutting down
        }
        synchronized (this) {
            checking = false;
            again = false;
        }
    }

    private void check(String token) {
        try {
            rest.getCurrentUser();
        } catch (VmsApiException e) {
            if (e.getReason() == Reason.TOKEN_INVALID && token.equals(rest.getAccessToken())) {
                refused.accept(e);
            }
        } finally {
            boolean stillRunning = running.getAsBoolean();
            boolean checkAgain;
            synchronized (this) {
                checkAgain = again && stillRunning;
                again = false;
                checking = checkAgain;
            }
            if (checkAgain) {
                submit();
            }
        }
    }
}
