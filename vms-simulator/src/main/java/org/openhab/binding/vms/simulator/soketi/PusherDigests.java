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
 * The MD5 digest of a Pusher HTTP API request body ({@code body_md5}), as lower-case hex. The HMAC-SHA256 signatures
 * are made by {@link org.openhab.binding.vms.simulator.pusher.PusherSignatures}.
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
