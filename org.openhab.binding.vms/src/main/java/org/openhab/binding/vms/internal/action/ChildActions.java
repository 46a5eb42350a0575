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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.handler.VmsChildHandler;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the camera's and the intercom's actions share: the handler openHAB's factory gave them (only one of their own
 * kind is taken), given up when openHAB disposes the service with its handler, and the checks that make an action a
 * logged no-op instead of an exception in the rule.
 *
 * @param <H> the handler the actions work with
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class ChildActions<H extends VmsChildHandler> implements ThingActions {

    private final Logger logger = LoggerFactory.getLogger(getClass());
    private final Class<H> handlerType;
    private final String thingKind;
    private volatile @Nullable H handler;

    /** @param thingKind "camera" or "intercom", for the log lines */
    ChildActions(Class<H> handlerType, String thingKind) {
        this.handlerType = handlerType;
        this.thingKind = thingKind;
    }

    @Override
    public void setThingHandler(ThingHandler handler) {
        if (handlerType.isInstance(handler)) {
            this.handler = handlerType.cast(handler);
        }
    }

    @Override
    public @Nullable ThingHandler getThingHandler() {
        return handler;
    }

    /** openHAB unregistered this service: its Thing's handler is gone, so the actions do nothing from now on. */
    @Override
    public void dispose() {
        handler = null;
    }

    /** The handler, or null (and a log line) once the Thing is gone. */
    protected @Nullable H handler(String action) {
        H current = handler;
        if (current == null) {
            logger.warn("VMS {} action {}: the {} Thing is gone (removed or disabled)", thingKind, action, thingKind);
        }
        return current;
    }

    /**
     * The handler when the rule gave what the action needs, else null and a log line saying what it needs (or that
     * the Thing is gone).
     *
     * @param inputsValid whether the action's inputs are there and valid
     * @param needs what the action needs, for the log line, e.g. "a title, a start and an end time"
     */
    protected @Nullable H handler(String action, boolean inputsValid, String needs) {
        H current = handler(action);
        if (current != null && !inputsValid) {
            logger.warn("{}: {} needs {}", current.getThing().getUID(), action, needs);
            return null;
        }
        return current;
    }

    /** For the static methods of DSL rules: the actions if they are of this type, else null and a log line. */
    static <A extends ChildActions<?>> @Nullable A of(@Nullable ThingActions actions, Class<A> type,
            String thingKind) {
        if (type.isInstance(actions)) {
            return type.cast(actions);
        }
        LoggerFactory.getLogger(type).warn(
                "Not the actions of a VMS {} Thing: {}; use getActions(\"vms\", \"vms:{}:...\")", thingKind,
                actions == null ? "null" : actions.getClass().getSimpleName(), thingKind);
        return null;
    }
}
