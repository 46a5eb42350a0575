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
package org.openhab.binding.vms.simulator.vms;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Behaviour switches of the simulated account that tests change while it runs.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsAccountSettings {

    private volatile String login;
    private volatile String password;
    private volatile int sessionLimit;
    private volatile int pageSize = 20;
    private volatile int wrongCredentialsStatus = 422;
    private volatile @Nullable String wsUrlOverride;

    public VmsAccountSettings(String login, String password) {
        this.login = login;
        this.password = password;
    }

    public String login() {
        return login;
    }

    public String password() {
        return password;
    }

    public void setCredentials(String newLogin, String newPassword) {
        login = newLogin;
        password = newPassword;
    }

    /** Open sessions allowed before a login is answered 419; 0 means no limit. */
    public int sessionLimit() {
        return sessionLimit;
    }

    public void setSessionLimit(int limit) {
        sessionLimit = Math.max(0, limit);
    }

    /** Items per page of the paginated lists. */
    public int pageSize() {
        return pageSize;
    }

    public void setPageSize(int size) {
        pageSize = Math.max(1, size);
    }

    /**
     * Status of a login with wrong credentials: 422 (Laravel validation error on {@code login}, the default) or 401.
     * The protocol names both for login failures.
     */
    public int wrongCredentialsStatus() {
        return wrongCredentialsStatus;
    }

    public void setWrongCredentialsStatus(int status) {
        wrongCredentialsStatus = status;
    }

    /**
     * A {@code ws_url} to answer instead of the backend's (its shape is not known: docs/protocol.md, "Socket URL");
     * null for none.
     */
    public @Nullable String wsUrlOverride() {
        return wsUrlOverride;
    }

    public void setWsUrlOverride(@Nullable String url) {
        wsUrlOverride = url;
    }
}
