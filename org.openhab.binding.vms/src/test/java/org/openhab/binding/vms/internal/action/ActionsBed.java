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
package org.openhab.binding.vms.internal.action;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.handler.VmsIntercomHandler;
import org.openhab.binding.vms.internal.testsupport.BindingOnVms;
import org.openhab.binding.vms.internal.testsupport.VmsTestThings;
import org.openhab.binding.vms.simulator.testing.Await;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingActions;

/**
 * The binding as openHAB runs it ({@link BindingOnVms}), for its rule actions: the account's production connection to a
 * simulated VMS with its in-JVM Pusher server, all on loopback. The actions are found as a rule finds them
 * ({@link #cameraActions()}): the factory started them for the handlers ({@code getServices()}), so they went through
 * {@code setThingHandler} and were registered as {@code ThingActions} services.
 * <p>
 * Things: the account {@link #BRIDGE_UID}, camera 1002 (not a favourite) and intercom 301.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ActionsBed extends BindingOnVms {

    static final ThingUID BRIDGE_UID = new ThingUID(THING_TYPE_ACCOUNT, "home");
    static final ThingUID CAMERA_UID = new ThingUID(THING_TYPE_CAMERA, BRIDGE_UID, "cam1002");
    static final ThingUID INTERCOM_UID = new ThingUID(THING_TYPE_INTERCOM, BRIDGE_UID, "door301");
    static final long TIMEOUT_MS = 20_000;

    ActionsBed() throws Exception {
        super(SimulatedVms.withLoopbackPusher());
    }

    /** Adds the account, camera 1002 and intercom 301 to openHAB, which starts their handlers. */
    void start() {
        openhab.add(VmsTestThings.account(BRIDGE_UID, credentials()));
        openhab.add(VmsTestThings.camera(BRIDGE_UID, CAMERA_UID.getId(), 1002));
        openhab.add(VmsTestThings.intercom(BRIDGE_UID, INTERCOM_UID.getId(), 301));
        openhab.awaitIdle();
    }

    /**
     * {@link #start()}, then waits until the account and both children are ONLINE and the account's camera list
     * reached the camera (its favourite state and stream links known; a camera may be ONLINE before that).
     */
    void startOnline() {
        start();
        awaitStatus(BRIDGE_UID, ThingStatus.ONLINE, ThingStatusDetail.NONE);
        awaitStatus(CAMERA_UID, ThingStatus.ONLINE, ThingStatusDetail.NONE);
        awaitStatus(INTERCOM_UID, ThingStatus.ONLINE, ThingStatusDetail.NONE);
        Await.waitForAssert(Duration.ofMillis(TIMEOUT_MS),
                () -> assertInstanceOf(OnOffType.class, openhab.lastState(CAMERA_UID, CHANNEL_FAVORITE)));
        // the camera list also starts the reads of the linked stream links: done before a test counts requests
        for (String channel : List.of(CHANNEL_STREAM_HLS, CHANNEL_STREAM_RTSP)) {
            Await.waitForAssert(Duration.ofMillis(TIMEOUT_MS),
                    () -> assertInstanceOf(StringType.class, openhab.lastState(CAMERA_UID, channel), channel));
        }
    }

    void awaitStatus(ThingUID uid, ThingStatus status, ThingStatusDetail detail) {
        Await.waitForAssert(Duration.ofMillis(TIMEOUT_MS), () -> {
            assertEquals(status, openhab.status(uid).getStatus(), () -> uid + ": " + openhab.status(uid));
            assertEquals(detail, openhab.status(uid).getStatusDetail(), () -> uid + ": " + openhab.status(uid));
        });
    }

    /** The camera's actions as {@code getActions("vms", "vms:camera:home:cam1002")} finds them. */
    ThingActions cameraActions() {
        ThingActions actions = components.thingActions("vms", CAMERA_UID.getAsString());
        assertNotNull(actions, "the camera's actions are registered");
        return actions;
    }

    /** The intercom's actions as {@code getActions("vms", "vms:intercom:home:door301")} finds them. */
    ThingActions intercomActions() {
        ThingActions actions = components.thingActions("vms", INTERCOM_UID.getAsString());
        assertNotNull(actions, "the intercom's actions are registered");
        return actions;
    }

    VmsCameraHandler cameraHandler() {
        return openhab.handler(CAMERA_UID, VmsCameraHandler.class);
    }

    VmsIntercomHandler intercomHandler() {
        return openhab.handler(INTERCOM_UID, VmsIntercomHandler.class);
    }

    /** Disables the Thing as a user would: openHAB disposes its handler and unregisters its services. */
    void disable(ThingUID uid) {
        openhab.manager.setEnabled(uid, false);
        openhab.awaitIdle();
    }
}
