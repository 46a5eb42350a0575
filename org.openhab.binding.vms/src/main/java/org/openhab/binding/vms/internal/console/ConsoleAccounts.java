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
package org.openhab.binding.vms.internal.console;

import static org.openhab.binding.vms.internal.VmsBindingConstants.THING_TYPE_ACCOUNT;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.binding.vms.internal.handler.VmsIntercomHandler;
import org.openhab.core.io.console.Console;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;

/**
 * The console's view of openHAB's Things: the account bridges, one named on the command line, and the camera or
 * intercom Thing of an id.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ConsoleAccounts {

    private final ThingRegistry things;

    ConsoleAccounts(ThingRegistry things) {
        this.things = things;
    }

    /** Every account Thing, by UID. */
    List<Thing> all() {
        return things.stream().filter(thing -> THING_TYPE_ACCOUNT.equals(thing.getThingTypeUID()))
                .sorted(Comparator.comparing(thing -> thing.getUID().getAsString())).toList();
    }

    /**
     * The handler of the account named by its Thing UID or the UID's last part; null (and a line saying why) when
     * there is no such account or it has no handler.
     */
    @Nullable
    VmsAccountHandler find(String name, Console console) {
        Thing found = null;
        for (Thing bridge : all()) {
            if (bridge.getUID().getAsString().equals(name) || bridge.getUID().getId().equals(name)) {
                found = bridge;
                break;
            }
        }
        if (found == null) {
            console.println("No VMS account '" + name + "'. Accounts: "
                    + String.join(", ", all().stream().map(thing -> thing.getUID().getAsString()).toList()));
            return null;
        }
        if (found.getHandler() instanceof VmsAccountHandler handler) {
            return handler;
        }
        console.println(found.getUID() + " is " + describeStatus(found) + " and has no handler.");
        return null;
    }

    /** The UID of the account's camera (or intercom) Thing with this id, or {@code -} when there is none. */
    String childThing(VmsAccountHandler account, long id, boolean camera) {
        ThingUID bridgeUID = account.getThing().getUID();
        for (Thing thing : things.getAll()) {
            if (!bridgeUID.equals(thing.getBridgeUID())) {
                continue;
            }
            Object handler = thing.getHandler();
            if (camera ? handler instanceof VmsCameraHandler cameraHandler && cameraHandler.getCameraId() == id
                    : handler instanceof VmsIntercomHandler intercomHandler && intercomHandler.getIntercomId() == id) {
                return thing.getUID().getAsString();
            }
        }
        return "-";
    }

    /** {@code ONLINE}, or {@code OFFLINE (COMMUNICATION_ERROR): description}. */
    static String describeStatus(Thing thing) {
        ThingStatusInfo info = thing.getStatusInfo();
        StringBuilder text = new StringBuilder(info.getStatus().name());
        if (info.getStatusDetail() != ThingStatusDetail.NONE) {
            text.append(" (").append(info.getStatusDetail().name()).append(')');
        }
        String description = info.getDescription();
        if (description != null && !description.isBlank()) {
            text.append(": ").append(description);
        }
        return text.toString();
    }
}
