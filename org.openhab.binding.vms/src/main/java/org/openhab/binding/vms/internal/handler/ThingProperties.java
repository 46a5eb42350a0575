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

import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.model.VmsCamera;
import org.openhab.binding.vms.internal.api.model.VmsCameraStream;
import org.openhab.binding.vms.internal.api.model.VmsIntercom;
import org.openhab.binding.vms.internal.api.rest.dto.VmsUser;

/**
 * The Thing properties (openHAB's "Properties" of a Thing, set with {@code updateProperties}) made from what the
 * server already sends: the camera and intercom models of the lists and messages (docs/protocol.md, "Camera payload",
 * "Intercom payload") and, for the account, the logged-in user and the socket settings. Only fields the server sent
 * become properties; secrets (token, password, door codes) never do.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ThingProperties {

    private ThingProperties() {
    }

    static Map<String, String> camera(VmsCamera camera) {
        Map<String, String> properties = new LinkedHashMap<>();
        put(properties, PROPERTY_CAMERA_TYPE, camera.type());
        put(properties, PROPERTY_ADDRESS, VmsCameraHandler.firstNonBlank(camera.fullAddress(), camera.address(), camera.shortAddress()));
        put(properties, PROPERTY_IP, camera.ip());
        put(properties, PROPERTY_GROUP, camera.group());
        put(properties, PROPERTY_PTZ, camera.ptz());
        put(properties, PROPERTY_MOTION_DETECTION, camera.motionDetect());
        put(properties, PROPERTY_BRIDGE_CAMERA, camera.isBridge());
        put(properties, PROPERTY_LIVE_RESTRICTED, camera.isRestrictedLive());
        put(properties, PROPERTY_ARCHIVE_RESTRICTED, camera.isRestrictedArchive());
        put(properties, PROPERTY_ARCHIVE_START, camera.startAt());
        Boolean sound = camera.hasSound();
        List<String> types = new ArrayList<>();
        for (VmsCameraStream stream : camera.streams()) {
            String type = stream.type();
            if (type != null && !type.isBlank()) {
                types.add(type.trim());
            }
            if (sound == null || !sound) {
                Boolean streamSound = stream.hasSound();
                sound = streamSound != null && streamSound ? Boolean.TRUE : sound;
            }
        }
        put(properties, PROPERTY_SOUND, sound);
        put(properties, PROPERTY_STREAMS, types.isEmpty() ? null : String.join(", ", types));
        VmsCameraStream main = mainStream(camera.streams());
        if (main != null) {
            put(properties, PROPERTY_VIDEO_CODEC, main.videoCodec());
            put(properties, PROPERTY_AUDIO_CODEC, main.audioCodec());
            Long width = main.width();
            Long height = main.height();
            if (width != null && height != null && width > 0 && height > 0) {
                properties.put(PROPERTY_RESOLUTION, width + "x" + height);
            }
        }
        return properties;
    }

    static Map<String, String> intercom(VmsIntercom intercom) {
        Map<String, String> properties = new LinkedHashMap<>();
        // the flat is set with POST intercom/{id}/flat and comes back as the intercom's department (inference)
        Long department = intercom.department();
        put(properties, PROPERTY_FLAT, department == null ? null : department.toString());
        List<String> methods = new ArrayList<>();
        addIf(methods, intercom.isOpenDoorApp(), "app");
        addIf(methods, intercom.isOpenDoorCode(), "code");
        addIf(methods, intercom.isOpenDoorFace(), "face");
        addIf(methods, intercom.isOpenDoorKey(), "key");
        boolean anyKnown = intercom.isOpenDoorApp() != null || intercom.isOpenDoorCode() != null
                || intercom.isOpenDoorFace() != null || intercom.isOpenDoorKey() != null;
        put(properties, PROPERTY_DOOR_OPENING, anyKnown ? String.join(", ", methods) : null);
        List<String> devices = intercom.availableAnswerDevices();
        put(properties, PROPERTY_ANSWER_DEVICES, devices.isEmpty() ? null : String.join(", ", devices));
        Long cameraId = intercom.cameraId();
        put(properties, PROPERTY_CAMERA_ID, cameraId == null ? null : cameraId.toString());
        put(properties, PROPERTY_ANALYTICS, intercom.isAnalyticAvailable());
        return properties;
    }

    /**
     * @param socketHost the host of the event socket in use
     * @param appKey the Pusher application key in use (not secret: it is part of the socket's address)
     */
    static Map<String, String> account(VmsUser user, @Nullable String socketHost, @Nullable String appKey) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(PROPERTY_USER_ID, Long.toString(user.id()));
        put(properties, PROPERTY_USER_LOGIN, user.login());
        put(properties, PROPERTY_USER_NAME, user.name());
        put(properties, PROPERTY_SOCKET_HOST, socketHost);
        put(properties, PROPERTY_APP_KEY, appKey);
        return properties;
    }

    /** The {@code high} stream if there is one, else the first. */
    private static @Nullable VmsCameraStream mainStream(List<VmsCameraStream> streams) {
        for (VmsCameraStream stream : streams) {
            if (STREAM_QUALITY_HIGH.equalsIgnoreCase(String.valueOf(stream.type()))) {
                return stream;
            }
        }
        return streams.isEmpty() ? null : streams.get(0);
    }

    private static void addIf(List<String> list, @Nullable Boolean flag, String name) {
        if (flag != null && flag) {
            list.add(name);
        }
    }

    private static void put(Map<String, String> properties, String key, @Nullable Boolean value) {
        if (value != null) {
            properties.put(key, value.toString());
        }
    }

    private static void put(Map<String, String> properties, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            properties.put(key, value.trim());
        }
    }
}
