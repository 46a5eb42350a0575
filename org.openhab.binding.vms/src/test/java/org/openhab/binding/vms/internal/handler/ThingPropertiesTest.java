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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.model.VmsCamera;
import org.openhab.binding.vms.internal.api.model.VmsIntercom;
import org.openhab.binding.vms.internal.api.rest.dto.VmsUser;

import com.google.gson.JsonParser;

/**
 * {@link ThingProperties}: what the camera, intercom and session models give as Thing properties.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ThingPropertiesTest {

    @Test
    void aCameraWithStreamsGivesTypeAddressPtzSoundCodecAndResolution() {
        VmsCamera camera = VmsCamera.fromJson(JsonParser.parseString("""
                {"id": 1001, "type": "ip", "address": "Porch", "full_address": "1 Example Street, porch",
                 "ip": "10.0.0.5", "services": {"ptz": true, "motion_detect": false}, "is_bridge": false,
                 "is_restricted_live": false, "start_at": "2024-01-15T08:00:00.000000Z",
                 "streams": [{"type": "low", "has_sound": false, "video_codec": "H264", "width": 640, "height": 360},
                             {"type": "high", "has_sound": true, "video_codec": "H265", "audio_codec": "AAC",
                              "width": 1920, "height": 1080}]}""").getAsJsonObject());
        Map<String, String> properties = ThingProperties.camera(camera);
        assertEquals("ip", properties.get(PROPERTY_CAMERA_TYPE));
        assertEquals("1 Example Street, porch", properties.get(PROPERTY_ADDRESS), "the full address first");
        assertEquals("10.0.0.5", properties.get(PROPERTY_IP));
        assertEquals("true", properties.get(PROPERTY_PTZ));
        assertEquals("false", properties.get(PROPERTY_MOTION_DETECTION));
        assertEquals("true", properties.get(PROPERTY_SOUND), "one stream has sound");
        assertEquals("low, high", properties.get(PROPERTY_STREAMS));
        assertEquals("H265", properties.get(PROPERTY_VIDEO_CODEC), "of the high stream");
        assertEquals("AAC", properties.get(PROPERTY_AUDIO_CODEC));
        assertEquals("1920x1080", properties.get(PROPERTY_RESOLUTION));
        assertEquals("false", properties.get(PROPERTY_BRIDGE_CAMERA));
        assertEquals("false", properties.get(PROPERTY_LIVE_RESTRICTED));
        assertEquals("2024-01-15T08:00:00.000000Z", properties.get(PROPERTY_ARCHIVE_START));
        assertFalse(properties.containsKey(PROPERTY_GROUP), "not sent, not a property");
    }

    @Test
    void aCameraWithFewDetailsGivesOnlyThose() {
        assertEquals(Map.of(PROPERTY_STREAMS, "high"), ThingProperties.camera(VmsCamera.fromJson(JsonParser
                .parseString("{\"id\": 1002, \"name\": \"Backyard\", \"streams\": [{\"type\": \"high\"}]}")
                .getAsJsonObject())));
    }

    @Test
    void anIntercomGivesFlatDoorOpeningMethodsAndCamera() {
        VmsIntercom intercom = VmsIntercom.fromJson(JsonParser.parseString("""
                {"id": 301, "department": 12, "is_open_door_code": true, "is_open_door_face": false,
                 "is_open_door_app": true, "is_open_door_key": true, "is_analytic_available": true,
                 "available_answer_devices": ["is_enabled", "is_analog_line_available"],
                 "camera": {"id": 1010}}""").getAsJsonObject());
        Map<String, String> properties = ThingProperties.intercom(intercom);
        assertEquals("12", properties.get(PROPERTY_FLAT));
        assertEquals("app, code, key", properties.get(PROPERTY_DOOR_OPENING));
        assertEquals("is_enabled, is_analog_line_available", properties.get(PROPERTY_ANSWER_DEVICES));
        assertEquals("1010", properties.get(PROPERTY_CAMERA_ID));
        assertEquals("true", properties.get(PROPERTY_ANALYTICS));
    }

    @Test
    void theAccountGivesUserAndSocketButNoToken() {
        VmsUser user = new VmsUser(42, "a1b2c3-access-token-id", "jane@example.com", "Jane", "jane@example.com",
                List.of("ptz"));
        Map<String, String> properties = ThingProperties.account(user, "vms.example.com", "vms-app-key");
        assertEquals(Map.of(PROPERTY_USER_ID, "42", PROPERTY_USER_LOGIN, "jane@example.com", PROPERTY_USER_NAME,
                "Jane", PROPERTY_SOCKET_HOST, "vms.example.com", PROPERTY_APP_KEY, "vms-app-key"), properties);
        assertFalse(properties.containsValue("a1b2c3-access-token-id"), "the token's id names a private channel");
    }
}
