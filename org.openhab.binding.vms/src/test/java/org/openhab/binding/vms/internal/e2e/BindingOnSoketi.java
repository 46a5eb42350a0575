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
package org.openhab.binding.vms.internal.e2e;

import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.VmsHandlerFactory;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.handler.VmsIntercomHandler;
import org.openhab.binding.vms.internal.testsupport.BindingOnVms;
import org.openhab.binding.vms.internal.testsupport.VmsTestThings;
import org.openhab.binding.vms.simulator.soketi.SoketiServer;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.SoketiPusherBackend;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.Command;

/**
 * The binding as openHAB runs it, on a simulated VMS whose Pusher server is a real soketi: the account bridge, camera
 * {@value #CAMERA_ID} and intercom {@value #INTERCOM_ID} run with handlers from {@link VmsHandlerFactory} as
 * {@link BindingOnVms} runs them; the bridge's discovery service is started by the factory as in openHAB. Closing it
 * stops the simulated VMS; soketi keeps running. The bridge's connection is the production one, with the production
 * timings.
 * <p>
 * The simulated account has cameras 1001 (favourite), 1002 and 1010 and intercom 301 (camera 1010); its REST server
 * is on loopback and its events go out through soketi's HTTP API, as a Laravel backend sends them.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class BindingOnSoketi extends BindingOnVms {

    static final int CAMERA_ID = 1001;
    static final int INTERCOM_ID = 301;
    static final ThingUID BRIDGE_UID = new ThingUID(THING_TYPE_ACCOUNT, "home");

    BindingOnSoketi(SoketiServer soketi) throws Exception {
        super(new SimulatedVms(SoketiPusherBackend.sharing(soketi)));
    }

    /** The account configuration with only a session token (issued by the simulated VMS, no login counted). */
    Map<String, Object> tokenOnly(String token) {
        Map<String, Object> config = new HashMap<>();
        config.put("baseUrl", vms.baseUrl());
        config.put("token", token);
        config.put("allowPlainHttp", true);
        return config;
    }

    /** Adds the bridge and its camera and intercom Things to openHAB, which starts their handlers. */
    void start(Map<String, Object> accountConfig) {
        openhab.add(VmsTestThings.account(BRIDGE_UID, accountConfig));
        openhab.add(VmsTestThings.camera(BRIDGE_UID, "cam" + CAMERA_ID, CAMERA_ID));
        openhab.add(VmsTestThings.intercom(BRIDGE_UID, "door" + INTERCOM_ID, INTERCOM_ID));
    }

    VmsAccountHandler account() {
        return openhab.handler(BRIDGE_UID, VmsAccountHandler.class);
    }

    VmsCameraHandler camera() {
        return openhab.handler(new ThingUID(THING_TYPE_CAMERA, BRIDGE_UID, "cam" + CAMERA_ID), VmsCameraHandler.class);
    }

    VmsIntercomHandler intercom() {
        return openhab.handler(new ThingUID(THING_TYPE_INTERCOM, BRIDGE_UID, "door" + INTERCOM_ID),
                VmsIntercomHandler.class);
    }

    /** A command from an item linked to the channel, as openHAB delivers it. */
    void command(ThingHandler handler, String channelId, Command command) {
        openhab.manager.sendCommand(new ChannelUID(handler.getThing().getUID(), channelId), command);
    }
}
