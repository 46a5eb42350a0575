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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.action.VmsCameraActions;
import org.openhab.binding.vms.internal.action.VmsIntercomActions;
import org.openhab.binding.vms.simulator.runtime.LocalOpenhabRuntime;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingActions;

/**
 * The binding's rule actions as openHAB offers them to rules: their components enabled from their descriptions, so
 * that the handler factory makes one per camera and intercom Thing and registers it as a {@code ThingActions}
 * service; a rule's {@code getActions("vms", thingUid)} then finds it ({@link LocalOpenhabRuntime#thingActions}).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class RuleActions {

    static final String SCOPE = "vms";

    private final LocalOpenhabRuntime openhab;

    private RuleActions(LocalOpenhabRuntime openhab) {
        this.openhab = openhab;
    }

    /** Before the Things are added: the factory starts the actions with their handlers. */
    static RuleActions start(LocalOpenhabRuntime openhab) {
        openhab.enable(VmsCameraActions.class);
        openhab.enable(VmsIntercomActions.class);
        return new RuleActions(openhab);
    }

    /** What {@code getActions("vms", "<thing>")} gives a DSL rule: null while the Thing has no handler. */
    @Nullable
    ThingActions of(ThingUID thing) {
        return openhab.thingActions(SCOPE, thing.getAsString());
    }
}
