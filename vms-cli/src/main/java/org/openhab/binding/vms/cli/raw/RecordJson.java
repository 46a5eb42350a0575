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
package org.openhab.binding.vms.cli.raw;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.event.VmsEventEnvelope;
import org.openhab.binding.vms.internal.api.event.VmsJsonRedactor;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Turns the decoder's records into JSON by their components, so that every field of every event (including ones
 * added later) is printed without a hand-written formatter per type. Text or number components named as door codes
 * ({@link VmsJsonRedactor#isSecretKey}) are masked; {@link VmsEventEnvelope}s are left out (the line prints the envelope
 * itself); null components are left out to keep lines short.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class RecordJson {

    private static final int MAX_DEPTH = 16;

    private RecordJson() {
    }

    /** The components of {@code record} as a JSON object. */
    static JsonObject fields(Record record) {
        return object(record, 0);
    }

    private static JsonObject object(Record record, int depth) {
        JsonObject json = new JsonObject();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getType() == VmsEventEnvelope.class) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                json.addProperty(component.getName(), "<unreadable: " + e.getClass().getSimpleName() + ">");
                continue;
            }
            if (value == null) {
                continue;
            }
            // a record named like a door code (the event's VmsIntercomCode) holds one: its own fields are masked
            if (VmsJsonRedactor.isSecretKey(component.getName())
                    && (value instanceof CharSequence || value instanceof Number)) {
                json.addProperty(component.getName(), VmsJsonRedactor.MASK);
            } else {
                json.add(component.getName(), value(value, depth + 1));
            }
        }
        return json;
    }

    private static JsonElement value(@Nullable Object value, int depth) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (depth > MAX_DEPTH) {
            return new JsonPrimitive("<too deep>");
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (value instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (value instanceof String s) {
            return new JsonPrimitive(s);
        }
        if (value instanceof Enum<?> e) {
            return new JsonPrimitive(e.name());
        }
        if (value instanceof Record r) {
            return object(r, depth);
        }
        if (value instanceof Collection<?> collection) {
            JsonArray array = new JsonArray();
            for (Object item : collection) {
                array.add(value(item, depth + 1));
            }
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject json = new JsonObject();
            map.forEach((k, v) -> json.add(String.valueOf(k), value(v, depth + 1)));
            return json;
        }
        // Instant and the like: their ISO text
        return new JsonPrimitive(value.toString());
    }
}
