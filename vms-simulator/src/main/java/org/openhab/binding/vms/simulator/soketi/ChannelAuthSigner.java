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
package org.openhab.binding.vms.simulator.soketi;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Signs a private-channel subscription the way a Pusher app's auth endpoint does:
 * {@code auth = key + ":" + hex(HMAC-SHA256(secret, socketId + ":" + channel))}.
 * <p>
 * Package-private on purpose: the socket branch brings a public {@code PusherSignatures} for the same job; once both
 * are merged this class should be replaced by it.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ChannelAuthSigner {

    private final String appKey;
    private final String appSecret;

    ChannelAuthSigner(String appKey, String appSecret) {
        this.appKey = appKey;
        this.appSecret = appSecret;
    }

    /** The {@code auth} value of a {@code pusher:subscribe} to the private channel {@code channel}. */
    String auth(String socketId, String channel) {
        return appKey + ":" + PusherDigests.hmacSha256Hex(appSecret, socketId + ":" + channel);
    }
}
