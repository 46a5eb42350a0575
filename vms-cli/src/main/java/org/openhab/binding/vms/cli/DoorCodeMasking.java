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
package org.openhab.binding.vms.cli;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.handler.VmsJsonRedactor;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Masks visitor door codes ({@code intercom.code.store}, docs/protocol.md, "Visitor code payload"): whoever reads the
 * code can open the door. Every JSON property named exactly {@code code} with a text or number value is masked,
 * wherever it is: the protocol uses that name only for door codes, and masking a harmless value by mistake costs
 * nothing while printing a door code cannot be undone.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class DoorCodeMasking {

    public static final String MASK = "***";
    private static final int MAX_DEPTH = 64;

    private DoorCodeMasking() {
    }

    public static boolean isDoorCodeKey(String key) {
        // the binding's definition of a secret key, so both keep codes out of what they show
        return VmsJsonRedactor.isSecretKey(key);
    }

    /** Masks in place; returns its argument. */
    public static JsonElement mask(JsonElement json) {
        mask(json, 0);
        return json;
    }

    private static void mask(JsonElement json, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (json instanceof JsonObject object) {
            for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
                JsonElement value = entry.getValue();
                if (isDoorCodeKey(entry.getKey()) && value.isJsonPrimitive()) {
                    entry.setValue(new JsonPrimitive(MASK));
                } else {
                    mask(value, depth + 1);
                }
            }
        } else if (json instanceof JsonArray array) {
            for (JsonElement item : array) {
                mask(item, depth + 1);
            }
        }
    }
}
