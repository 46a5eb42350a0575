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

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.vms.cli.CliConsole;
import org.openhab.binding.vms.cli.RunControl;
import org.openhab.binding.vms.internal.action.VmsCameraActions;
import org.openhab.binding.vms.simulator.runtime.LocalThingManager;
import org.openhab.binding.vms.simulator.vms.SimCall;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.binding.vms.simulator.vms.VmsExamples;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingActions;

/**
 * What binding mode plays on the embedded simulated VMS once the Things are up, each step waiting for its effect in the
 * event log: a camera's snapshot taken (and written with {@code --snapshot-dir}), a favourite set through openHAB
 * (command, REST call, the server's message back), the door opened, a mark created by a rule action (its result
 * printed), a call stored, the intercom renamed, the call cancelled, a camera detached; then every example message
 * of the protocol, waiting until the bridge has received all of them; the last one, a logout, ends the session, and
 * the run waits until the bridge has logged in again.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class SimulatorScenario {

    static final long CAMERA = 1002;
    /** The camera whose snapshot is taken. */
    static final long SNAPSHOT_CAMERA = 1001;
    static final long INTERCOM = 301;
    static final String NEW_INTERCOM_NAME = "Entrance 2 (main door)";
    static final String MARK_TITLE = "Parcel delivered";

    private final SimulatedVms vms;
    private final VmsThings things;
    private final LocalThingManager manager;
    private final EventLog log;
    private final RuleActions actions;
    private final CliConsole console;
    private final RunControl control;
    private final Instant deadline;
    private final Snapshots snapshots;
    private String problem = "";

    SimulatorScenario(SimulatedVms vms, VmsThings things, LocalThingManager manager, EventLog log,
            RuleActions actions, CliConsole console, RunControl control, Instant deadline, Snapshots snapshots) {
        this.vms = vms;
        this.things = things;
        this.manager = manager;
        this.log = log;
        this.actions = actions;
        this.console = console;
        this.control = control;
        this.deadline = deadline;
        this.snapshots = snapshots;
    }

    /** @return whether every step had its effect in time; else see {@link #problem()} */
    boolean run() throws InterruptedException {
        ThingUID camera = things.cameraUID(CAMERA);
        ThingUID intercom = things.intercomUID(INTERCOM);

        step("a snapshot of camera " + SNAPSHOT_CAMERA + " (its preview, a one-frame MP4, decoded to a JPEG)");
        if (!snapshots.take(things.cameraUID(SNAPSHOT_CAMERA))) {
            problem = "no snapshot of camera " + SNAPSHOT_CAMERA;
            return false;
        }

        step("camera " + CAMERA + " made a favourite through openHAB (command, REST, message back)");
        manager.sendCommand(things.channel(camera, "favorite"), OnOffType.ON);
        if (!await("favourite of camera " + CAMERA, () -> vms.isFavorite((int) CAMERA)
                && isState(things.channel(camera, "favorite").getAsString(), "ON"))) {
            return false;
        }

        step("door of intercom " + INTERCOM + " opened through openHAB");
        manager.sendCommand(things.channel(intercom, "open-door"), OnOffType.ON);
        if (!await("door opened", () -> vms.openedDoors().contains((int) INTERCOM))) {
            return false;
        }

        if (!markCreatedByARule(camera)) {
            return false;
        }

        step("a call rings at intercom " + INTERCOM);
        SimCall call = vms.storeCall((int) INTERCOM, "ring");
        if (!await("call trigger", () -> triggered(things.channel(intercom, "call").getAsString()))) {
            return false;
        }

        step("intercom " + INTERCOM + " renamed to '" + NEW_INTERCOM_NAME + "'");
        vms.renameIntercom((int) INTERCOM, NEW_INTERCOM_NAME);
        if (!await("new intercom name",
                () -> isState(things.channel(intercom, "name").getAsString(), NEW_INTERCOM_NAME))) {
            return false;
        }

        step("the ringing call cancelled at the intercom");
        vms.cancelCall(call.id());
        if (!await("call-canceled trigger",
                () -> triggered(things.channel(intercom, "call-canceled").getAsString()))) {
            return false;
        }

        step("camera " + CAMERA + " detached from the account");
        vms.detachCamera((int) CAMERA);
        if (!await("camera Thing no longer online", () -> {
            var thing = manager.thing(camera);
            return thing != null && thing.getStatus() != ThingStatus.ONLINE;
        })) {
            return false;
        }

        int expected = VmsExamples.APPLICATION_FRAMES.size();
        // messages arrive in order and the logout is the last: its trigger means all have arrived (last-message
        // changes at most every few seconds, so it no longer counts them)
        String accountEvent = things.channel(things.bridgeUID(), "account-event").getAsString();
        long before = log.count(e -> e.type() == EventLog.Type.TRIGGER && e.uid().equals(accountEvent)
                && "LOGOUT".equals(e.value()));
        int mark = log.entries().size();
        step("replaying all " + expected + " example messages (the logout last)");
        vms.replayAllExamples();
        if (!await("all " + expected + " example messages", () -> log.count(e -> e.type() == EventLog.Type.TRIGGER
                && e.uid().equals(accountEvent) && "LOGOUT".equals(e.value())) > before)) {
            return false;
        }

        step("the logout ended the session: the account logs in again");
        String bridge = things.bridgeUID().getAsString();
        return await("account back online after the logout", () -> {
            List<EventLog.Entry> since = log.entries();
            since = since.subList(Math.min(mark, since.size()), since.size());
            int left = -1;
            for (int i = 0; i < since.size(); i++) {
                EventLog.Entry e = since.get(i);
                if (e.type() == EventLog.Type.STATUS && e.uid().equals(bridge)) {
                    if (!"ONLINE".equals(e.value()) && left < 0) {
                        left = i;
                    } else if ("ONLINE".equals(e.value()) && left >= 0) {
                        return childrenFollowedTheBridge();
                    }
                }
            }
            return false;
        });
    }

    /**
     * A rule action, called as a DSL rule calls it: {@code VmsCameraActions.createMark(getActions("vms", uid), ...)};
     * its result is printed, and the server's {@code mark_created} must come back to the camera as a trigger.
     */
    private boolean markCreatedByARule(ThingUID camera) throws InterruptedException {
        step("rule action createMark on camera " + CAMERA + " (the last minute, title '" + MARK_TITLE + "')");
        ThingActions cameraActions = actions.of(camera);
        ZonedDateTime now = ZonedDateTime.now();
        boolean created = VmsCameraActions.createMark(cameraActions, MARK_TITLE, now.minusMinutes(1), now);
        console.result("rule> createMark(getActions(\"" + RuleActions.SCOPE + "\", \"" + camera + "\"), \""
                + MARK_TITLE + "\", now.minusMinutes(1), now) returned " + created);
        if (!created) {
            problem = "the rule action createMark returned false";
            return false;
        }
        return await("mark trigger of camera " + CAMERA, () -> vms.marks().stream()
                .anyMatch(mark -> MARK_TITLE.equals(mark.title())) && triggered(things.channel(camera, "mark")
                        .getAsString()));
    }

    /** No child still waits for the bridge: each has had its bridgeStatusChanged. */
    private boolean childrenFollowedTheBridge() {
        return manager.things().stream()
                .noneMatch(t -> t.getStatusInfo().getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE);
    }

    String problem() {
        return problem;
    }

    private void step(String text) {
        console.info("scenario: " + text);
    }

    private boolean await(String what, BooleanSupplier effect) throws InterruptedException {
        if (control.await(effect, deadline)) {
            return true;
        }
        problem = "no " + what + " before the time limit";
        return false;
    }

    private boolean isState(String channel, String value) {
        return log.contains(e -> e.type() == EventLog.Type.STATE && e.uid().equals(channel) && e.value().equals(value));
    }

    private boolean triggered(String channel) {
        return log.contains(e -> e.type() == EventLog.Type.TRIGGER && e.uid().equals(channel));
    }
}
