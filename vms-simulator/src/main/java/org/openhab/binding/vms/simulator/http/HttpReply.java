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
package org.openhab.binding.vms.simulator.http;

import java.time.Duration;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What the loopback server answers.
 *
 * @param delay how long to wait before answering (for time-out tests); {@link Duration#ZERO} for none
 * @param content a binary body (a picture) sent instead of {@code body}; null for a text body
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record HttpReply(int status, Map<String, String> headers, String body, Duration delay,
        byte @Nullable [] content) {

    /** A text reply. */
    public HttpReply(int status, Map<String, String> headers, String body, Duration delay) {
        this(status, headers, body, delay, null);
    }

    /** A binary reply (a picture, a video) of the given type. */
    public static HttpReply bytes(int status, String contentType, byte[] content) {
        return new HttpReply(status, Map.of("Content-Type", contentType), "", Duration.ZERO, content.clone());
    }

    /** The bytes to send: the binary body, else the text body in UTF-8. */
    public byte[] wireBody() {
        byte[] binary = content;
        return binary != null ? binary.clone() : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static HttpReply json(int status, String body) {
        return new HttpReply(status, Map.of("Content-Type", "application/json"), body, Duration.ZERO);
    }

    public static HttpReply empty(int status) {
        return new HttpReply(status, Map.of(), "", Duration.ZERO);
    }

    public HttpReply withHeader(String name, String value) {
        java.util.Map<String, String> copy = new java.util.LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpReply(status, Map.copyOf(copy), body, delay, content);
    }

    public HttpReply withDelay(Duration newDelay) {
        return new HttpReply(status, headers, body, newDelay, content);
    }
}
