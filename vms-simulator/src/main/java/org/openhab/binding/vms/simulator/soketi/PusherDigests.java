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

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The two digests the Pusher protocol signs with, as lower-case hex: HMAC-SHA256 (request and channel signatures)
 * and MD5 (the {@code body_md5} of an HTTP API request).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class PusherDigests {

    private PusherDigests() {
    }

    static String md5Hex(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            // every Java runtime must provide MD5
            throw new IllegalStateException("MD5 unavailable", e);
        }
    }
}
