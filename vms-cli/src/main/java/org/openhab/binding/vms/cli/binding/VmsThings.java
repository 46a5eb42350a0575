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
package org.openhab.binding.vms.cli.binding;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.connection.VmsAccountConfig;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * The Things of a headless run, as a user would define them: the account bridge {@code vms:account:acc} and
 * cameras / intercoms under it with the UIDs discovery gives them ({@code vms:camera:acc:1001},
 * {@code vms:intercom:acc:301}), channels and configuration defaults from the binding's XML.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsThings {

    public static final String ACCOUNT = "account";
    public static final String CAMERA = "camera";
    public static final String INTERCOM = "intercom";
    public static final String BRIDGE_ID = "acc";

    private final ThingTypeDefinitions definitions;
    private final ThingUID bridgeUID;

    public VmsThings(ThingTypeDefinitions definitions) {
        this.definitions = definitions;
        this.bridgeUID = new ThingUID(definitions.thingTypeUID(ACCOUNT), BRIDGE_ID);
    }

    public ThingUID bridgeUID() {
        return bridgeUID;
    }

    public ThingUID cameraUID(long cameraId) {
        return new ThingUID(definitions.thingTypeUID(CAMERA), bridgeUID, String.valueOf(cameraId));
    }

    public ThingUID intercomUID(long intercomId) {
        return new ThingUID(definitions.thingTypeUID(INTERCOM), bridgeUID, String.valueOf(intercomId));
    }

    public ChannelUID channel(ThingUID thing, String channelId) {
        return new ChannelUID(thing, channelId);
    }

    /** The account bridge, configured like the account Thing in openHAB's UI. */
    public Bridge account(VmsAccountConfig config) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("baseUrl", config.baseUrl());
        putIfPresent(values, "login", config.login());
        putIfPresent(values, "password", config.password());
        putIfPresent(values, "token", config.token());
        values.put("language", config.language());
        putIfPresent(values, "socketUrl", config.socketUrl());
        putIfPresent(values, "appKey", config.appKey());
        values.put("allowPlainHttp", config.allowPlainHttp());
        putIfPresent(values, "trustedCertificate", config.trustedCertificate());
        return BridgeBuilder.create(definitions.thingTypeUID(ACCOUNT), bridgeUID).withLabel("VMS account")
                .withChannels(definitions.channels(ACCOUNT, bridgeUID))
                .withConfiguration(definitions.configuration(ACCOUNT, values)).build();
    }

    public Thing camera(long cameraId, @Nullable String label) {
        return child(CAMERA, cameraUID(cameraId), "cameraId", cameraId, label == null ? "Camera " + cameraId : label);
    }

    public Thing intercom(long intercomId, @Nullable String label) {
        return child(INTERCOM, intercomUID(intercomId), "intercomId", intercomId,
                label == null ? "Intercom " + intercomId : label);
    }

    private Thing child(String type, ThingUID uid, String idParameter, long id, String label) {
        ThingTypeUID typeUID = definitions.thingTypeUID(type);
        return ThingBuilder.create(typeUID, uid).withBridge(bridgeUID).withLabel(label)
                .withChannels(definitions.channels(type, uid))
                .withConfiguration(definitions.configuration(type, Map.of(idParameter, BigDecimal.valueOf(id))))
                .build();
    }

    private static void putIfPresent(Map<String, Object> values, String key, @Nullable String value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
