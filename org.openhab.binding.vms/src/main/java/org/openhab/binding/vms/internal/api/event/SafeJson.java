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
package org.openhab.binding.vms.internal.api.event;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.model.VmsJsonFields;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Parses untrusted JSON text with bounds: too long or too deeply nested input is refused before Gson sees it, so a
 * hostile message can neither exhaust memory nor overflow the stack of code that walks the tree.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class SafeJson {

    /** Far above any real message (Pusher servers cap messages at tens of kB) yet cheap to hold. */
    static final int MAX_CHARS = 1 << 20;

    /** Real messages nest about 5 levels (envelope, data, data, intercom, camera, services). */
    static final int MAX_DEPTH = 64;

    private SafeJson() {
    }

    /** Thrown (and caught by the decoder) when the text cannot be used; the message is safe to log. */
    static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message, null, false, false);
        }
    }

    /** Parses {@code text}; never returns null (JSON {@code null} is a {@link com.google.gson.JsonNull}). */
    static JsonElement parse(@Nullable String text) throws RefusedException {
        if (text == null || text.isBlank()) {
            throw new RefusedException("no data");
        }
        if (text.length() > MAX_CHARS) {
            throw new RefusedException("data too large");
        }
        if (depthExceeds(text, MAX_DEPTH)) {
            throw new RefusedException("data nested too deeply");
        }
        try {
            return JsonParser.parseString(text);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new RefusedException("data is not valid JSON");
        }
    }

    /** True when brackets outside string literals nest deeper than {@code limit}. */
    static boolean depthExceeds(String text, int limit) {
        return VmsJsonFields.nestingExceeds(text, limit);
    }
}
