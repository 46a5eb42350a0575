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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The protocol's example application frames, loaded from the classpath (the vms-simulator test dependency ships
 * them under {@code /vms-examples/}).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ExampleFrames {

    /**
     * Every application frame of the examples (docs/protocol.md, "Example messages"): all 37 types plus two variants.
     */
    static final List<String> APPLICATION_FRAMES = List.of( //
            "token-push.logout.json", //
            "token-push.archive_generated.json", //
            "token-push.archive_generated.error.json", //
            "user-push.cameras_updated.json", //
            "user-push.camera.store_favorite.json", //
            "user-push.camera.destroy_favorite.json", //
            "user-push.permissions_updated.json", //
            "user-push.layouts_updated.json", //
            "user-push.groups_updated.json", //
            "user-push.groups_created.json", //
            "user-push.groups_deleted.json", //
            "user-push.camera_groups_synced.json", //
            "user-push.mark_created.json", //
            "user-push.mark_updated.json", //
            "user-push.mark_deleted.json", //
            "user-push.analytic_case_motion_detect_event_created.json", //
            "user-push.analytic_case_line_intersection_event_created.json", //
            "user-push.analytic_case_smoke_fire_event_created.json", //
            "user-push.analytic_case_loud_sound_event_created.json", //
            "user-push.analytic_case_camera_obstacle_event_created.json", //
            "user-push.analytic_case_face_event_created.json", //
            "user-push.analytic_case_face_event_created.intercom.json", //
            "user-push.analytic_case_license_plate_event_created.json", //
            "user-push.analytic_case_person_counting_event_created.json", //
            "user-push.analytic_case_visitor_counting_event_created.json", //
            "user-push.analytic_case_container_number_recognition_event_created.json", //
            "notification.intercom.store.json", //
            "notification.intercom.rename.json", //
            "notification.intercom.update.json", //
            "notification.intercom.delete.json", //
            "notification.intercom.key_confirmed.json", //
            "notification.intercom.key_error.json", //
            "notification.intercom.add_error.json", //
            "notification.intercom.add.json", //
            "notification.intercom.code.store.json", //
            "notification.intercom.code.delete.json", //
            "notification.intercom.call.store.json", //
            "notification.intercom.call.delete.json", //
            "notification.intercom_cancel.json");

    /** A Pusher frame: {@code data} is the inner JSON string exactly as in the file. */
    record Frame(String event, String channel, String data) {
    }

    private ExampleFrames() {
    }

    static Frame load(String name) {
        JsonObject frame = JsonParser.parseString(text(name)).getAsJsonObject();
        return new Frame(frame.get("event").getAsString(), frame.get("channel").getAsString(),
                frame.get("data").getAsString());
    }

    /** The file's text, exactly. */
    static String text(String name) {
        String path = "/vms-examples/" + name;
        try (InputStream in = ExampleFrames.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing example on the classpath: " + path);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n; (n = reader.read(buffer)) >= 0;) {
                    text.append(buffer, 0, n);
                }
                return text.toString();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inner JSON of {@code name} parsed, for tests that mutate it. */
    static JsonObject inner(String name) {
        return JsonParser.parseString(load(name).data()).getAsJsonObject();
    }
}
