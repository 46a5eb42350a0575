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

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One application frame of the protocol examples: Pusher event name, channel and the inner JSON string.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record ExampleFrame(String event, String channel, String data) {

    /** A fresh, modifiable parse of the inner JSON, to use as a template. */
    public JsonObject dataObject() {
        return JsonParser.parseString(data).getAsJsonObject();
    }
}
