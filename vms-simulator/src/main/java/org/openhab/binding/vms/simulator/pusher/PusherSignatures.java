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
package org.openhab.binding.vms.simulator.pusher;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Pusher private-channel signatures (docs/protocol.md, "Channel authorisation"):
 * {@code auth = appKey + ":" + hex(HMAC-SHA256(secret, socketId + ":" + channel))}. Shared by the simulated Pusher
 * server (which checks them) and the simulated REST channel-auth endpoint (which issues them), so both sides always
 * agree.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class PusherSignatures {

    private static final String ALGORITHM = "HmacSHA256";

    private PusherSignatures() {
    }

    /** @return the lower-case hex HMAC-SHA256 of {@code socketId:channel} keyed with {@code secret} */
    public static String signature(String secret, String socketId, String channel) {
        return hmacSha256Hex(secret, socketId + ":" + channel);
    }

    /**
     * @return the lower-case hex HMAC-SHA256 of {@code message} keyed with {@code secret}: the primitive of channel
     *         authorisation and of the Pusher HTTP API's request signatures
     */
    public static String hmacSha256Hex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // every Java runtime ships HmacSHA256; an empty secret is the only way to get here
            throw new IllegalArgumentException("cannot compute " + ALGORITHM + ": " + e.getMessage(), e);
        }
    }

    /** @return the value of the channel-auth response's {@code auth} key: {@code appKey:signature} */
    public static String auth(String appKey, String secret, String socketId, String channel) {
        return appKey + ":" + signature(secret, socketId, channel);
    }

    /** Checks an {@code auth} value in constant time (as a real server would). */
    public static boolean isValid(String appKey, String secret, String socketId, String channel,
            @Nullable String auth) {
        if (auth == null) {
            return false;
        }
        byte[] expected = auth(appKey, secret, socketId, channel).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, auth.getBytes(StandardCharsets.UTF_8));
    }
}
