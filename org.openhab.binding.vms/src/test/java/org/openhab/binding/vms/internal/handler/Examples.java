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
package org.openhab.binding.vms.internal.handler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The protocol's example frames, from the classpath ({@code /vms-examples/}, shipped by the vms-simulator test
 * dependency).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class Examples {

    private Examples() {
    }

    /**
     * The example frame with its inner JSON ({@code data}, a string in the frame) changed by {@code change}.
     */
    static String modified(String name, Consumer<JsonObject> change) {
        JsonObject frame = JsonParser.parseString(text(name)).getAsJsonObject();
        JsonObject inner = JsonParser.parseString(frame.get("data").getAsString()).getAsJsonObject();
        change.accept(inner);
        frame.addProperty("data", inner.toString());
        return frame.toString();
    }

    static String text(String name) {
        String path = "/vms-examples/" + name;
        try (InputStream in = Examples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing example on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
