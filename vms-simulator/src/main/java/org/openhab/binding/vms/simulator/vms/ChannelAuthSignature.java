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

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The private-channel {@code auth} value of section 6.2: {@code appKey:hex(HMAC-SHA256(secret, socketId:channel))}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ChannelAuthSignature {

    private ChannelAuthSignature() {
    }

    public static String auth(String appKey, String appSecret, String socketId, String channelName) {
        return appKey + ":" + hmacHex(appSecret, socketId + ":" + channelName);
    }

    private static String hmacHex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // every Java runtime has HmacSHA256, and any byte string is a valid HMAC key
            throw new IllegalStateException(e);
        }
    }
}
