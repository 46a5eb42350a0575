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

import java.time.ZonedDateTime;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.model.VmsIntercomCode;
import org.openhab.binding.vms.internal.handler.VmsIntercomHandler;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule actions of an intercom Thing, in scope {@code vms}: {@code getActions("vms", "vms:intercom:...")} in DSL
 * rules, {@code actions.thingActions("vms", "vms:intercom:...")} in JavaScript. Made and registered by openHAB's
 * handler factory per intercom Thing, like {@link VmsCameraActions}, and like them never throwing: a failure gives
 * {@code false} (or an empty result) and a log line.
 * <p>
 * <b>Visitor codes.</b> {@link #createVisitorCode} is the only place the binding gives a door code out: to the rule
 * that asked for it, with the code's id (to delete it early with {@link #deleteVisitorCode}). The code is never
 * logged, never put into a channel or an exception text (docs/protocol.md, "Archive clips, marks and visitor codes").
 *
 * @author VMS binding contributors - Initial contribution
 */
@Component(scope = ServiceScope.PROTOTYPE, service = VmsIntercomActions.class)
@ThingActionsScope(name = "vms")
@NonNullByDefault
public class VmsIntercomActions extends ChildActions<VmsIntercomHandler> {

    /** Key of the door code in the result of {@link #createVisitorCode}. */
    public static final String CODE = "code";
    /** Key of the code's id in the result of {@link #createVisitorCode}, for {@link #deleteVisitorCode}. */
    public static final String CODE_ID = "id";

    private final Logger logger = LoggerFactory.getLogger(VmsIntercomActions.class);

    public VmsIntercomActions() {
        super(VmsIntercomHandler.class, "intercom");
    }

    @RuleAction(label = "@text/actionOpenDoorLabel", description = "@text/actionOpenDoorDescription")
    @ActionOutput(type = "java.lang.Boolean", label = "@text/actionOutputSuccessLabel", //
            description = "@text/actionOutputSuccessDescription")
    public boolean openDoor() {
        VmsIntercomHandler intercom = handler("openDoor");
        return intercom != null && intercom.openDoor();
    }

    /** Rejects the call that rings now; false when none rings (that the binding saw) or the server refused. */
    @RuleAction(label = "@text/actionRejectCallLabel", description = "@text/actionRejectCallDescription")
    @ActionOutput(type = "java.lang.Boolean", label = "@text/actionOutputSuccessLabel", //
            description = "@text/actionOutputSuccessDescription")
    public boolean rejectCall() {
        VmsIntercomHandler intercom = handler("rejectCall");
        return intercom != null && intercom.rejectCall();
    }

    /**
     * @return {@value #CODE} (String, the door code) and {@value #CODE_ID} (Long, its id); empty when no code was
     *         made
     */
    @RuleAction(label = "@text/actionCreateVisitorCodeLabel", description = "@text/actionCreateVisitorCodeDescription")
    @ActionOutput(name = CODE, type = "java.lang.String", label = "@text/actionOutputCodeLabel", //
            description = "@text/actionOutputCodeDescription")
    @ActionOutput(name = CODE_ID, type = "java.lang.Long", label = "@text/actionOutputCodeIdLabel", //
            description = "@text/actionOutputCodeIdDescription")
    public Map<String, Object> createVisitorCode(
            @ActionInput(name = "title", type = "java.lang.String", label = "@text/actionInputCodeTitleLabel", //
                    description = "@text/actionInputCodeTitleDescription", required = true) @Nullable String title,
            @ActionInput(name = "validUntil", type = "java.time.ZonedDateTime", //
                    label = "@text/actionInputValidUntilLabel", //
                    description = "@text/actionInputValidUntilDescription", //
                    required = true) @Nullable ZonedDateTime validUntil) {
        VmsIntercomHandler intercom = handler("createVisitorCode",
                title != null && !title.isBlank() && validUntil != null,
                "a title and the time until which the code is valid");
        if (intercom == null || title == null || validUntil == null) {
            return Map.of();
        }
        VmsIntercomCode created = intercom.callServer("create a visitor code",
                rest -> rest.createVisitorCode(intercom.getIntercomId(), title.trim(), validUntil.toInstant()));
        Long id = created == null ? null : created.id();
        String code = created == null ? null : created.code();
        if (id == null || code == null) {
            return Map.of(); // the REST client refuses an answer without either, and said so
        }
        // the id only: the code goes to the rule and nowhere else
        logger.debug("{}: visitor code {} created", intercom.getThing().getUID(), id);
        return Map.of(CODE, code, CODE_ID, id);
    }

    @RuleAction(label = "@text/actionDeleteVisitorCodeLabel", description = "@text/actionDeleteVisitorCodeDescription")
    @ActionOutput(type = "java.lang.Boolean", label = "@text/actionOutputSuccessLabel", //
            description = "@text/actionOutputSuccessDescription")
    public boolean deleteVisitorCode(
            @ActionInput(name = "id", type = "java.lang.Long", label = "@text/actionInputCodeIdLabel", //
                    description = "@text/actionInputCodeIdDescription", required = true) @Nullable Long id) {
        VmsIntercomHandler intercom = handler("deleteVisitorCode", id != null && id > 0,
                "the id createVisitorCode gave, not " + id);
        if (intercom == null || id == null) {
            return false;
        }
        return intercom.callServer("delete visitor code " + id, rest -> {
            rest.deleteVisitorCode(id);
            return true;
        }) != null;
    }

    // ---------------------------------------------------------------- for DSL rules

    public static boolean openDoor(@Nullable ThingActions actions) {
        VmsIntercomActions intercom = of(actions);
        return intercom != null && intercom.openDoor();
    }

    public static boolean rejectCall(@Nullable ThingActions actions) {
        VmsIntercomActions intercom = of(actions);
        return intercom != null && intercom.rejectCall();
    }

    public static Map<String, Object> createVisitorCode(@Nullable ThingActions actions, @Nullable String title,
            @Nullable ZonedDateTime validUntil) {
        VmsIntercomActions intercom = of(actions);
        return intercom == null ? Map.of() : intercom.createVisitorCode(title, validUntil);
    }

    public static boolean deleteVisitorCode(@Nullable ThingActions actions, @Nullable Long id) {
        VmsIntercomActions intercom = of(actions);
        return intercom != null && intercom.deleteVisitorCode(id);
    }

    private static @Nullable VmsIntercomActions of(@Nullable ThingActions actions) {
        return of(actions, VmsIntercomActions.class, "intercom");
    }
}
