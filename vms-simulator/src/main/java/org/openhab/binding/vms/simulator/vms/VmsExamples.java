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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Reads the protocol examples from the class path ({@code /vms-examples/...}). The simulator uses them as templates
 * so that what it sends has exactly the shape of the examples.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsExamples {

    public static final String EXAMPLE_USER_ID = "42";
    public static final String EXAMPLE_ACCESS_TOKEN_ID = "7c1e9a4b2f6d8e0a3c5b7d9f1e2a4c6b8d0f2e4a6c8b0d2f4e6a8c0b2d4f6e8a0c2e4b6d8f0a2c4e";

    /**
     * Every application-frame example (39 files, all 37 types), in replay order: user pushes, notifications, the
     * archive links, and the logout last because it ends the session of whoever listens.
     */
    public static final List<String> APPLICATION_FRAMES = List.of( //
            "user-push.cameras_updated", //
            "user-push.camera.store_favorite", //
            "user-push.camera.destroy_favorite", //
            "user-push.permissions_updated", //
            "user-push.layouts_updated", //
            "user-push.groups_updated", //
            "user-push.groups_created", //
            "user-push.groups_deleted", //
            "user-push.camera_groups_synced", //
            "user-push.mark_created", //
            "user-push.mark_updated", //
            "user-push.mark_deleted", //
            "user-push.analytic_case_motion_detect_event_created", //
            "user-push.analytic_case_line_intersection_event_created", //
            "user-push.analytic_case_smoke_fire_event_created", //
            "user-push.analytic_case_loud_sound_event_created", //
            "user-push.analytic_case_camera_obstacle_event_created", //
            "user-push.analytic_case_face_event_created", //
            "user-push.analytic_case_face_event_created.intercom", //
            "user-push.analytic_case_license_plate_event_created", //
            "user-push.analytic_case_person_counting_event_created", //
            "user-push.analytic_case_visitor_counting_event_created", //
            "user-push.analytic_case_container_number_recognition_event_created", //
            "notification.intercom.store", //
            "notification.intercom.rename", //
            "notification.intercom.update", //
            "notification.intercom.delete", //
            "notification.intercom.key_confirmed", //
            "notification.intercom.key_error", //
            "notification.intercom.add_error", //
            "notification.intercom.add", //
            "notification.intercom.code.store", //
            "notification.intercom.code.delete", //
            "notification.intercom.call.store", //
            "notification.intercom.call.delete", //
            "notification.intercom_cancel", //
            "token-push.archive_generated", //
            "token-push.archive_generated.error", //
            "token-push.logout");

    private VmsExamples() {
    }

    /** The raw text of {@code /vms-examples/<name>}; {@code .json} is added when missing. */
    public static String text(String name) {
        String file = name.endsWith(".json") ? name : name + ".json";
        String resource = "/vms-examples/" + file;
        try (InputStream in = VmsExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh parse of a JSON example such as {@code rest/token.response}. */
    public static JsonObject json(String name) {
        return JsonParser.parseString(text(name)).getAsJsonObject();
    }

    /** An application frame such as {@code user-push.mark_created}, with its {@code data} string untouched. */
    public static ExampleFrame frame(String name) {
        JsonObject frame = json(name);
        return new ExampleFrame(string(frame, "event"), string(frame, "channel"), string(frame, "data"));
    }

    private static String string(JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (value == null || !value.isJsonPrimitive()) {
            throw new IllegalArgumentException("example frame without string " + key);
        }
        return value.getAsString();
    }
}
