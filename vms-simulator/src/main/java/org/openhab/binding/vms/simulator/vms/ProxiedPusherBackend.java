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

/**
 * A Pusher server reached through something in between (a {@code LoopbackTcpProxy}; the fault suite, the soak): the simulated VMS hands out
 * the proxy's address as {@code ws_url} and publishes, signs and closes through the real backend.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ProxiedPusherBackend implements PusherBackend {

    private final PusherBackend backend;
    private final String wsUrl;

    /** @param wsUrl what {@code GET wsurl} answers, e.g. {@code ws://127.0.0.1:<proxy port>/pusher} */
    public ProxiedPusherBackend(PusherBackend backend, String wsUrl) {
        this.backend = backend;
        this.wsUrl = wsUrl;
    }

    @Override
    public void publish(String channel, String eventName, String dataJson) {
        backend.publish(channel, eventName, dataJson);
    }

    @Override
    public String wsUrl() {
        return wsUrl;
    }

    @Override
    public String appKey() {
        return backend.appKey();
    }

    @Override
    public String appSecret() {
        return backend.appSecret();
    }

    @Override
    public void close() {
        backend.close();
    }
}
