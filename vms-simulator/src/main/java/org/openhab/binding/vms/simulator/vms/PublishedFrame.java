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

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * One frame a {@link PusherBackend} was asked to publish.
 *
 * @param data the inner JSON, as it goes into the frame's string-valued {@code data}
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record PublishedFrame(String channel, String event, String data) {

    /** The inner JSON parsed, for comparing shapes regardless of key order and whitespace. */
    public JsonElement dataJson() {
        return JsonParser.parseString(data);
    }
}
