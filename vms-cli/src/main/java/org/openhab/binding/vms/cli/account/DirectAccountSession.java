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
package org.openhab.binding.vms.cli.account;

import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConfig;
import org.openhab.binding.vms.internal.api.connection.VmsAccountStatus;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;
import org.openhab.binding.vms.internal.api.rest.dto.VmsLoginResult;
import org.openhab.binding.vms.internal.api.socket.VmsConnectionState;
import org.openhab.binding.vms.internal.api.socket.VmsSocketClient;
import org.openhab.binding.vms.internal.api.socket.VmsSocketListener;
import org.openhab.binding.vms.internal.api.socket.VmsSocketSettings;
import org.openhab.binding.vms.internal.api.socket.VmsSocketUrl;

/**
 * One login and one socket, wired from the REST and socket clients directly, with no reconnect: the connection
 * steps of the protocol (login or token check, {@code wsurl}, channel authorisation, subscribe) in their plainest
 * form. Reports through the same listener as the binding's account connection, so the rest of the main job does
 * not care which one runs. A lost socket ends the session as FAILED.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class DirectAccountSession implements AccountSession {

    private final VmsAccountConfig config;
    private final ScheduledExecutorService scheduler;
    private final SessionListener listener;
    private final VmsRestClient rest;
    private volatile @Nullable VmsSocketClient socket;
    private volatile boolean stopped;
    private volatile boolean online;

    public DirectAccountSession(VmsAccountConfig config, HttpClient httpClient, ScheduledExecutorService scheduler,
            SessionListener listener) {
        this.config = config;
        this.scheduler = scheduler;
        this.listener = listener;
        this.rest = new VmsRestClient(httpClient, VmsRestConfig.of(config.baseUrl()).withLanguage(config.language()));
    }

    @Override
    public void start() {
        listener.statusChanged(VmsAccountStatus.STARTING, null);
        scheduler.execute(this::connect);
    }

    private void connect() {
        try {
            String token = config.token();
            VmsLoginResult login = token != null ? rest.loginWithToken(token)
                    : rest.login(require(config.login()), require(config.password()));
            var server = rest.getSocketSettings();
            VmsSocketUrl url = VmsSocketUrl.resolve(server.wsUrl(), server.appKey(), config.socketUrl(),
                    config.appKey(), VmsRestConfig.DEFAULT_CLIENT_VERSION);
            VmsSocketSettings settings = VmsSocketSettings.of(url, login.user().accessTokenId(), login.user().id())
                    .withThreadNamePrefix(config.name() + "-socket");
            VmsSocketClient client = new VmsSocketClient(settings, rest, new SocketEvents());
            socket = client;
            if (stopped) {
                client.close();
                return;
            }
            client.connect();
        } catch (VmsApiException e) {
            listener.statusChanged(VmsAccountStatus.FAILED, e);
        }
    }

    private static String require(@Nullable String value) throws VmsApiException {
        if (value == null) {
            throw new VmsApiException(VmsApiException.Reason.INVALID_CREDENTIALS, "No login or password");
        }
        return value;
    }

    @Override
    public void stop() {
        stopped = true;
        VmsSocketClient client = socket;
        if (client != null) {
            client.close();
        }
        listener.statusChanged(VmsAccountStatus.STOPPED, null);
    }

    @Override
    public VmsRestClient rest() {
        return rest;
    }

    /** Socket callbacks turned into account callbacks. */
    private class SocketEvents implements VmsSocketListener {

        @Override
        public void connectionStateChanged(VmsConnectionState previous, VmsConnectionState current) {
            if (stopped) {
                return;
            }
            listener.socketStateChanged(current);
            if (current == VmsConnectionState.SUBSCRIBED && !online) {
                online = true;
                listener.statusChanged(VmsAccountStatus.ONLINE, null);
                listener.resyncNeeded();
            } else if (current == VmsConnectionState.DISCONNECTED) {
                listener.statusChanged(VmsAccountStatus.FAILED,
                        new VmsApiException(VmsApiException.Reason.NETWORK, "The socket connection was closed"));
            }
        }

        @Override
        public void error(String message, @Nullable Integer code, @Nullable Throwable cause) {
            if (!stopped) {
                listener.problem(message + (code == null ? "" : " (code " + code + ")"));
            }
        }

        @Override
        public void appEvent(VmsAppEvent event) {
            listener.event(event);
        }

        @Override
        public void intercomEvent(VmsIntercomEvent event) {
            listener.event(event);
        }
    }
}
