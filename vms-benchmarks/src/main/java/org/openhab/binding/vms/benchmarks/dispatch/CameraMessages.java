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
package org.openhab.binding.vms.benchmarks.dispatch;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.api.event.VmsEvent;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.api.event.VmsEventEnvelope;
import org.openhab.binding.vms.internal.api.model.VmsCamera;
import org.openhab.binding.vms.simulator.vms.ExampleFrame;
import org.openhab.binding.vms.simulator.vms.VmsExamples;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Decoded messages addressed to camera Things: the example frames of every message type that the bridge routes to
 * one camera by its id (analytic detections, marks, favourites), with the camera id rewritten.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class CameraMessages {

    /** Every example whose message goes to exactly one camera Thing, found by {@code camera_id}. */
    static final List<String> EXAMPLES = List.of("user-push.analytic_case_motion_detect_event_created",
            "user-push.analytic_case_line_intersection_event_created",
            "user-push.analytic_case_smoke_fire_event_created", "user-push.analytic_case_loud_sound_event_created",
            "user-push.analytic_case_camera_obstacle_event_created", "user-push.analytic_case_face_event_created",
            "user-push.analytic_case_license_plate_event_created",
            "user-push.analytic_case_person_counting_event_created",
            "user-push.analytic_case_visitor_counting_event_created",
            "user-push.analytic_case_container_number_recognition_event_created", "user-push.mark_created",
            "user-push.mark_updated", "user-push.mark_deleted", "user-push.camera.store_favorite",
            "user-push.camera.destroy_favorite");

    /**
     * The examples of {@link #EXAMPLES} whose message carries its own id (analytic detections, marks): with distinct
     * ids the connection's de-duplication lets every one through, so each triggers once.
     */
    public static final List<String> IDENTIFIED = EXAMPLES.stream().filter(name -> !name.contains("favorite"))
            .toList();

    private CameraMessages() {
    }

    /**
     * The example {@code IDENTIFIED.get(index % IDENTIFIED.size())} for camera {@code cameraId} with the id
     * {@code id}, as the channel, event name and {@code data} that go on the wire.
     */
    public static ExampleFrame numbered(int index, long cameraId, long id) {
        ExampleFrame frame = VmsExamples.frame(IDENTIFIED.get(index % IDENTIFIED.size()));
        JsonObject data = frame.dataObject();
        readdress(data, cameraId);
        data.getAsJsonObject("data").getAsJsonObject("data").addProperty("id", id);
        return new ExampleFrame(frame.event(), frame.channel(), data.toString());
    }

    /** Example {@code index % EXAMPLES.size()}, decoded, for camera {@code cameraId}. */
    static VmsEvent decoded(VmsEventDecoder decoder, int index, long cameraId) {
        ExampleFrame frame = VmsExamples.frame(EXAMPLES.get(index % EXAMPLES.size()));
        JsonObject data = frame.dataObject();
        readdress(data, cameraId);
        if (decoder.decode(frame.event(), frame.channel(), data.toString()) instanceof VmsEvent event) {
            return event;
        }
        throw new IllegalStateException("example " + EXAMPLES.get(index % EXAMPLES.size()) + " did not decode");
    }

    /** Sets every {@code camera_id} and every {@code camera.id} below {@code object}. */
    private static void readdress(JsonObject object, long cameraId) {
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            JsonElement value = entry.getValue();
            if (entry.getKey().equals("camera_id")) {
                entry.setValue(new com.google.gson.JsonPrimitive(cameraId));
            } else if (value.isJsonObject()) {
                if (entry.getKey().equals("camera") && value.getAsJsonObject().has("id")) {
                    value.getAsJsonObject().addProperty("id", cameraId);
                }
                readdress(value.getAsJsonObject(), cameraId);
            }
        }
    }

    /**
     * The decoded message addressed to another camera, as cheaply as a benchmark needs: its records copied with
     * every {@code cameraId} (and the camera's {@code id}) changed, sharing the envelope, so the message's JSON (and
     * the tree {@code last-event-json} is written from) is the decoded one's, still naming the first camera. The
     * handlers read the camera from the records; the JSON they only copy. Many Things can so get messages whose
     * big part stays in the caches, as a message just decoded from the socket does.
     */
    static VmsEvent readdressed(VmsEvent decoded, long cameraId) {
        try {
            return (VmsEvent) withCameraId(decoded, cameraId);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot re-address " + decoded.kind(), e);
        }
    }

    private static Object withCameraId(Object value, long cameraId) throws ReflectiveOperationException {
        if (!(value instanceof Record) || value instanceof VmsEventEnvelope) {
            return value;
        }
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            component.getAccessor().setAccessible(true);
            Object current = component.getAccessor().invoke(value);
            boolean isCameraId = component.getName().equals("cameraId")
                    || (value instanceof VmsCamera && component.getName().equals("id"));
            values[i] = isCameraId ? Long.valueOf(cameraId) : current == null ? null : withCameraId(current, cameraId);
        }
        Constructor<?> canonical = value.getClass().getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical.newInstance(values);
    }
}
